import * as z from 'zod/mini';
import { isDayKey } from '../core/days';
import { type DayStats, EMPTY_DAY, type History, pruneHistory } from '../core/history';
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from '../core/settings';
import { type Problem, problem } from '../problems';
import { isRecord } from './records';
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

export type ImportResult = { ok: true; settings: Settings; history: History; days: number } | { ok: false; errors: Problem[] };

const fail = (...errors: Problem[]): ImportResult => ({ ok: false, errors });

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
function dayProblem(day: string, stats: DayStats): Problem | null {
  if (stats.sittingMs > 25 * HOUR) return problem('importDayTooLong', day);
  if (stats.longestBoutMs > stats.sittingMs) return problem('importDayLongestBout', day);
  if (stats.prolongedMs > stats.sittingMs) return problem('importDayProlonged', day);
  if (stats.bouts === 0 && stats.sittingMs > 0) return problem('importDayNoBouts', day);
  return null;
}

function importSettings(raw: unknown, errors: Problem[]): Settings {
  if (raw === undefined) return DEFAULT_SETTINGS;
  if (!isRecord(raw)) {
    errors.push(problem('importSettingsNotObject'));
    return DEFAULT_SETTINGS;
  }
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(raw)) {
    if (!SETTING_KEYS.includes(key as keyof Settings)) {
      errors.push(problem('importUnknownSetting', key));
      continue;
    }
    const parsed = settingSchemas[key as keyof Settings].safeParse(value);
    if (parsed.success) settings[key] = parsed.data;
    else errors.push(problem('importSettingInvalid', key, String(JSON.stringify(value)).slice(0, 60)));
  }
  return settings as unknown as Settings;
}

function importHistory(raw: unknown, latestDay: string, errors: Problem[]): History {
  if (!isRecord(raw)) {
    errors.push(problem('importHistoryNotObject'));
    return {};
  }
  const history: Record<string, DayStats> = {};
  for (const [day, value] of Object.entries(raw)) {
    if (!isDayKey(day)) {
      errors.push(problem('importNotADate', day));
      continue;
    }
    if (day > latestDay) {
      errors.push(problem('importFutureDay', day));
      continue;
    }
    const parsed = dayStatsSchema.safeParse(value);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'the record'))].join(', ');
      errors.push(problem('importDayInvalid', day, fields));
      continue;
    }
    const wrong = dayProblem(day, parsed.data);
    if (wrong) errors.push(wrong);
    else history[day] = parsed.data;
  }
  return history;
}

/**
 * Reads an export back. Every problem is listed, and nothing is imported unless there are none:
 * a half-imported history would be worse than a clear refusal.
 */
export function parseImport(text: string, latestDay: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail(problem('importTooLargeMb', (text.length / 1048576).toFixed(1)));
  const trimmed = text.trim();
  if (trimmed === '') return fail(problem('importEmpty'));
  if (/^date,/.test(trimmed)) return fail(problem('importIsCsv'));
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return fail(problem('importNotJson'));
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return fail(problem('importNotExport'));
  const version = z.int().check(z.gte(1)).safeParse(data.version);
  if (!version.success) return fail(problem('importNoVersion'));
  if (version.data > EXPORT_VERSION) return fail(problem('importNewerVersion', version.data));
  const errors: Problem[] = [];
  const twice = duplicatedDays(trimmed);
  if (twice.length) errors.push(problem('importDuplicateDays', twice.join(', ')));
  const settings = importSettings(data.settings, errors);
  const history = importHistory(data.history, latestDay, errors);
  if (errors.length) {
    const shown = errors.slice(0, MAX_LISTED_ERRORS);
    if (errors.length > shown.length) shown.push(problem('importMoreProblems', errors.length - shown.length));
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
