import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import { addDays } from '../src/core/days';
import { type DayStats, EMPTY_DAY, HISTORY_DAYS } from '../src/core/history';
import { countingSince, lastDays } from '../src/core/stats';
import { isMonthKey } from '../src/storage/history-months';
import { loadBooks } from '../src/storage/parse';
import { readHistoryPage } from '../src/ui/history/read';
import { installBackground, tickFor } from './harness';
import { seedHistory, storedHistory, withGetKeys, withoutGetKeys } from './stored-history';
import { local, MIN } from './timeline';

const day = (hours: number): DayStats => ({ ...EMPTY_DAY, sittingMs: hours * 3_600_000, bouts: 1, longestBoutMs: 1_800_000 });

/** `count` days of four hours each, the last one the day before `today`. */
function daysBefore(today: string, count: number): Record<string, DayStats> {
  const history: Record<string, DayStats> = {};
  for (let i = count; i >= 1; i--) history[addDays(today, -i)] = day(4);
  return history;
}

/** The keys of every storage.local.set call from now on, and whether any read asked for everything. */
function watchStorage() {
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  return {
    written: () => set.mock.calls.map(([items]) => Object.keys(items).sort()),
    historyWritten: () =>
      [...new Set(set.mock.calls.flatMap(([items]) => Object.keys(items).filter((key) => key.startsWith('history'))))].sort(),
    readAll: () => get.mock.calls.some(([keys]) => keys === null || keys === undefined),
    monthsRead: () =>
      get.mock.calls.flatMap(([keys]) => [keys].flat().filter((key) => typeof key === 'string' && key.startsWith('history:'))),
  };
}

/** The person leaves and comes back after a natural break: the bout is closed and recorded on their return. */
async function boutEnds({ idle, tracker }: Awaited<ReturnType<typeof installBackground>>, watch?: () => void) {
  vi.advanceTimersByTime(MIN);
  await idle.change('idle');
  await tracker.settled();
  vi.advanceTimersByTime(15 * MIN);
  watch?.();
  await idle.change('active');
  await tracker.settled();
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('history kept one item per month', () => {
  it('lets a tick read and write only the engine, however long the history', async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    await seedHistory(daysBefore('2026-06-10', 730));
    await installBackground();
    const storage = watchStorage();
    await tickFor(5);
    expect(storage.written()).toEqual(Array(5).fill(['engine']));
    expect(storage.readAll()).toBe(false);
    expect(storage.monthsRead()).toEqual([]);
  });

  it("reads the months only for the event that touches a day: a tick that brings the nudge counts it into today's", async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    await seedHistory({ ...daysBefore('2026-06-10', 730), '2026-06-10': day(1) });
    await installBackground();
    await tickFor(29);
    const storage = watchStorage();
    await tickFor(1);
    expect(storage.monthsRead()).toContain('history:2026-06');
    expect(storage.historyWritten()).toEqual(['history$', 'history:2026-06']);
    expect((await storedHistory())?.['2026-06-10']).toMatchObject({ sittingMs: 3_600_000, nudges: 1 });
    // Every earlier day still there: a history stood in for by an empty one was never written.
    expect(Object.keys((await storedHistory()) ?? {})).toHaveLength(731);
  });

  it("writes only the month a bout's end touched", async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    await seedHistory({ ...daysBefore('2026-06-10', 730), '2026-06-10': day(1) });
    const background = await installBackground();
    await tickFor(30);
    let storage = watchStorage();
    await boutEnds(background, () => {
      storage = watchStorage();
    });
    expect(storage.historyWritten()).toEqual(['history$', 'history:2026-06']);
    expect(storage.readAll()).toBe(false);
    expect((await storedHistory())?.['2026-06-10']).toMatchObject({ sittingMs: 3_600_000 + 30 * MIN, bouts: 2 });
  });

  it("credits a bout across a month's end to both months", async () => {
    vi.setSystemTime(local(2026, 6, 30, 23, 30));
    await seedHistory(daysBefore('2026-06-30', 40));
    const background = await installBackground();
    await tickFor(60);
    let storage = watchStorage();
    await boutEnds(background, () => {
      storage = watchStorage();
    });
    expect(storage.historyWritten()).toEqual(['history$', 'history:2026-06', 'history:2026-07']);
    const stored = await storedHistory();
    expect(stored?.['2026-06-30']).toMatchObject({ sittingMs: 30 * MIN });
    expect(stored?.['2026-07-01']).toMatchObject({ sittingMs: 30 * MIN });
    expect(Object.keys(stored ?? {})).toHaveLength(42);
  });

  it('credits a bout begun in an earlier month, closed after a long sleep, to the month it was in', async () => {
    vi.setSystemTime(local(2026, 5, 31, 22));
    await seedHistory({ '2026-05-30': day(2) });
    await installBackground();
    await tickFor(30);
    // The computer sleeps for ten days: no tick, no idle; the next signal closes the bout where it was heard.
    vi.setSystemTime(local(2026, 6, 10, 9));
    await tickFor(1);
    const stored = await storedHistory();
    expect(stored?.['2026-05-31']).toMatchObject({ sittingMs: 30 * MIN, bouts: 1 });
    expect(stored?.['2026-05-30']).toEqual(day(2));
  });

  it('keeps the newest HISTORY_DAYS days when a day is added, dropping the oldest from a month no event loads', async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    const full = daysBefore('2026-06-10', HISTORY_DAYS);
    const oldest = Object.keys(full).sort()[0] as string;
    await seedHistory(full);
    const background = await installBackground();
    await tickFor(30);
    await boutEnds(background);
    const stored = (await storedHistory()) ?? {};
    expect(Object.keys(stored)).toHaveLength(HISTORY_DAYS);
    expect(stored[oldest]).toBeUndefined();
    expect(stored[addDays(oldest, 1)]).toEqual(day(4));
    expect(stored['2026-06-10']).toMatchObject({ sittingMs: 30 * MIN });
  });

  it('removes a month once retention has emptied it', async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    const full = { ...daysBefore('2026-06-10', HISTORY_DAYS - 1), '2020-01-15': day(3) };
    await seedHistory(full);
    const background = await installBackground();
    await tickFor(30);
    await boutEnds(background);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null)).filter(isMonthKey);
    expect(keys).not.toContain('history:2020-01');
    expect(Object.keys((await storedHistory()) ?? {})).toHaveLength(HISTORY_DAYS);
  });

  it('repairs a broken day in a month no event loads when the worker starts, and says so once', async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    await seedHistory({ '2025-01-10': { ...day(2), nudges: -3 }, '2025-01-11': day(1), '2026-06-09': day(4) });
    const { tracker } = await installBackground();
    await tracker.settled();
    expect(await storedHistory()).toEqual({ '2025-01-10': day(2), '2025-01-11': day(1), '2026-06-09': day(4) });
    expect(await fakeBrowser.storage.local.get('repairs')).toEqual({
      repairs: [{ key: 'problem_daysRepaired', subs: [1, '2025-01-10'] }],
    });
  });

  it('checks every month at the first worker start of a browser session only, not at each restart after it', async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    await seedHistory(daysBefore('2026-06-10', 730));
    await installBackground();
    // Chrome stops the idle worker; the next alarm starts it again, in the same session.
    const storage = watchStorage();
    const restarted = startBackground({ log: () => {} });
    await restarted.settled();
    expect(storage.readAll()).toBe(false);
    // Only the months around today, as any event reads them.
    expect(storage.monthsRead().length).toBeGreaterThan(0);
    expect(storage.monthsRead().filter((key) => String(key) < 'history:2026-05')).toEqual([]);
    // A new browser session (session storage cleared) checks them all again.
    await fakeBrowser.storage.session.clear();
    const nextSession = startBackground({ log: () => {} });
    await nextSession.settled();
    expect(storage.readAll()).toBe(true);
  });

  it('costs a page only the month that cannot be read, never the others', async () => {
    await seedHistory({ '2026-05-02': day(2), '2026-06-08': day(3) });
    await fakeBrowser.storage.local.set({ 'history:2026-04': 'not a month', 'history:2026-03': { '2026-04-01': day(1) } });
    const { history } = await loadBooks(local(2026, 6, 10, 9));
    expect(history.value).toEqual({ '2026-05-02': day(2), '2026-06-08': day(3) });
    expect(history.problems).toEqual([{ key: 'problem_daysDropped', subs: [2, 'history:2026-04, 2026-04-01'] }]);
  });
});

