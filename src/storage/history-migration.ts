import { browser } from 'wxt/browser';
import { type DayKey, dayKey, isDayKey } from '../core/days';
import type { EngineState } from '../core/engine';
import { EMPTY_DAY, HISTORY_DAYS, type History } from '../core/history';
import type { Span } from '../core/shared-days';
import { type Problem, problem } from '../problems';
import { readSharing, readSpans, SHARING_KEY, type Sharing, SPANS_KEY } from './computers';
import {
  changedMonths,
  HISTORY_MARK,
  HISTORY_VERSION,
  inMonthLayout,
  isMonthKey,
  joinMonths,
  type MonthKey,
  monthKeyOf,
  monthKeysBetween,
  OLD_HISTORY,
  splitIntoMonths,
} from './history-months';
import { type LoadedBooks, parseEngine, parseHistory, parseNudges } from './parse';
import { isRecord } from './records';

/*
 * The background's side of the month layout (history-months.ts): the only code that migrates or
 * writes history. Import it from src/background only; pages read through history-store.ts.
 */

const HOUR = 3_600_000;
/** Around `now`: yesterday and tomorrow whatever the clocks do, so midnight and a month's end are always loaded. */
const NEAR_MS = 26 * HOUR;

/**
 * Versions 1 and 2 into months. One storage call writes every month and the mark, so a worker stopped
 * before it leaves the single item untouched, to be migrated again at the next start; the single item
 * is removed only after, and a start that finds the mark with the item still there finishes the removal.
 */
export async function migrateHistory(
  old: unknown,
  mark: unknown,
): Promise<{ months: Record<MonthKey, unknown>; dropped: string[]; problems: Problem[] }> {
  const version = isRecord(mark) && typeof mark.v === 'number' ? mark.v : 1;
  const days: Record<DayKey, unknown> = {};
  const dropped: string[] = [];
  for (const [day, stats] of Object.entries(isRecord(old) ? old : {})) {
    if (!isDayKey(day)) dropped.push(day);
    // v1 days had only the sitting counters; later counters start at zero.
    else days[day] = version < 2 && isRecord(stats) ? { ...EMPTY_DAY, ...stats } : stats;
  }
  const months = splitIntoMonths(days);
  await browser.storage.local.set({ ...months, [HISTORY_MARK]: { v: HISTORY_VERSION } });
  await browser.storage.local.remove(OLD_HISTORY);
  // Keys that were not days have no month; the reader said so before, and the load says so now.
  return { months, dropped, problems: isRecord(old) ? [] : [problem('problem_historyUnreadable')] };
}

/** Every instant the engine holds: a bout it closes is credited to the days between them and now. */
function engineInstants(engine: EngineState): number[] {
  const { presence, lastSignalAt, bout } = engine;
  return [
    ...(presence.kind === 'unknown' ? [] : [presence.since]),
    ...(lastSignalAt === null ? [] : [lastSignalAt]),
    ...(bout ? [bout.startedAt, ...bout.spans.flat()] : []),
  ];
}

/**
 * The months an event can touch: from the earliest instant the engine holds (a bout begun days ago,
 * closed after a long sleep) to the latest (a clock set back), and around now (a nudge, a snooze, a
 * break all count into today).
 */
export function monthsToLoad(engine: EngineState, now: number): MonthKey[] {
  const instants = [now - NEAR_MS, now + NEAR_MS, ...engineInstants(engine)];
  return monthKeysBetween(dayKey(Math.min(...instants)), dayKey(Math.max(...instants)));
}

export interface LoadedHistoryBooks extends LoadedBooks {
  /** The month items loaded whole: the only ones this history may be written back to. */
  months: MonthKey[];
  /** Those of them storage held, rewritten whole by a repair. */
  stored: MonthKey[];
  /** The spans of closed bouts kept for sharing across computers (core/shared-days.ts). */
  sat: Span[];
  sharing: Sharing;
}

/** Read in the same call as the engine: what sharing across computers needs at every event. */
const SHARED_KEYS = [SPANS_KEY, SHARING_KEY];
const sharedParts = (stored: Record<string, unknown>) => ({ sat: readSpans(stored[SPANS_KEY]), sharing: readSharing(stored[SHARING_KEY]) });

/**
 * The books for one event, migrating first if need be. Only the months the event can touch are read,
 * in the same call as the engine when they are the months around now; `all` reads every month (an
 * import, and the worker's start, which repairs what no event would load).
 */
