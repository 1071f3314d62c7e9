import { isDayKey } from '../core/days';
import { type EngineState, INITIAL_ENGINE } from '../core/engine';
import type { DayStats, History } from '../core/history';
import { INITIAL_NUDGES, type NudgeState } from '../core/nudges';
import { DEFAULT_SETTINGS, NUMBER_SETTINGS, SETTING_KEYS, type Settings } from '../core/settings';
import { type Problem, problem } from '../problems';
import { engineItem, historyItem, isRecord, nudgesItem, readRepairs, repairsItem, type Snapshot, settingsItem } from './items';
import { dayStatsSchema, engineSchema, nudgeSchema, settingSchemas } from './schema';

/** A value read from storage, plus what had to be repaired to get it. */
export interface Loaded<T> {
  value: T;
  problems: Problem[];
}

/** Each bad setting falls back to its own default; the good ones stay. */
export function parseSettings(raw: unknown): Loaded<Settings> {
  if (raw === null || raw === undefined) return { value: DEFAULT_SETTINGS, problems: [] };
  if (!isRecord(raw)) return { value: DEFAULT_SETTINGS, problems: [problem('problem_settingsUnreadable')] };
  const value: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: Problem[] = [];
  for (const key of SETTING_KEYS) {
    if (!(key in raw)) continue;
    const parsed = settingSchemas[key].safeParse(raw[key]);
    if (parsed.success) value[key] = parsed.data;
    else problems.push(settingProblem(key, raw[key]));
  }
  return { value: value as unknown as Settings, problems };
}

function settingProblem(key: keyof Settings, raw: unknown): Problem {
  const shown = String(JSON.stringify(raw)).slice(0, 40);
  if (key in NUMBER_SETTINGS) {
    const { min, max, fallback } = NUMBER_SETTINGS[key as keyof typeof NUMBER_SETTINGS];
    return problem('problem_settingOutOfRange', key, shown, min, max, fallback);
  }
  return problem('problem_settingInvalid', key, shown);
}

export function parseEngine(raw: unknown): Loaded<EngineState> {
  if (raw === null || raw === undefined) return { value: INITIAL_ENGINE, problems: [] };
  const parsed = engineSchema.safeParse(raw);
  if (parsed.success && spansInOrder(parsed.data)) return { value: parsed.data, problems: [] };
  return { value: INITIAL_ENGINE, problems: [problem('problem_engineUnreadable')] };
}

function spansInOrder(engine: EngineState): boolean {
  let previous = Number.NEGATIVE_INFINITY;
  for (const [from, to] of engine.bout?.spans ?? []) {
    if (from < previous || to < from) return false;
    previous = to;
  }
  return true;
}

export function parseNudges(raw: unknown): Loaded<NudgeState> {
  if (raw === null || raw === undefined) return { value: INITIAL_NUDGES, problems: [] };
  const parsed = nudgeSchema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { value: INITIAL_NUDGES, problems: [problem('problem_nudgesUnreadable')] };
}

/** A corrupt day is dropped alone; every other day is kept. */
export function parseHistory(raw: unknown): Loaded<History> {
  if (raw === null || raw === undefined) return { value: {}, problems: [] };
  if (!isRecord(raw)) return { value: {}, problems: [problem('problem_historyUnreadable')] };
  const value: Record<string, DayStats> = {};
  const dropped: string[] = [];
  for (const [day, stats] of Object.entries(raw)) {
    const parsed = dayStatsSchema.safeParse(stats);
    if (isDayKey(day) && parsed.success) value[day] = parsed.data;
    else dropped.push(day);
  }
  const problems = dropped.length ? [problem('problem_daysDropped', dropped.length, dropped.slice(0, 5).join(', '))] : [];
  return { value, problems };
}

export async function loadSettings(): Promise<Loaded<Settings>> {
  return parseSettings(await settingsItem.getValue());
}

export interface LoadedBooks {
  engine: Loaded<EngineState>;
  history: Loaded<History>;
  nudges: Loaded<NudgeState>;
}

/** Everything the background keeps. Item by item, because only getValue waits for migrations. */
export async function loadBooks(): Promise<LoadedBooks> {
  const [engine, history, nudges] = await Promise.all([engineItem.getValue(), historyItem.getValue(), nudgesItem.getValue()]);
  return { engine: parseEngine(engine), history: parseHistory(history), nudges: parseNudges(nudges) };
}

/** Everything a page shows, read as the background reads it: validated, with repairs applied in memory. */
export async function readSnapshot(): Promise<Snapshot> {
  const [settings, books, repairs] = await Promise.all([loadSettings(), loadBooks(), repairsItem.getValue()]);
  return {
    settings: settings.value,
    tracked: { engine: books.engine.value, history: books.history.value },
    nudges: books.nudges.value,
    repairs: readRepairs(repairs),
  };
}