describe('the History page reads recent months, not two years', () => {
  afterEach(withoutGetKeys);

  it('reads the months of the last 30 days and the oldest month, and knows when counting began', async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    await seedHistory(daysBefore('2026-06-10', 730));
    withGetKeys();
    const storage = watchStorage();
    const { history } = (await readHistoryPage()).tracked;
    expect(storage.readAll()).toBe(false);
    expect(new Set(storage.monthsRead())).toEqual(new Set(['history:2026-05', 'history:2026-06', 'history:2024-06']));
    expect(countingSince(history, '2026-06-10')).toBe(addDays('2026-06-10', -730));
    expect(lastDays(history, '2026-06-10', 30)).toEqual(lastDays(daysBefore('2026-06-10', 730), '2026-06-10', 30));
  });

  it('needs no second read when counting began within the days shown', async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    await seedHistory(daysBefore('2026-06-10', 12));
    withGetKeys();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { history } = (await readHistoryPage()).tracked;
    expect(history).toEqual(daysBefore('2026-06-10', 12));
    // settings, engine, nudges, repairs and the recent months: one call each, no call for an older month.
    expect(get.mock.calls.filter(([keys]) => [keys].flat().some((key) => String(key).startsWith('history:')))).toHaveLength(1);
  });

  it('reads everything where the browser cannot list keys, as before', async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    await seedHistory(daysBefore('2026-06-10', 400));
    const storage = watchStorage();
    expect((await readHistoryPage()).tracked.history).toEqual(daysBefore('2026-06-10', 400));
    expect(storage.readAll()).toBe(true);
  });

  it('reads the single item of an unmigrated history whole', async () => {
    vi.setSystemTime(local(2026, 6, 10, 9));
    await fakeBrowser.storage.local.set({ history: daysBefore('2026-06-10', 90), history$: { v: 2 } });
    withGetKeys();
    expect((await readHistoryPage()).tracked.history).toEqual(daysBefore('2026-06-10', 90));
  });
});
