import type { DayKey } from './days';
import type { DayStats, History } from './history';

/** No counter in a day goes past this: ten thousand breaks or nudges is already not a real day. */
export const MAX_COUNT = 10_000;

/**
 * The most sitting one bout may claim, counted back from its last signal. Sitting is always broken
 * by sleep within a day; a longer bout is a clock or storage fault, not a person at a desk.
 */
export const MAX_BOUT_MS = 24 * 3_600_000;

/** Fields measured in milliseconds; every other field of a day is a count. */
export const DAY_MS_FIELDS = ['sittingMs', 'longestBoutMs', 'prolongedMs', 'movedMs', 'standingMs'] as const satisfies ReadonlyArray<
  keyof DayStats
>;
export const DAY_COUNT_FIELDS = [
  'bouts',
  'naturalBreaks',
  'guidedBreaks',
  'partialBreaks',
  'nudges',
  'snoozes',
  'ignoredNudges',
  'standingPeriods',
  'meetingHolds',
] as const satisfies ReadonlyArray<keyof DayStats>;

/** Local midnight at the start of `day`, `offset` days later. */
function midnight(day: DayKey, offset = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(2000, m - 1, d + offset);
  // The Date constructor reads years 0–99 as 1900–1999: year 18 would get 1918's clock changes.
  date.setFullYear(y, m - 1, d + offset);
  return date.getTime();
}

/** The local length of `day`: 23, 24 or 25 hours where the clocks change. */
export function dayLengthMs(day: DayKey): number {
  return midnight(day, 1) - midnight(day);
}

/**
 * How much time `day` can hold: its whole length, or, while it is under way at `now`, only what has
 * passed of it. A day that has not begun at `now` holds nothing.
 */
export function dayCapacityMs(day: DayKey, now?: number): number {
  const length = dayLengthMs(day);
  if (now === undefined) return length;
  return Math.min(length, Math.max(0, now - midnight(day)));
}

const clamp = (value: number, max: number) => (Number.isFinite(value) ? Math.min(max, Math.max(0, value)) : 0);

/**
 * The one rule for what a stored day may hold, applied by the writer and the readers alike: every
 * duration within the day's capacity, every count a whole number up to MAX_COUNT, the longest bout
 * and prolonged sitting never more than the day's sitting, and sitting always part of some bout.
 * Returns `stats` itself when it already fits.
 */
export function clampDay(day: DayKey, stats: DayStats, now?: number): DayStats {
  const capacity = dayCapacityMs(day, now);
  // Stryker disable next-line ObjectLiteral: the two loops below set every field a DayStats has, so starting from {} gives the same day
  const fixed = { ...stats };
  for (const field of DAY_MS_FIELDS) fixed[field] = clamp(stats[field], capacity);
  for (const field of DAY_COUNT_FIELDS) fixed[field] = Math.floor(clamp(stats[field], MAX_COUNT));
  fixed.longestBoutMs = Math.min(fixed.longestBoutMs, fixed.sittingMs);
  fixed.prolongedMs = Math.min(fixed.prolongedMs, fixed.sittingMs);
  // Sitting is only ever recorded by ending a bout, so a day with sitting and no bout has lost its count.
  if (fixed.sittingMs > 0 && fixed.bouts === 0) fixed.bouts = 1;
  // Object.is, so a stored -0 comes back as 0, as it would from an export.
  const same = [...DAY_MS_FIELDS, ...DAY_COUNT_FIELDS].every((field) => Object.is(fixed[field], stats[field]));
  return same ? stats : fixed;
}

/**
 * The latest instant the books prove was reached: `now`, or later where a clock set back left a day
 * recorded ahead of it (its counted time must have passed in it). Days up to then may hold what
 * they hold, so HipCheck's own export of them always imports back.
 */
export function knownNow(history: History, now: number): number {
  const latest = Object.keys(history).sort().at(-1);
  const stats = latest === undefined ? undefined : history[latest];
  if (latest === undefined || !stats) return now;
  const counted = Math.max(...DAY_MS_FIELDS.map((field) => stats[field]));
  return Math.max(now, midnight(latest) + Math.min(counted, dayLengthMs(latest) - 1));
}
