import * as z from 'zod/mini';
import { isDayKey } from '../core/days';
import { type DayStats, EMPTY_DAY, type History, pruneHistory } from '../core/history';
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from '../core/settings';
import { isRecord } from './items';
import { dayStatsSchema, settingSchemas } from './schema';

export const EXPORT_FORMAT = 'hipcheck-export';
export const EXPORT_VERSION = 1;
/** Two years of history is about 200 KB; anything far larger is not an export of ours. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_LISTED_ERRORS = 12;
const HOUR = 3_600_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  history: History;
}

export function exportJson(settings: Settings, history: History, now: number): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), settings, history };
  return JSON.stringify(file, null, 2);
}

const CSV_COLUMNS: Array<[string, keyof DayStats, number]> = [
  ['sitting_minutes', 'sittingMs', 60_000],
  ['bouts', 'bouts', 1],
  ['longest_bout_minutes', 'longestBoutMs', 60_000],
  ['prolonged_sitting_minutes', 'prolongedMs', 60_000],
  ['natural_breaks', 'naturalBreaks', 1],
  ['guided_breaks', 'guidedBreaks', 1],
  ['partial_breaks', 'partialBreaks', 1],
  ['moved_minutes', 'movedMs', 60_000],
  ['nudges', 'nudges', 1],
  ['snoozes', 'snoozes', 1],
  ['ignored_nudges', 'ignoredNudges', 1],
];

/** One row per day, oldest first, in minutes rather than milliseconds: for spreadsheets. */
export function historyCsv(history: History): string {
  const header = ['date', ...CSV_COLUMNS.map(([name]) => name)].join(',');
  const rows = Object.keys(history)
    .sort()
    .map((day) =>
      [day, ...CSV_COLUMNS.map(([, field, unit]) => Math.round(((history[day] as DayStats)[field] / unit) * 10) / 10)].join(','),
    );
  return `${[header, ...rows].join('\n')}\n`;
}

export type ImportResult = { ok: true; settings: Settings; history: History; days: number } | { ok: false; errors: string[] };

const fail = (...errors: string[]): ImportResult => ({ ok: false, errors });

/** JSON.parse keeps the last of two equal keys silently; a day listed twice is a broken file. */
function duplicatedDays(text: string): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const [, day] of text.matchAll(/"(\d{4}-\d{2}-\d{2})"\s*:/g)) {
    if (seen.has(day as string)) twice.add(day as string);
    seen.add(day as string);
  }
  return [...twice];
}

/** A day's numbers must also agree with each other and fit in a day. */
function dayProblem(stats: DayStats): string | null {
  if (stats.sittingMs > 25 * HOUR) return 'more than 25 hours of sitting';
  if (stats.longestBoutMs > stats.sittingMs) return 'a longest bout longer than the whole day';
  if (stats.prolongedMs > stats.sittingMs) return 'more prolonged sitting than sitting';
  if (stats.bouts === 0 && stats.sittingMs > 0) return 'sitting without any bout';
  return null;
}

function importSettings(raw: unknown, errors: string[]): Settings {
  if (raw === undefined) return DEFAULT_SETTINGS;
  if (!isRecord(raw)) {
    errors.push('"settings" must be an object.');
    return DEFAULT_SETTINGS;
  }
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(raw)) {
    if (!SETTING_KEYS.includes(key as keyof Settings)) {
      errors.push(`Unknown setting "${key}".`);
      continue;
    }
    const parsed = settingSchemas[key as keyof Settings].safeParse(value);
    if (parsed.success) settings[key] = parsed.data;
    else errors.push(`Setting "${key}" has an invalid value: ${JSON.stringify(value)?.slice(0, 60)}.`);
  }
  return settings as unknown as Settings;
}

function importHistory(raw: unknown, latestDay: string, errors: string[]): History {
  if (!isRecord(raw)) {
    errors.push('"history" must be an object of days.');
    return {};
  }
  const history: Record<string, DayStats> = {};
  for (const [day, value] of Object.entries(raw)) {
    if (!isDayKey(day)) {
      errors.push(`"${day}" is not a real date (YYYY-MM-DD).`);
      continue;
    }
    if (day > latestDay) {
      errors.push(`${day} is in the future.`);
      continue;
    }
    const parsed = dayStatsSchema.safeParse(value);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'the record'))].join(', ');
      errors.push(`${day}: invalid ${fields}.`);
      continue;
    }
    const problem = dayProblem(parsed.data);
    if (problem) errors.push(`${day}: ${problem}.`);
    else history[day] = parsed.data;
  }
  return history;
}

/**
 * Reads an export back. Every problem is listed, and nothing is imported unless there are none:
 * a half-imported history would be worse than a clear refusal.
 */
export function parseImport(text: string, latestDay: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return fail(`The file is too large (${(text.length / 1048576).toFixed(1)} MB); a HipCheck export is at most a few hundred KB.`);
  const trimmed = text.trim();
  if (trimmed === '') return fail('The file is empty.');
  if (/^date,/.test(trimmed)) return fail('This is the CSV export, which is for spreadsheets; import the JSON export instead.');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return fail('The file is not valid JSON.');
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT)
    return fail('This is not a HipCheck export (the "format" field is missing or wrong).');
  const version = z.int().check(z.gte(1)).safeParse(data.version);
  if (!version.success) return fail('The export has no valid "version".');
  if (version.data > EXPORT_VERSION)
    return fail(`The export comes from a newer HipCheck (format version ${version.data}); update HipCheck first.`);
  const errors: string[] = [];
  const twice = duplicatedDays(trimmed);
  if (twice.length) errors.push(`Days listed twice: ${twice.join(', ')}.`);
  const settings = importSettings(data.settings, errors);
  const history = importHistory(data.history, latestDay, errors);
  if (errors.length) {
    const shown = errors.slice(0, MAX_LISTED_ERRORS);
    if (errors.length > shown.length) shown.push(`…and ${errors.length - shown.length} more problems.`);
    return { ok: false, errors: shown };
  }
  return { ok: true, settings, history, days: Object.keys(history).length };
}

/** Days in both keep, field by field, the larger count: importing the same export twice changes nothing. */
export function mergeHistory(current: History, incoming: History): History {
  const merged: Record<string, DayStats> = { ...current };
  for (const [day, stats] of Object.entries(incoming)) {
    const mine = current[day];
    if (!mine) {
      merged[day] = stats;
      continue;
    }
    const combined = { ...EMPTY_DAY };
    for (const field of Object.keys(EMPTY_DAY) as Array<keyof DayStats>) combined[field] = Math.max(mine[field], stats[field]);
    merged[day] = combined;
  }
  return pruneHistory(merged);
}
