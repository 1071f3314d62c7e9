import { clampDay, DAY_COUNT_FIELDS, DAY_MS_FIELDS } from '../core/day-limits';
import { type DayKey, isDayKey } from '../core/days';
import { type DayStats, EMPTY_DAY, type History } from '../core/history';
import { isProblem, type Problem } from '../problems';

/*
 * Day records as they come from storage or an export file. Kept free of the schema library: the
 * popup reads history through here too, and what a day may hold is clampDay's rule, not a schema's.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DAY_FIELDS = [...DAY_MS_FIELDS, ...DAY_COUNT_FIELDS];

export interface DayRecord {
  /** Every counter as a number; an absent one is zero, as counters added after the first version start at zero. */
  stats: DayStats;
  /** Counters present but not a finite number, and sittingMs when absent: zero in `stats`. */
  unreadable: Array<keyof DayStats>;
}

/** Reads a day field by field; null when it is not a record at all. Unknown fields are left behind. */
export function readDayRecord(raw: unknown): DayRecord | null {
  if (!isRecord(raw)) return null;
  const stats = { ...EMPTY_DAY };
  const unreadable: Array<keyof DayStats> = [];
  for (const field of DAY_FIELDS) {
    const value = Object.hasOwn(raw, field) ? raw[field] : undefined;
    if (typeof value === 'number' && Number.isFinite(value)) stats[field] = value;
    else if (value !== undefined || field === 'sittingMs') unreadable.push(field);
  }
  return { stats, unreadable };
}

/**
 * A stored day as the readers keep it: each counter repaired alone (unreadable ones become zero,
 * the rest are held to clampDay's limits), so one bad counter never costs the day its sitting.
 * Null only when nothing in it can be trusted: it is not a record, or its sitting time, the one
 * figure everything else is measured against, is missing, not a number or negative.
 */
export function repairDay(day: DayKey, raw: unknown): { stats: DayStats; repaired: boolean } | null {
  const record = readDayRecord(raw);
  if (!record || record.unreadable.includes('sittingMs') || record.stats.sittingMs < 0) return null;
  const stats = clampDay(day, record.stats);
  return { stats, repaired: record.unreadable.length > 0 || stats !== record.stats };
}

export interface ReadHistory {
  value: History;
  /** Keys that are not days, and days nothing could be recovered from. */
  dropped: string[];
  repaired: DayKey[];
}

/** Every day of a stored history through repairDay; `raw` must already be a record. */
export function readHistory(raw: Record<string, unknown>): ReadHistory {
  const value: Record<DayKey, DayStats> = {};
  const dropped: string[] = [];
  const repaired: DayKey[] = [];
  for (const [day, stored] of Object.entries(raw)) {
    const read = isDayKey(day) ? repairDay(day, stored) : null;
    if (!read) {
      dropped.push(day);
      continue;
    }
    value[day] = read.stats;
    if (read.repaired) repaired.push(day);
  }
  return { value, dropped, repaired };
}

/** The repairs a page tells the person about: problems only, ten at most. */
export function readRepairs(raw: unknown): Problem[] {
  return Array.isArray(raw) ? raw.filter(isProblem).slice(0, 10) : [];
}
