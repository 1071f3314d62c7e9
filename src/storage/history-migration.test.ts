import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_DAY } from '../core/history';

const v1Day = { sittingMs: 3_600_000, bouts: 2, longestBoutMs: 2_400_000, naturalBreaks: 1 };
const v2Day = { ...EMPTY_DAY, ...v1Day };
const NOW = new Date(2026, 5, 10, 12).getTime();
/** Two months and a month's end, so the migration writes more than one item. */
const v2History = { '2026-05-31': v2Day, '2026-06-01': v2Day, '2026-06-08': v2Day };
const months = {
  'history:2026-05': { '2026-05-31': v2Day },
  'history:2026-06': { '2026-06-01': v2Day, '2026-06-08': v2Day },
};
const migrated = { ...months, history$: { v: 3 } };

/** Every write any part of the extension makes, in either storage area. */
function watchWrites() {
  const writes = [vi.spyOn(fakeBrowser.storage.local, 'set'), vi.spyOn(fakeBrowser.storage.sync, 'set')];
  const removals = vi.spyOn(fakeBrowser.storage.local, 'remove');
  return () => [...writes.flatMap((spy) => spy.mock.calls), ...removals.mock.calls];
}

beforeEach(() => {
  fakeBrowser.reset();
  // Each test loads the modules afresh, as a page or the worker does when it starts.
  vi.resetModules();
});

describe('history written by version 1', () => {
  beforeEach(() => fakeBrowser.storage.local.set({ history: { '2026-06-08': v1Day }, history$: { v: 1 } }));

  it('is shown by a page with the newer counters at zero, and the page writes nothing', async () => {
    const written = watchWrites();
    const { readSnapshot } = await import('./parse');
    const { readStored } = await import('./light-read');
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    expect((await readSnapshot()).tracked.history).toEqual({ '2026-06-08': v2Day });
    expect((await readStored()).tracked.history).toEqual({ '2026-06-08': v2Day });
    vi.useRealTimers();
    expect(written()).toEqual([]);
    expect(await fakeBrowser.storage.local.get()).toEqual({ history: { '2026-06-08': v1Day }, history$: { v: 1 } });
  });

  it('is brought into months by the background, with the newer counters at zero, before it reads', async () => {
    const { loadMigratedBooks } = await import('./history-migration');
    const books = await loadMigratedBooks(NOW);
    expect(books.history).toEqual({ value: { '2026-06-08': v2Day }, problems: [] });
    expect(await fakeBrowser.storage.local.get()).toEqual({ 'history:2026-06': { '2026-06-08': v2Day }, history$: { v: 3 } });
  });
});

describe('history written by version 2, moved into months', () => {
  beforeEach(() => fakeBrowser.storage.local.set({ history: v2History, history$: { v: 2 } }));

  it('keeps every day, in one call for the months and the mark, and then removes the single item', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const { loadMigratedBooks } = await import('./history-migration');
    await loadMigratedBooks(NOW, { all: true });
    expect(set.mock.calls).toEqual([[migrated]]);
    expect(await fakeBrowser.storage.local.get()).toEqual(migrated);
  });

  it('stopped before the months are written, leaves the single item as it was and migrates at the next start', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('worker stopped'));
    const first = await import('./history-migration');
    await expect(first.loadMigratedBooks(NOW)).rejects.toThrow('worker stopped');
    expect(await fakeBrowser.storage.local.get()).toEqual({ history: v2History, history$: { v: 2 } });

    vi.resetModules();
    const { loadMigratedBooks } = await import('./history-migration');
    expect((await loadMigratedBooks(NOW, { all: true })).history.value).toEqual(v2History);
    expect(await fakeBrowser.storage.local.get()).toEqual(migrated);
  });

  it('stopped after some months but before the mark, migrates again from the single item and loses nothing', async () => {
    // Storage writes one call at once; a month alone, unmarked, is what a partial write would leave.
    await fakeBrowser.storage.local.set({ 'history:2026-06': { '2026-06-08': v2Day } });
    const { loadMigratedBooks } = await import('./history-migration');
    expect((await loadMigratedBooks(NOW, { all: true })).history.value).toEqual(v2History);
    expect(await fakeBrowser.storage.local.get()).toEqual(migrated);
  });

  it('stopped before the single item is removed, finishes the removal at the next start and reads the months', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValueOnce(new Error('worker stopped'));
    const first = await import('./history-migration');
    await expect(first.loadMigratedBooks(NOW)).rejects.toThrow('worker stopped');
    expect(await fakeBrowser.storage.local.get()).toEqual({ ...migrated, history: v2History });

    // Meanwhile a page reads the months, not the single item.
    const { readSnapshot } = await import('./parse');
    expect((await readSnapshot()).tracked.history).toEqual(v2History);

    vi.resetModules();
    const { loadMigratedBooks } = await import('./history-migration');
    expect((await loadMigratedBooks(NOW, { all: true })).history.value).toEqual(v2History);
    expect(await fakeBrowser.storage.local.get()).toEqual(migrated);
  });

  it('says which keys were not days, the same notice the reader gave before', async () => {
    await fakeBrowser.storage.local.set({ history: { ...v2History, today: v2Day } });
    const { loadMigratedBooks } = await import('./history-migration');
    const books = await loadMigratedBooks(NOW, { all: true });
    expect(books.history.value).toEqual(v2History);
    expect(books.history.problems).toEqual([{ key: 'problem_daysDropped', subs: [1, 'today'] }]);
  });
});
