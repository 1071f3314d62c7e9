import { clampDay } from './day-limits';
import type { DayKey } from './days';

/** What HipCheck remembers about one local day. Counters the nudge and break features fill start at zero. */
export interface DayStats {
  sittingMs: number;
  bouts: number;
  longestBoutMs: number;
  /** Sitting inside bouts longer than 30 minutes: the research measure of prolonged sitting. */
  prolongedMs: number;
  naturalBreaks: number;
  guidedBreaks: number;
  partialBreaks: number;
  /** Time spent in guided breaks. */
  movedMs: number;
  nudges: number;
  snoozes: number;
  ignoredNudges: number;
  /** Active time the person said they stood (a sit-stand desk): never sitting too. */
  standingMs: number;
  /** Standing periods, counted on each day they touch. */
  standingPeriods: number;
  /** Nudges held back until a meeting was over ("In a meeting"), each counted once. */
  meetingHolds: number;
}

export type History = Readonly<Record<DayKey, DayStats>>;

export const EMPTY_DAY: DayStats = Object.freeze({
  sittingMs: 0,
  bouts: 0,
  longestBoutMs: 0,
  prolongedMs: 0,
  naturalBreaks: 0,
  guidedBreaks: 0,
  partialBreaks: 0,
  movedMs: 0,
  nudges: 0,
  snoozes: 0,
  ignoredNudges: 0,
  standingMs: 0,
  standingPeriods: 0,
  meetingHolds: 0,
});

/** Days kept: two years, comfortably more than the 400 the product promises, and a bounded size. */
export const HISTORY_DAYS = 731;

export function dayOf(history: History, day: DayKey): DayStats {
  return history[day] ?? EMPTY_DAY;
}

/**
 * Returns a new history with `day` changed by `change`; the rest is shared. The result is held to
 * the day's limits here, so the background never writes a day its own reader would refuse.
 */
export function updateDay(history: History, day: DayKey, change: (stats: DayStats) => DayStats): History {
  return { ...history, [day]: clampDay(day, change(dayOf(history, day))) };
}

export function countOn(history: History, day: DayKey, field: keyof DayStats, by = 1): History {
  return updateDay(history, day, (stats) => ({ ...stats, [field]: stats[field] + by }));
}

/** Drops the oldest days beyond `keep`, so storage stays bounded. */
export function pruneHistory(history: History, keep = HISTORY_DAYS): History {
  const days = Object.keys(history).sort();
  if (days.length <= keep) return history;
  const kept: Record<DayKey, DayStats> = {};
  for (const day of days.slice(-keep)) kept[day] = history[day] as DayStats;
  return kept;
}
