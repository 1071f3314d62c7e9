import * as z from 'zod/mini';
import { clampDay, DAY_COUNT_FIELDS, DAY_MS_FIELDS, dayCapacityMs, knownNow } from '../core/day-limits';
import { type DayKey, dayKey, isDayKey } from '../core/days';
import { type DayStats, type History, pruneHistory } from '../core/history';
import type { Settings } from '../core/settings';
import { type Computer, MINUTE, type SharedDay } from '../core/shared-days';
import { type Problem, problem } from '../problems';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import { parseSettingsPatch } from './parse';
import { shorten } from './preview';
import { isRecord, readDayRecord } from './records';
import { settingsV2 } from './settings-migration';

export { EXPORT_FORMAT, EXPORT_VERSION };
/** Two years of history is about 200 KB; anything far larger is not an export of ours. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_LISTED_ERRORS = 12;
const HOUR = 3_600_000;
const DAY_FIELDS = [...DAY_MS_FIELDS, ...DAY_COUNT_FIELDS];
const COUNT_FIELDS: ReadonlyArray<keyof DayStats> = DAY_COUNT_FIELDS;

/** The person's sitting across their computers, in an export made while this computer shares it. Milliseconds, as in `history`. */
export interface ComputersSection {
  /** All the computers together, each minute once: the days every computer's minutes cover. */
  merged: Record<DayKey, number>;
  /** Each computer's own days, this one first: minutes where shared, totals before that. */
  each: Array<{ name: string; thisComputer: boolean; lastHeardFrom: string; days: Record<DayKey, number> }>;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  history: History;
  computers?: ComputersSection;
}

export function exportJson(settings: Settings, history: History, now: number, computers?: ComputersSection): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), settings, history };
  if (computers) file.computers = computers;
  return JSON.stringify(file, null, 2);
}

