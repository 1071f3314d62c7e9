import { addDays, type DayKey, dayKey, startOfDay } from './days';
import { dayOf, type History } from './history';

/*
 * Sitting counted across a person's computers. Each computer shares, under a key of its own, the
 * minutes it sat in the last MERGED_DAYS days and its own daily totals for all SHARED_DAYS days. A day
 * is merged as the union of the computers' minutes: someone active on two computers in the same minute
 * sat once. Only the days every computer's minutes cover can be merged exactly; older days keep each
 * computer's own total.
 */

export const MINUTE = 60_000;
/** Days merged exactly: today and the 7 before it, the popup's week. */
export const MERGED_DAYS = 8;
/** Days a computer's own figures are shared for, the merged ones included: the days the History page lists. */
export const SHARED_DAYS = 30;
/** A computer not heard from this long is inactive: its records no longer count, and it can be removed. */
export const INACTIVE_MS = 30 * 24 * 60 * MINUTE;
/** While active, a computer shares at most this often (plus at each bout's end). */
export const PUBLISH_EVERY_MS = 10 * MINUTE;
/** A computer's name, as long as the options page lets it be. */
export const MAX_NAME = 40;
/** The record format's version: a reader leaves a record of another version alone. */
export const RECORD_VERSION = 1;

/** Sitting [from, to) in epoch ms, as the engine books it. */
export type Span = [number, number];
/** Minutes sat: runs [first, end) of epoch minutes (ms / MINUTE), ascending, neither overlapping nor touching. */
export type Minutes = Array<[number, number]>;

/** Runs in any order, overlapping or touching, as one set. */
export function union(...sets: Minutes[]): Minutes {
  const out: Minutes = [];
  for (const [from, to] of sets.flat().sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else if (from < to) out.push([from, to]);
  }
  return out;
}

/**
 * A minute counts as sat when its middle was: each span is rounded to whole minutes, so the minutes a
 * computer shares add up to its own sitting to within a minute a span, never drifting one way.
 */
const rounded = (spans: readonly Span[]): Minutes =>
  spans.map(([from, to]) => [Math.ceil(from / MINUTE - 0.5), Math.ceil(to / MINUTE - 0.5)]);

export const minutesOf = (spans: readonly Span[]): Minutes => union(rounded(spans));

/** How many minutes of `set` begin in [from, to), epoch ms. */
export function countIn(set: Minutes, from: number, to: number): number {
  const [low, high] = [Math.ceil(from / MINUTE), Math.ceil(to / MINUTE)];
  return set.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, high) - Math.max(a, low)), 0);
}

/**
 * The minutes of `spans` (minutesOf) in [origin, end) as a bitmap in base64: bit i of byte j is minute
 * origin + 8j + i. Trailing empty bytes are left off. A fixed size per minute, whatever the pattern: the
 * quota holds for the worst day.
 */
export function encodeMinutes(spans: readonly Span[], origin: number, end: number): string {
  const bytes: number[] = [];
  for (const [from, to] of rounded(spans)) {
    for (let m = Math.max(from, origin) - origin; m < Math.min(to, end) - origin; m++)
      bytes[m >> 3] = (bytes[m >> 3] ?? 0) | (1 << (m & 7));
  }
  return btoa(String.fromCharCode(...Array.from(bytes, (byte) => byte ?? 0)));
}

/** The minutes encodeMinutes wrote; throws on text that is not base64. */
export function decodeMinutes(bits: string, origin: number): Minutes {
  const bytes = atob(bits);
  const set: Minutes = [];
  for (let m = 0; m < bytes.length * 8; m++) {
    if (!((bytes.charCodeAt(m >> 3) >> (m & 7)) & 1)) continue;
    const last = set.at(-1);
    if (last?.[1] === origin + m) last[1]++;
    else set.push([origin + m, origin + m + 1]);
  }
  return set;
}

/** What one computer shares, under `computer:<its id>` in the browser's sync storage. */
export interface SharedRecord {
  v: typeof RECORD_VERSION;
  name: string;
  /** When it shared this, epoch ms: when it was last heard from. */
  seen: number;
  /** The epoch minute its bitmap starts at: its local midnight MERGED_DAYS - 1 days before `seen`. */
  origin: number;
  /** encodeMinutes of the minutes it sat from `origin` until `seen`. */
  bits: string;
  /** Its own days, SHARED_DAYS of them from `from` to the day of `seen`: whole minutes sat each day, oldest first. */
  from: DayKey;
  totals: number[];
}

