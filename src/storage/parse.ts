import { MAX_BOUT_MS } from '../core/day-limits';
import { type Bout, type EngineState, INITIAL_ENGINE, type Presence } from '../core/engine';
import type { History } from '../core/history';
import { INITIAL_NUDGES, type NudgeState } from '../core/nudges';
import { DEFAULT_SETTINGS, NUMBER_SETTINGS, SETTING_KEYS, type Settings } from '../core/settings';
import { type Problem, problem } from '../problems';
import { readStoredHistory } from './history-store';
import { engineItem, nudgesItem, repairsItem, type Snapshot, settingsItem } from './items';
import { preview, shorten } from './preview';
import { isRecord, readHistory, readRepairs } from './records';
import { engineSchema, nudgeFieldSchemas, settingSchemas } from './schema';

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
  const broken = SETTING_KEYS.filter((key) => Object.hasOwn(raw, key) && !settingSchemas[key].safeParse(raw[key]).success);
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

/**
 * The engine's state, repaired where it can be rather than started afresh: `now` bounds it. Only a
 * state whose shape is wrong (a string, an unknown presence, a negative time) starts afresh.
 */
export function parseEngine(raw: unknown, now: number): Loaded<EngineState> {
  if (raw === null || raw === undefined) return { value: INITIAL_ENGINE, problems: [] };
  const parsed = engineSchema.safeParse(raw);
  if (!parsed.success) return { value: INITIAL_ENGINE, problems: [problem('problem_engineUnreadable')] };
  const value = boundEngine(parsed.data, now);
  return { value, problems: sameEngine(value, parsed.data) ? [] : [problem('problem_engineRepaired')] };
}

/**
 * A clock set back by up to this much leaves state that looks ahead of `now` but is true: the engine
 * itself closes such a bout where it was (its clock-went-back rule), keeping the time it counted.
 * State further ahead than a day and a bit is not from this computer's clock, and is cut back to now.
 */
const CLOCK_SET_BACK_MS = 26 * 3_600_000;

/**
 * Nothing in the state may lie far after `now`: state from a wrong clock would otherwise let the
 * engine credit days that have not come. Nor after the last signal, as the engine credits sitting
 * only up to it. A bout keeps its spans ascending, disjoint and non-empty, within its start and at
 * most MAX_BOUT_MS before the last signal: the most recent part is the part most likely true.
 */
function boundEngine(engine: EngineState, now: number): EngineState {
  const latest = (at: number) => (at > now + CLOCK_SET_BACK_MS ? now : at);
  const lastSignalAt = engine.lastSignalAt === null ? null : latest(engine.lastSignalAt);
  const horizon = lastSignalAt ?? now;
  const { presence, bout, standing, standingEnded } = engine;
  const bounded: EngineState = { presence: boundPresence(presence, horizon), lastSignalAt, bout: bout && boundBout(bout, horizon) };
  // The engine never sits and stands at once: such a state keeps the bout, as sitting is what HipCheck assumes.
  if (standing !== undefined) bounded.standing = standing && !bout ? boundBout(standing, horizon) : null;
  if (standingEnded !== undefined) bounded.standingEnded = standingEnded;
  return bounded;
}

/** A lock begins no earlier than input stopped: a lock dated before it would make a break come early. */
function boundPresence(presence: Presence, horizon: number): Presence {
  if (presence.kind === 'unknown') return presence;
  const since = Math.min(presence.since, horizon);
  if (presence.kind === 'active' || presence.lockedAt === undefined) return { ...presence, since };
  return { ...presence, since, lockedAt: Math.min(Math.max(presence.lockedAt, since), horizon) };
}

function boundBout(bout: Bout, horizon: number): Bout {
  const startedAt = Math.min(horizon, Math.max(bout.startedAt, horizon - MAX_BOUT_MS));
  const clipped = bout.spans
    .map(([from, to]): [number, number] => [Math.max(from, startedAt), Math.min(to, horizon)])
    .filter(([from, to]) => from < to)
    .sort((a, b) => a[0] - b[0]);
  const spans: Array<[number, number]> = [];
  for (const span of clipped) {
    const last = spans.at(-1);
    // Overlapping spans would count the same minutes twice: they become one. Touching ones already count nothing twice.
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else spans.push(span);
  }
  return { startedAt, spans };
}

function sameEngine(a: EngineState, b: EngineState): boolean {
  const since = (e: EngineState) => (e.presence.kind === 'unknown' ? null : e.presence.since);
  const lockedAt = (e: EngineState) => (e.presence.kind === 'away' ? e.presence.lockedAt : undefined);
  if (a.lastSignalAt !== b.lastSignalAt || since(a) !== since(b) || lockedAt(a) !== lockedAt(b)) return false;
  return sameBout(a.bout, b.bout) && sameBout(a.standing ?? null, b.standing ?? null);
}