/** The computers section of an export from the days merged across them (core/shared-days.ts mergeDays), this computer first. */
export function computersSection(computers: readonly Computer[], days: readonly SharedDay[]): ComputersSection {
  const merged: Record<DayKey, number> = {};
  const each = computers.map((computer, i) => ({
    name: computer.name,
    thisComputer: i === 0,
    lastHeardFrom: new Date(computer.seen).toISOString(),
    days: {} as Record<DayKey, number>,
  }));
  for (const { day, all, each: shares } of [...days].sort((a, b) => a.day.localeCompare(b.day))) {
    if (all !== null) merged[day] = all * MINUTE;
    shares.forEach((minutes, i) => {
      if (minutes !== null && each[i]) each[i].days[day] = minutes * MINUTE;
    });
  }
  return { merged, each };
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
  ['standing_minutes', 'standingMs', 60_000],
  ['standing_periods', 'standingPeriods', 1],
  ['meeting_holds', 'meetingHolds', 1],
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

export type ImportResult = { ok: true; settings: Partial<Settings>; history: History } | { ok: false; errors: Problem[] };

const fail = (...errors: Problem[]): ImportResult => ({ ok: false, errors });

/**
 * Keys JSON.parse would silently collapse (it keeps the last of two equal keys): days listed twice
 * directly inside `history`, and top-level keys listed twice. Keys are compared decoded, so an
 * escape such as "2026-06-0\u0032" cannot hide a duplicate. Expects text JSON.parse accepted.
 */
function duplicatedKeys(text: string): { topLevel: string[]; days: string[] } {
  const topLevel = new Set<string>();
  const days = new Set<string>();
  const seenTop = new Set<string>();
  let seenDays = new Set<string>();
  // Open containers, innermost last: '{' or '['; only the first two levels matter.
  const open: string[] = [];
  let expectKey = false;
  let lastTopKey = '';
  let inHistory = false;
  const token = /"[^"\\]*(?:\\.[^"\\]*)*"|[{}[\],]/g;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const found = match[0];
    if (found.startsWith('"')) {
      if (!expectKey) continue;
      expectKey = false;
      const key = JSON.parse(found) as string;
      if (open.length === 1) {
        if (seenTop.has(key)) topLevel.add(key);
        seenTop.add(key);
        lastTopKey = key;
      } else if (open.length === 2 && inHistory) {
        if (seenDays.has(key)) days.add(key);
        seenDays.add(key);
      }
    } else if (found === '{') {
      if (open.length === 1 && lastTopKey === 'history') {
        inHistory = true;
        seenDays = new Set();
      }
      open.push(found);
      expectKey = true;
    } else if (found === '[') {
      open.push(found);
      expectKey = false;
    } else if (found === '}' || found === ']') {
      open.pop();
      if (open.length === 1) inHistory = false;
      expectKey = false;
    } else {
      expectKey = open.at(-1) === '{';
    }
  }
  return { topLevel: [...topLevel], days: [...days] };
}

const hours = (ms: number) => Math.round((ms / HOUR) * 100) / 100;

/**
 * Why a day does not fit, or null when it does. A day fits exactly when clampDay, the rule the
 * writer and the reader apply, leaves it as it is: the reason only explains what clampDay would change.
 */
function misfit(day: DayKey, stats: DayStats, now: number): Problem | null {
  const fitted = clampDay(day, stats, now);
  if (fitted === stats) return null;
  const changed = DAY_FIELDS.filter((field) => fitted[field] !== stats[field]);
  // A count clampDay changes was negative, fractional or past MAX_COUNT, except bouts raised to one to hold the sitting.
  const invalid = changed.filter(
    (field) => stats[field] < 0 || (COUNT_FIELDS.includes(field) && !(field === 'bouts' && stats.bouts === 0)),
  );
  if (invalid.length) return problem('importDayInvalid', day, invalid.join(', '));
  const capacity = dayCapacityMs(day, now);
  const tooLong = changed.find((field) => stats[field] > capacity);
  if (tooLong) return problem('importDayTooLong', day, tooLong, hours(stats[tooLong]), hours(capacity));
  if (changed.includes('longestBoutMs')) return problem('importDayLongestBout', day);
  if (changed.includes('prolongedMs')) return problem('importDayProlonged', day);
  if (changed.includes('bouts')) return problem('importDayNoBouts', day);
  return problem('importDayInvalid', day, changed.join(', '));
}

function importHistory(raw: unknown, now: number, errors: Problem[]): History {
  if (!isRecord(raw)) {
    errors.push(problem('importHistoryNotObject'));
    return {};
  }
  const today = dayKey(now);
  const history: Record<DayKey, DayStats> = {};
  for (const [day, value] of Object.entries(raw)) {
    if (!isDayKey(day)) {
      errors.push(problem('importNotADate', shorten(day)));
      continue;
    }
    if (day > today) {
      errors.push(problem('importFutureDay', day));
      continue;
    }
    const record = readDayRecord(value);
    if (!record) {
      errors.push(problem('importDayNotObject', day));
      continue;
    }
    if (record.unreadable.length) {
      errors.push(problem('importDayInvalid', day, record.unreadable.join(', ')));
      continue;
    }
    const wrong = misfit(day, record.stats, now);
    if (wrong) errors.push(wrong);
    else history[day] = record.stats;
  }
  return history;
}

function readImport(text: string, now: number): ImportResult {
  // A number, not text: the page that shows it writes it in the reader's language (2.5, 2,5).
  if (text.length > MAX_IMPORT_BYTES) return fail(problem('importTooLargeMb', Math.round(text.length / 104_857.6) / 10));
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
  const twice = duplicatedKeys(trimmed);
  for (const key of twice.topLevel) errors.push(problem('importDuplicateKey', shorten(key)));
  if (twice.days.length) errors.push(problem('importDuplicateDays', twice.days.map((day) => shorten(day, 20)).join(', ')));
  let settings: Partial<Settings> = {};
  if (data.settings !== undefined) {
    // An older export holds the settings as they were stored then: they take the same migration as storage.
    const parsed = parseSettingsPatch(version.data < 2 ? settingsV2(data.settings) : data.settings);
    settings = parsed.patch;
    errors.push(...parsed.problems);
  }
  const history = importHistory(data.history, now, errors);
  if (errors.length) {
    const shown = errors.slice(0, MAX_LISTED_ERRORS);
    if (errors.length > shown.length) shown.push(problem('importMoreProblems', errors.length - shown.length));
    return { ok: false, errors: shown };
  }
  return { ok: true, settings, history };
}

/**
 * Reads an export back. Every problem is listed, and nothing is imported unless there are none:
 * a half-imported history would be worse than a clear refusal. `now` bounds the days: none after
 * today, and today no more than has passed of it. A file without settings changes no setting.
 * Never throws: anything unexpected is a refusal too.
 */
export function parseImport(text: string, now: number): ImportResult {
  try {
    return readImport(text, now);
  } catch {
    return fail(problem('importUnexpected'));
  }
}

/** What an import did to the history, counted after retention. */
export interface ImportSummary {
  /** Days of the file that were new, and are kept. */
  added: number;
  /** Days of the file that raised a stored day, and are kept. */
  updated: number;
  /** Days of the file that changed nothing, as on a second import of the same file. */
  unchanged: number;
  /** Days of the file older than the HISTORY_DAYS newest days, so not kept. */
  outsideRetention: number;
  /** The oldest day the history keeps after the import; null when it is empty. */
  oldestKept: DayKey | null;
}

function sameDay(a: DayStats, b: DayStats): boolean {
  return DAY_FIELDS.every((field) => a[field] === b[field]);
}

/**
 * Days in both keep, field by field, the larger value, so importing the same export twice changes
 * nothing; what is stored is never cut. The result keeps the HISTORY_DAYS newest days. Returns
 * `current` itself when nothing changed.
 */
export function mergeImport(current: History, incoming: History): { history: History; summary: ImportSummary } {
  const merged: Record<DayKey, DayStats> = { ...current };
  const outcome = new Map<DayKey, 'added' | 'updated' | 'unchanged'>();
  for (const [day, stats] of Object.entries(incoming)) {
    const mine = current[day];
    const combined = { ...stats };
    if (mine) for (const field of DAY_FIELDS) combined[field] = Math.max(mine[field], stats[field]);
    // Each side already fits (the file was checked at `now`, storage by its writer): the larger of the
    // two is only checked for consistency, never cut below what is stored.
    const fitted = clampDay(day, combined);
    if (mine && sameDay(fitted, mine)) {
      outcome.set(day, 'unchanged');
      continue;
    }
    merged[day] = fitted;
    outcome.set(day, mine ? 'updated' : 'added');
  }
  const kept = pruneHistory(merged);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, outsideRetention: 0, oldestKept: null };
  for (const [day, what] of outcome) {
    if (Object.hasOwn(kept, day)) summary[what]++;
    else summary.outsideRetention++;
  }
  summary.oldestKept = Object.keys(kept).sort()[0] ?? null;
  const untouched = summary.added === 0 && summary.updated === 0 && Object.keys(kept).length === Object.keys(current).length;
  return { history: untouched ? current : kept, summary };
}

export type ImportOutcome =
  | { ok: true; settings: Partial<Settings>; history: History; summary: ImportSummary }
  | { ok: false; errors: Problem[] };

/**
 * An export read against the books it goes into: days are checked against the latest time the books
 * prove (knownNow), so a day HipCheck recorded before its clock was set back still imports back.
 */
export function importInto(current: History, text: string, now: number): ImportOutcome {
  const horizon = knownNow(current, now);
  const result = parseImport(text, horizon);
  if (!result.ok) return result;
  const { history, summary } = mergeImport(current, result.history);
  return { ok: true, settings: result.settings, history, summary };
}
