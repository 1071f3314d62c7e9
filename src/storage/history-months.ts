import { type DayKey, isDayKey } from '../core/days';
import type { History } from '../core/history';
import { isRecord } from './records';

/*
 * History is stored one item per calendar month (`history:2026-11`, a Record<DayKey, DayStats>).
 * A month is about 6 KB: small enough that a bout's end rewrites only a few kilobytes and an event
 * reads one or two items, large enough that two years are 25 items rather than 731, so the pages
 * that read everything pay 25 values' per-call overhead, not 731.
 */

/** Version 3 is the month layout; 1 and 2 were one `history` item (2 with every counter filled). */
export const HISTORY_VERSION = 3;
/** The version mark, where @wxt-dev/storage kept the single item's version: `{ v: 3 }` once months are complete. */
export const HISTORY_MARK = 'history$';
/** The single item of versions 1 and 2, removed once the months and the mark are written. */
export const OLD_HISTORY = 'history';
const PREFIX = 'history:';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export type MonthKey = string;

export const monthKeyOf = (day: DayKey): MonthKey => `${PREFIX}${day.slice(0, 7)}`;

export const isMonthKey = (key: string): boolean => key.startsWith(PREFIX) && MONTH.test(key.slice(PREFIX.length));

/** Every month item from the one holding `from` to the one holding `to`, both local days. */
export function monthKeysBetween(from: DayKey, to: DayKey): MonthKey[] {
  const keys: MonthKey[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    keys.push(`${PREFIX}${year}-${String(month).padStart(2, '0')}`);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return keys;
}

/** Whether stored items are in the month layout: marked so, or holding no single item to migrate. */
export function inMonthLayout(stored: Record<string, unknown>): boolean {
  const mark = stored[HISTORY_MARK];
  return (isRecord(mark) && typeof mark.v === 'number' && mark.v >= HISTORY_VERSION) || stored[OLD_HISTORY] === undefined;
}

export interface JoinedMonths {
  /** Every day of every month item, as stored, for the readers' own day repair (records.ts). */
  days: unknown;
  /** Month items that are not records, and keys filed under a month they do not belong to. */
  dropped: string[];
}

/** The month items among `stored` as one history; a broken month costs only itself, a misfiled day only itself. */
export function joinMonths(stored: Record<string, unknown>): JoinedMonths {
  const days: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, month] of Object.entries(stored)) {
    if (!isMonthKey(key) || month === undefined || month === null) continue;
    if (!isRecord(month)) {
      dropped.push(key);
      continue;
    }
    for (const [day, stats] of Object.entries(month)) {
      // A day outside its month could not be rewritten without reading the month it belongs to.
      if (isDayKey(day) && monthKeyOf(day) === key) days[day] = stats;
      else dropped.push(day);
    }
  }
  return { days, dropped };
}

/** `history` filed by month: each day in the item of its month. */
export function splitIntoMonths<T>(history: Readonly<Record<DayKey, T>>): Record<MonthKey, Record<DayKey, T>> {
  const months: Record<MonthKey, Record<DayKey, T>> = {};
  for (const [day, stats] of Object.entries(history)) {
    const key = monthKeyOf(day);
    months[key] ??= {};
    (months[key] as Record<DayKey, T>)[day] = stats;
  }
  return months;
}

/**
 * The month items to write for going from `before` to `after`: every month where a day changed
 * (compared by reference, as updateDay shares the days it leaves alone) or went; null removes an
 * emptied month. `whole` months are written even if unchanged (a repair rewrites what it loaded).
 */
export function changedMonths(before: History, after: History, whole: MonthKey[] = []): Map<MonthKey, Record<DayKey, unknown> | null> {
  const touched = new Set(whole);
  for (const day of Object.keys(after)) if (after[day] !== before[day]) touched.add(monthKeyOf(day));
  for (const day of Object.keys(before)) if (!Object.hasOwn(after, day)) touched.add(monthKeyOf(day));
  const months = splitIntoMonths(after);
  return new Map([...touched].map((key) => [key, months[key] ?? null]));
}