function sameBout(a: Bout | null, b: Bout | null): boolean {
  if (!a || !b) return a === b;
  const other = b.spans;
  return (
    a.startedAt === b.startedAt &&
    a.spans.length === other.length &&
    a.spans.every(([from, to], i) => from === other[i]?.[0] && to === other[i]?.[1])
  );
}

/** The longest pause HipCheck offers is "until tomorrow": at most 25 hours away, on the night clocks go back. */
const MAX_PAUSE_MS = 25 * 3_600_000;

/** The longest hold a meeting gets: a half hour and a half, plus its minute (meeting.ts). */
const MAX_MEETING_MS = 41 * 60_000;

const NUDGE_FIELDS = Object.keys(nudgeFieldSchemas) as Array<keyof NudgeState>;

/**
 * The reminder state, field by field: a bad field falls back alone to its initial value, and a
 * missing one (state from before the field existed) takes it silently. A pause or meeting hold
 * reaching further than any HipCheck offers is ended, or reminders could stay silent for good.
 */
export function parseNudges(raw: unknown, now: number): Loaded<NudgeState> {
  if (raw === null || raw === undefined) return { value: INITIAL_NUDGES, problems: [] };
  if (!isRecord(raw)) return { value: INITIAL_NUDGES, problems: [problem('problem_nudgesUnreadable')] };
  const value: Record<string, unknown> = {};
  let repaired = false;
  for (const key of NUDGE_FIELDS) {
    if (!Object.hasOwn(raw, key)) {
      value[key] = INITIAL_NUDGES[key];
      continue;
    }
    const parsed = nudgeFieldSchemas[key].safeParse(raw[key]);
    value[key] = parsed.success ? parsed.data : INITIAL_NUDGES[key];
    repaired ||= !parsed.success;
  }
  let nudges = value as unknown as NudgeState;
  // A meeting hold further off than any HipCheck sets would keep nudges silent for good.
  if (nudges.meetingUntil !== null && nudges.meetingUntil > now + MAX_MEETING_MS) {
    nudges = { ...nudges, meetingUntil: null };
    repaired = true;
  }
  const problems = repaired ? [problem('problem_nudgesRepaired')] : [];
  if (nudges.pausedUntil !== null && nudges.pausedUntil > now + MAX_PAUSE_MS) {
    return { value: { ...nudges, pausedUntil: null }, problems: [...problems, problem('problem_pauseTooLong')] };
  }
  return { value: nudges, problems };
}

/** How many days a repair notice names; the count says how many there were. */
const LISTED_DAYS = 5;
const listDays = (days: string[]) =>
  days
    .slice(0, LISTED_DAYS)
    .map((day) => shorten(day, 20))
    .join(', ');

/** Each day is repaired alone (see repairDay); a day is dropped only when nothing in it can be trusted. */
export function parseHistory(raw: unknown, alsoDropped: string[] = []): Loaded<History> {
  if (raw === null || raw === undefined) return { value: {}, problems: historyProblems(alsoDropped, []) };
  if (!isRecord(raw)) return { value: {}, problems: [problem('problem_historyUnreadable')] };
  const { value, dropped, repaired } = readHistory(raw);
  return { value, problems: historyProblems([...alsoDropped, ...dropped], repaired) };
}

/** What a repair notice says about days: those dropped (keys that are not days, broken months) and those repaired. */
export function historyProblems(dropped: string[], repaired: string[]): Problem[] {
  const problems: Problem[] = [];
  if (dropped.length) problems.push(problem('problem_daysDropped', dropped.length, listDays(dropped)));
  if (repaired.length) problems.push(problem('problem_daysRepaired', repaired.length, listDays(repaired)));
  return problems;
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

/** Everything the background keeps, bounded by `now`, with all of the history: what the pages read (never migrating, never writing). */
export async function loadBooks(now = Date.now()): Promise<LoadedBooks> {
  const [engine, stored, nudges] = await Promise.all([engineItem.getValue(), readStoredHistory(), nudgesItem.getValue()]);
  return { engine: parseEngine(engine, now), history: parseHistory(stored.days, stored.dropped), nudges: parseNudges(nudges, now) };
}

/** Everything a page shows, read as the background reads it: validated, with repairs applied in memory. */
export async function readSnapshot(now = Date.now()): Promise<Snapshot> {
  const [settings, books, repairs] = await Promise.all([loadSettings(), loadBooks(now), repairsItem.getValue()]);
  return {
    settings: settings.value,
    tracked: { engine: books.engine.value, history: books.history.value },
    nudges: books.nudges.value,
    repairs: readRepairs(repairs),
  };
}
