import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedHistory } from '../../test/stored-history';
import { local } from '../../test/timeline';
import { addDays } from '../core/days';
import { type EngineState, INITIAL_ENGINE } from '../core/engine';
import { type DayStats, EMPTY_DAY, HISTORY_DAYS, type History } from '../core/history';
import { problem } from '../problems';
import { historyKeys, historyWrites, loadMigratedBooks, loadStateOnly, monthsToLoad } from './history-migration';
import { splitIntoMonths } from './history-months';

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

describe('the version of a single item', () => {
  it('is 1 when there is no mark at all: the newer counters start at zero', async () => {
    await fakeBrowser.storage.local.set({ history: { '2026-06-08': v1Day } });
    expect((await loadMigratedBooks(NOW)).history.value).toEqual({ '2026-06-08': v2Day });
  });

  it('is 1 when the mark holds no number: the days are stored with the newer counters at zero', async () => {
    await fakeBrowser.storage.local.set({ history: { '2026-06-08': v1Day }, history$: { v: '2' } });
    await loadMigratedBooks(NOW);
    expect(await fakeBrowser.storage.local.get('history:2026-06')).toEqual({ 'history:2026-06': { '2026-06-08': v2Day } });
  });

  it("decides whether a version-2 day is moved as stored, a missing counter left to the reader's repair", async () => {
    await fakeBrowser.storage.local.set({ history: { '2026-06-08': v1Day }, history$: { v: 2 } });
    await loadMigratedBooks(NOW);
    expect(await fakeBrowser.storage.local.get('history:2026-06')).toEqual({ 'history:2026-06': { '2026-06-08': v1Day } });
  });

  it('never turns a version-1 entry that is not a record into an empty day', async () => {
    await fakeBrowser.storage.local.set({ history: { '2026-06-07': v1Day, '2026-06-08': 'broken' } });
    expect((await loadMigratedBooks(NOW)).history.value).toEqual({ '2026-06-07': v2Day });
  });
});

it('says so when the single item is not a history at all', async () => {
  await fakeBrowser.storage.local.set({ history: 'garbage', history$: { v: 2 } });
  const books = await loadMigratedBooks(NOW);
  expect(books.history).toEqual({ value: {}, problems: [problem('problem_historyUnreadable')] });
});

describe('the months an event can touch', () => {
  const at = (engine: Partial<EngineState>, now: number) => monthsToLoad({ ...INITIAL_ENGINE, ...engine }, now);

  it('are the month around now when the engine holds no instant', () => {
    expect(at({}, local(2026, 6, 10, 12))).toEqual(['history:2026-06']);
  });

  it("include yesterday's month just after a month begins, and tomorrow's just before it ends", () => {
    expect(at({}, local(2026, 7, 1, 1))).toEqual(['history:2026-06', 'history:2026-07']);
    expect(at({}, local(2026, 6, 30, 23))).toEqual(['history:2026-06', 'history:2026-07']);
  });

  it('reach back to when the person became active, to the last signal, and to when the bout began', () => {
    const now = local(2026, 6, 10, 12);
    expect(at({ presence: { kind: 'active', since: local(2026, 5, 20) } }, now)).toEqual(['history:2026-05', 'history:2026-06']);
    expect(at({ lastSignalAt: local(2026, 4, 30) }, now)).toEqual(['history:2026-04', 'history:2026-05', 'history:2026-06']);
    const bout = { startedAt: local(2026, 3, 31, 23), spans: [[local(2026, 3, 31, 23), local(2026, 3, 31, 23, 30)] as [number, number]] };
    expect(at({ bout }, now)).toEqual(['history:2026-03', 'history:2026-04', 'history:2026-05', 'history:2026-06']);
  });
});