export async function loadMigratedBooks(now: number, { all = false } = {}): Promise<LoadedHistoryBooks> {
  const near = monthKeysBetween(dayKey(now - NEAR_MS), dayKey(now + NEAR_MS));
  const stored: Record<string, unknown> = await browser.storage.local.get(
    all ? null : ['engine', 'nudges', ...SHARED_KEYS, HISTORY_MARK, OLD_HISTORY, ...near],
  );
  const problems: Problem[] = [];
  const dropped: string[] = [];
  const migrating = !inMonthLayout(stored);
  if (migrating) {
    const migrated = await migrateHistory(stored[OLD_HISTORY], stored[HISTORY_MARK]);
    Object.assign(stored, migrated.months);
    problems.push(...migrated.problems);
    dropped.push(...migrated.dropped);
  } else if (stored[OLD_HISTORY] !== undefined) {
    await browser.storage.local.remove(OLD_HISTORY);
  }
  const engine = parseEngine(stored.engine, now);
  // Just migrated, every month is in hand: all of it is read, so every repair is written back once.
  const months = all || migrating ? Object.keys(stored).filter(isMonthKey) : monthsToLoad(engine.value, now);
  const missing = months.filter((key) => !Object.hasOwn(stored, key) && !near.includes(key));
  if (missing.length) Object.assign(stored, await browser.storage.local.get(missing));
  const window = Object.fromEntries(months.map((key) => [key, stored[key]]));
  const joined = joinMonths(window);
  const history = parseHistory(joined.days, [...dropped, ...joined.dropped]);
  return {
    engine,
    history: { value: history.value, problems: [...problems, ...history.problems] },
    nudges: parseNudges(stored.nudges, now),
    months,
    stored: months.filter((key) => window[key] !== undefined),
    ...sharedParts(stored),
  };
}

/**
 * The engine and reminder state without a single month, for an event that may never look at a day
 * (see src/background/history-probe.ts); null when the history must be migrated or tidied first, which
 * only the full load does.
 */
export async function loadStateOnly(now: number): Promise<LoadedHistoryBooks | null> {
  const stored: Record<string, unknown> = await browser.storage.local.get(['engine', 'nudges', ...SHARED_KEYS, HISTORY_MARK, OLD_HISTORY]);
  if (!inMonthLayout(stored) || stored[OLD_HISTORY] !== undefined) return null;
  return {
    engine: parseEngine(stored.engine, now),
    history: { value: {}, problems: [] },
    nudges: parseNudges(stored.nudges, now),
    months: [],
    stored: [],
    ...sharedParts(stored),
  };
}

export interface HistoryWrites {
  /** Month items (and the mark) to write in the event's one storage call. */
  set: Record<string, unknown>;
  /** Month items emptied, removed after. */
  remove: MonthKey[];
}

/**
 * What writing `after` in place of `before` takes: the months it changed, and, when it added a day,
 * the oldest days beyond HISTORY_DAYS dropped. Counting days needs every month, so that read happens
 * only when a day is added: about once a day, never per tick.
 */
export async function historyWrites(before: History, after: History, loaded: LoadedHistoryBooks, repair: boolean): Promise<HistoryWrites> {
  const added = Object.keys(after).some((day) => !Object.hasOwn(before, day));
  const { dropped, outside } = added ? await beyondRetention(after, loaded.months) : { dropped: new Set<DayKey>(), outside: {} };
  const kept = Object.fromEntries(Object.entries(after).filter(([day]) => !dropped.has(day)));
  const months = changedMonths(before, kept, repair ? loaded.stored : []);
  const outsideMonths = splitIntoMonths(Object.fromEntries(Object.entries(outside).filter(([day]) => !dropped.has(day))));
  for (const day of dropped) {
    const key = monthKeyOf(day);
    if (!loaded.months.includes(key)) months.set(key, outsideMonths[key] ?? null);
  }
  const set: Record<string, unknown> = {};
  const remove: MonthKey[] = [];
  for (const [key, days] of months) {
    if (days) set[key] = days;
    // Stryker disable next-line ConditionalExpression: a month loaded but not stored is never emptied (\`before\` is the loaded history, whose days come only from stored months, and a repair rewrites only loaded.stored), so this guard is never false for its only caller, src/background/tracker.ts
    else if (!loaded.months.includes(key) || loaded.stored.includes(key)) remove.push(key);
  }
  if (Object.keys(set).length || remove.length) set[HISTORY_MARK] = { v: HISTORY_VERSION };
  return { set, remove };
}

/** The days older than the HISTORY_DAYS newest, counting every month; `outside` holds the days of the months not in `loaded`. */
async function beyondRetention(window: History, loaded: MonthKey[]): Promise<{ dropped: Set<DayKey>; outside: Record<DayKey, unknown> }> {
  const stored: Record<string, unknown> = await browser.storage.local.get(null);
  const months = Object.fromEntries(Object.entries(stored).filter(([key]) => isMonthKey(key) && !loaded.includes(key)));
  const outside = joinMonths(months).days as Record<DayKey, unknown>;
  const days = [...Object.keys(outside), ...Object.keys(window)].sort();
  return { dropped: new Set(days.slice(0, Math.max(0, days.length - HISTORY_DAYS))), outside };
}

/** Every key of the history, in either layout: what a reset removes. */
export async function historyKeys(): Promise<string[]> {
  const keys = Object.keys(await browser.storage.local.get(null));
  return keys.filter((key) => key === OLD_HISTORY || key === HISTORY_MARK || isMonthKey(key));
}
