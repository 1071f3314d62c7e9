import { fakeBrowser } from 'wxt/testing/fake-browser';
import { local } from '../../test/timeline';
import { readPopupItems } from './popup-read';

const DEC_3 = local(2026, 12, 3, 9);

const spyReads = () => ({ local: vi.spyOn(fakeBrowser.storage.local, 'get'), sync: vi.spyOn(fakeBrowser.storage.sync, 'get') });
const monthsAskedFor = (reads: ReturnType<typeof spyReads>) =>
  ((reads.local.mock.calls[0]?.[0] ?? []) as string[]).filter((key) => /^history:\d/.test(key));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
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
    expect(monthsAskedFor(reads)).toEqual(['history:2026-11', 'history:2026-12']);
    const found = Object.entries(items.local).filter(([, value]) => value !== undefined);
    expect(found.map(([key]) => key).sort()).toEqual(['engine', 'history:2026-11']);
    expect(reads.local.mock.calls[0]?.[0]).toEqual(
      expect.arrayContaining(['engine', 'nudges', 'repairs', 'sharing', 'sittingSpans', 'history$', 'history']),
    );
    expect(items.sync).toEqual({ settings: { breakIntervalMinutes: 45 } });
  });

  it('are this month alone once the week before today lies within it, from the first minute of the day', async () => {
    const reads = spyReads();
    await readPopupItems(local(2026, 12, 8, 0, 1));
    expect(monthsAskedFor(reads)).toEqual(['history:2026-12']);
    vi.restoreAllMocks();
    const before = spyReads();
    await readPopupItems(local(2026, 12, 7, 23, 59));
    expect(monthsAskedFor(before)).toEqual(['history:2026-11', 'history:2026-12']);
  });
});