describe("an event's load", () => {
  it('reads the months around now in the same call as the engine, held or not, and nothing older', async () => {
    // July, the month now is in, holds nothing yet.
    await seedHistory({ '2025-01-15': v2Day, '2026-06-30': v2Day });
    // As browsers do, and wxt's fake does not: a key storage does not hold is left out, not listed as undefined.
    const held = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    const get = vi
      .spyOn(fakeBrowser.storage.local, 'get')
      .mockImplementation(async (keys?: unknown) =>
        Object.fromEntries(Object.entries(await held(keys as string[])).filter(([, value]) => value !== undefined)),
      );
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
    const books = await loadMigratedBooks(local(2026, 7, 1, 1));
    expect(books.history.value).toEqual({ '2026-06-30': v2Day });
    expect(get).toHaveBeenCalledTimes(1);
    expect(remove).not.toHaveBeenCalled();
  });

  it('knows which of the months it loaded storage held', async () => {
    await seedHistory({ '2026-06-01': v2Day });
    await fakeBrowser.storage.local.set({ engine: { ...INITIAL_ENGINE, lastSignalAt: local(2026, 5, 31, 22) } });
    const books = await loadMigratedBooks(local(2026, 6, 2, 12));
    expect(books.months).toEqual(['history:2026-05', 'history:2026-06']);
    expect(books.stored).toEqual(['history:2026-06']);
  });
});

describe('the state alone, without a month', () => {
  it('is not read while the history is yet to be migrated', async () => {
    await fakeBrowser.storage.local.set({ history: v2History, history$: { v: 2 } });
    expect(await loadStateOnly(NOW)).toBeNull();
  });

  it('is not read while the single item is yet to be removed', async () => {
    await fakeBrowser.storage.local.set({ ...migrated, history: v2History });
    expect(await loadStateOnly(NOW)).toBeNull();
  });

  it('holds an empty history and no months', async () => {
    await fakeBrowser.storage.local.set(migrated);
    expect(await loadStateOnly(NOW)).toMatchObject({ history: { value: {}, problems: [] }, months: [], stored: [] });
  });
});

describe('the writes for a changed history', () => {
  const writesAt = async (now: number, change: (before: History) => History, { all = false, repair = false } = {}) => {
    const loaded = await loadMigratedBooks(now, { all });
    return historyWrites(loaded.history.value, change(loaded.history.value), loaded, repair);
  };
  const other = { ...v2Day, bouts: 5 };

  it('are the changed month and the mark', async () => {
    await fakeBrowser.storage.local.set(migrated);
    const writes = await writesAt(NOW, (before) => ({ ...before, '2026-06-08': other }));
    expect(writes).toEqual({ set: { 'history:2026-06': { '2026-06-01': v2Day, '2026-06-08': other }, history$: { v: 3 } }, remove: [] });
  });

  it('are nothing when nothing changed', async () => {
    await fakeBrowser.storage.local.set(migrated);
    expect(await writesAt(NOW, (before) => before)).toEqual({ set: {}, remove: [] });
  });

  it('remove a month left empty rather than write it', async () => {
    await fakeBrowser.storage.local.set(migrated);
    const writes = await writesAt(NOW, ({ '2026-05-31': _, ...rest }) => rest, { all: true });
    expect(writes).toEqual({ set: { history$: { v: 3 } }, remove: ['history:2026-05'] });
  });

  it('drop the oldest day beyond retention and keep the rest of its month', async () => {
    const history: Record<string, DayStats> = {};
    for (let i = HISTORY_DAYS; i >= 1; i--) history[addDays('2026-06-10', -i)] = v2Day as DayStats;
    await seedHistory(history);
    const writes = await writesAt(NOW, (before) => ({ ...before, '2026-06-10': v2Day as DayStats }), { all: true });
    const { [addDays('2026-06-10', -HISTORY_DAYS)]: _, ...restOfMonth } = splitIntoMonths(history)['history:2024-06'] ?? {};
    expect(writes.set['history:2024-06']).toEqual(restOfMonth);
    expect(writes.remove).toEqual([]);
  });
});

it('knows every key of the history, in either layout, and no other', async () => {
  await fakeBrowser.storage.local.set({ ...migrated, history: v2History, engine: INITIAL_ENGINE, 'history:notamonth': {} });
  expect((await historyKeys()).sort()).toEqual(['history', 'history$', 'history:2026-05', 'history:2026-06']);
});
