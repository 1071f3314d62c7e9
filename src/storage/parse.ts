import { type EngineState, INITIAL_ENGINE } from '../core/engine';
import type { History } from '../core/history';
import { INITIAL_NUDGES, type NudgeState } from '../core/nudges';
import { DEFAULT_SETTINGS, NUMBER_SETTINGS, SETTING_KEYS, type Settings } from '../core/settings';
import { type Problem, problem } from '../problems';
import { engineItem, historyItem, nudgesItem, readRepairs, repairsItem, type Snapshot, settingsItem } from './items';
import { preview, shorten } from './preview';
import { isRecord, readHistory } from './records';
import { engineSchema, nudgeSchema, settingSchemas } from './schema';

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
    if (!Object.hasOwn(raw, key)) continue;
    const parsed = settingSchemas[key].safeParse(raw[key]);
    if (parsed.success) value[key] = parsed.data;
    else problems.push(settingProblem(key, raw[key]));
  }
  return { value: value as unknown as Settings, problems };
}

function settingProblem(key: keyof Settings, raw: unknown): Problem {
  const shown = preview(raw);
  if (key in NUMBER_SETTINGS) {
    const { min, max, fallback } = NUMBER_SETTINGS[key as keyof typeof NUMBER_SETTINGS];
    return problem('problem_settingOutOfRange', key, shown, min, max, fallback);
  }
  return problem('problem_settingInvalid', key, shown);
}

/**
 * What to write back to storage when stored settings had to fall back, or null when nothing needs
 * writing. Until it is written, every page reads the broken values again and falls back again. Keys
 * this version does not know stay as they are: settings sync, and a newer HipCheck on another
 * computer may own them.
 */
export function repairedSettings(raw: unknown): Record<string, unknown> | null {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw)) return { ...DEFAULT_SETTINGS };
  const { value } = parseSettings(raw);
  const broken = SETTING_KEYS.filter((key) => Object.hasOwn(raw, key) && raw[key] !== value[key]);
  if (broken.length === 0) return null;
  const repaired: Record<string, unknown> = { ...raw };
  for (const key of broken) repaired[key] = DEFAULT_SETTINGS[key];
  return repaired;
}

/**
 * Some settings, each checked alone with the same schemas the reader uses: what an import or a page
 * asks to change. Only the settings it names are in `patch`; an unknown key is a problem, not ignored.
 */
export function parseSettingsPatch(raw: unknown): { patch: Partial<Settings>; problems: Problem[] } {
  if (!isRecord(raw)) return { patch: {}, problems: [problem('importSettingsNotObject')] };
  const patch: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!SETTING_KEYS.includes(key as keyof Settings)) {
      problems.push(problem('importUnknownSetting', shorten(key)));
      continue;
    }
    const parsed = settingSchemas[key as keyof Settings].safeParse(value);
    if (parsed.success) patch[key] = parsed.data;
    else problems.push(problem('importSettingInvalid', key, preview(value)));
  }
  return { patch: patch as Partial<Settings>, problems };
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

/** How many days a repair notice names; the count says how many there were. */
const LISTED_DAYS = 5;
const listDays = (days: string[]) =>
  days
    .slice(0, LISTED_DAYS)
    .map((day) => shorten(day, 20))
    .join(', ');

/** Each day is repaired alone (see repairDay); a day is dropped only when nothing in it can be trusted. */
export function parseHistory(raw: unknown): Loaded<History> {
  if (raw === null || raw === undefined) return { value: {}, problems: [] };
  if (!isRecord(raw)) return { value: {}, problems: [problem('problem_historyUnreadable')] };
  const { value, dropped, repaired } = readHistory(raw);
  const problems: Problem[] = [];
  if (dropped.length) problems.push(problem('problem_daysDropped', dropped.length, listDays(dropped)));
  if (repaired.length) problems.push(problem('problem_daysRepaired', repaired.length, listDays(repaired)));
  return { value, problems };
}

export interface LoadedSettings extends Loaded<Settings> {
  /** The stored settings with their broken fields reset, for the background to write back; null when none broke. */
  writeBack: Record<string, unknown> | null;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const raw = await settingsItem.getValue();
  return { ...parseSettings(raw), writeBack: repairedSettings(raw) };
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