/** The first instant of the MERGED_DAYS days that end with the one holding `now`. */
export const mergedSince = (now: number): number => startOfDay(now, 1 - MERGED_DAYS);

/** The spans a computer keeps: those reaching into the days it shares minute by minute. */
export const keptSpans = (spans: readonly Span[], now: number): Span[] => spans.filter(([, to]) => to > mergedSince(now));

/**
 * Whether an event at `at` shares this computer's record: when the person leaves (`left`: active before,
 * away now, so the other computers see the bout up to then), at a bout's end (`booked`, its sitting just
 * added to the spans), and while they are active at the first event of each 10-minute slot, which the
 * minute's tick already is. No timer of its own: at most 6 writes an active hour, and one an absence.
 */
export const shareDue = (booked: boolean, left: boolean, active: boolean, last: number | null, at: number): boolean =>
  booked || left || (active && (last === null || Math.floor(last / PUBLISH_EVERY_MS) !== Math.floor(at / PUBLISH_EVERY_MS)));

/**
 * This computer's record at `now`: the minutes of `sat` (its sitting in bouts, the open one counted up
 * to now) since mergedSince, and its own totals from `history` for every day shared.
 */
export function shareRecord(name: string, sat: readonly Span[], history: History, now: number): SharedRecord {
  const start = mergedSince(now);
  const origin = Math.floor(start / MINUTE);
  const from = addDays(dayKey(start), MERGED_DAYS - SHARED_DAYS);
  return {
    v: RECORD_VERSION,
    name,
    seen: now,
    origin,
    // Nothing after now: a span dated ahead (a clock set back) must not make the record larger than a week of minutes.
    bits: encodeMinutes(sat, origin, Math.ceil(now / MINUTE)),
    from,
    totals: Array.from({ length: SHARED_DAYS }, (_, i) => Math.round(dayOf(history, addDays(from, i)).sittingMs / MINUTE)),
  };
}

/** A computer's sitting as a reader holds it: minutes from `origin` (epoch minute) on, and its totals by day. */
export interface Computer {
  id: string;
  name: string;
  seen: number;
  origin: number;
  minutes: Minutes;
  totals: Record<DayKey, number>;
}

export const isInactive = (computer: { seen: number }, now: number): boolean => now - computer.seen >= INACTIVE_MS;

/** One day: each computer's minutes sat, and all of them together with each minute once. */
export interface SharedDay {
  day: DayKey;
  /** Null where some computer's day is known only as its total: minutes cannot be merged that are not known. */
  all: number | null;
  /** In the order the computers were given; null where a computer's record does not reach back to the day. */
  each: Array<number | null>;
}

/**
 * Sitting on `days` across `computers`: each one's own, and their union where every one's minutes cover
 * the day. A computer's total for a day is the least its minutes can be: sitting it counted before it
 * kept minutes (the week after an update) is not lost, and the merged day is never less than any one
 * computer's, so turning sharing on never shows less than this computer alone.
 */
export function mergeDays(computers: readonly Computer[], days: readonly DayKey[]): SharedDay[] {
  const everyone = union(...computers.map((computer) => computer.minutes));
  return days.map((day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const [from, to] = [new Date(y, m - 1, d).getTime(), new Date(y, m - 1, d + 1).getTime()];
    const covered = computers.every((computer) => from >= computer.origin * MINUTE);
    const each = computers.map((computer) => {
      const total = computer.totals[day];
      return from >= computer.origin * MINUTE ? Math.max(countIn(computer.minutes, from, to), total ?? 0) : (total ?? null);
    });
    return { day, all: covered ? Math.max(countIn(everyone, from, to), ...(each as number[])) : null, each };
  });
}

/**
 * The bytes a value takes in Chrome's sync storage: its key plus its JSON, in UTF-8, the measure of
 * QUOTA_BYTES and QUOTA_BYTES_PER_ITEM.
 */
export const syncBytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Chrome's storage.sync limits (Firefox's are alike): bytes in all, bytes an item. */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_ITEM_BYTES = 8_192;
