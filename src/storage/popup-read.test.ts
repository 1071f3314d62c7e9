import { fakeBrowser } from 'wxt/testing/fake-browser';
import { local } from '../../test/timeline';
import { readPopupItems, startPopupRead, takePopupRead } from './popup-read';

const DEC_3 = local(2026, 12, 3, 9);

const spyReads = () => ({ local: vi.spyOn(fakeBrowser.storage.local, 'get'), sync: vi.spyOn(fakeBrowser.storage.sync, 'get') });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // A head start another test left behind must not be taken for this one's.
  void takePopupRead(DEC_3);
});

describe('the popup’s items', () => {
  it('are read in one call to each storage area: the light read’s items and the months of the week before today', async () => {
    await fakeBrowser.storage.local.set({
      engine: { presence: { kind: 'unknown' } },
      'history:2026-11': { '2026-11-26': { sittingMs: 1 } },
      'history:2026-10': { '2026-10-31': { sittingMs: 2 } },
    });
    await fakeBrowser.storage.sync.set({ settings: { breakIntervalMinutes: 45 } });
    const reads = spyReads();
    const items = await readPopupItems(DEC_3);
    expect(reads.local).toHaveBeenCalledTimes(1);
    expect(reads.sync).toHaveBeenCalledTimes(1);
    expect(items.months).toEqual(['history:2026-11', 'history:2026-12']);
    const found = Object.entries(items.local).filter(([, value]) => value !== undefined);
    expect(found.map(([key]) => key).sort()).toEqual(['engine', 'history:2026-11']);
    expect(reads.local.mock.calls[0]?.[0]).toEqual(
      expect.arrayContaining(['engine', 'nudges', 'repairs', 'sharing', 'sittingSpans', 'history$', 'history']),
    );
    expect(items.sync).toEqual({ settings: { breakIntervalMinutes: 45 } });
  });
});

describe('the head start', () => {
  it('is taken over by the page: nothing is read twice', async () => {
    await fakeBrowser.storage.local.set({ engine: { lastSignalAt: 1 } });
    startPopupRead(DEC_3);
    const reads = spyReads();
    const items = await takePopupRead(DEC_3 + 50);
    expect(items.local.engine).toEqual({ lastSignalAt: 1 });
    expect(reads.local).not.toHaveBeenCalled();
    expect(reads.sync).not.toHaveBeenCalled();
  });

  it('is read afresh when storage changed after it began, in either area', async () => {
    for (const area of ['local', 'sync'] as const) {
      await fakeBrowser.storage.local.set({ engine: { lastSignalAt: 1 } });
      startPopupRead(DEC_3);
      await fakeBrowser.storage[area].set({ [area === 'local' ? 'engine' : 'settings']: { lastSignalAt: 2 } });
      const reads = spyReads();
      const items = await takePopupRead(DEC_3 + 50);
      expect(reads.local).toHaveBeenCalledTimes(1);
      expect(area === 'local' ? items.local.engine : items.sync.settings).toEqual({ lastSignalAt: 2 });
      vi.restoreAllMocks();
    }
  });

  it('stops following changes once taken, so a page open all day keeps no listener of its', async () => {
    const before = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener');
    startPopupRead(DEC_3);
    await takePopupRead(DEC_3);
    expect(before).toHaveBeenCalledTimes(1);
  });

  it('is taken once: a second read is a fresh one', async () => {
    startPopupRead(DEC_3);
    await takePopupRead(DEC_3);
    const reads = spyReads();
    await takePopupRead(DEC_3);
    expect(reads.local).toHaveBeenCalledTimes(1);
    expect(reads.sync).toHaveBeenCalledTimes(1);
  });

  it('is read afresh when the day turned into a week of other months before the page took it', async () => {
    const lateOnDec7 = local(2026, 12, 7, 23, 59);
    startPopupRead(lateOnDec7);
    const reads = spyReads();
    const items = await takePopupRead(local(2026, 12, 8, 0, 1));
    expect(reads.local).toHaveBeenCalledTimes(1);
    expect(items.months).toEqual(['history:2026-12']);
  });

  it('is kept across midnight when the week still spans the same months', async () => {
    startPopupRead(local(2026, 12, 3, 23, 59));
    const reads = spyReads();
    await takePopupRead(local(2026, 12, 4, 0, 1));
    expect(reads.local).not.toHaveBeenCalled();
  });

  it('is read afresh when it failed, and the failure is not left unhandled meanwhile', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage unavailable'));
    await fakeBrowser.storage.local.set({ engine: { lastSignalAt: 3 } });
    startPopupRead(DEC_3);
    // A turn for the rejection to land before the page takes it: Vitest fails a run on an unhandled one.
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    const items = await takePopupRead(DEC_3);
    expect(items.local.engine).toEqual({ lastSignalAt: 3 });
  });
});
