import { dayKey, startOfDay } from '../core/days';
import { type EngineState, INITIAL_ENGINE } from '../core/engine';
import { INITIAL_NUDGES, type NudgeState } from '../core/nudges';
import { DEFAULT_SETTINGS, NUMBER_SETTINGS, type NumberSettingKey, SETTING_KEYS, type Settings } from '../core/settings';
import { browser } from '../native-browser';
import { COMPUTER_PREFIX, SHARING_KEY, SPANS_KEY, sharedFrom } from './computers';
import { HISTORY_MARK, isMonthKey, monthKeysBetween, OLD_HISTORY } from './history-months';
import { type HistoryRead, historyIn, historyKeys } from './history-store';
import type { Snapshot } from './items';
import { ENGINE_KEY, NUDGES_KEY, REPAIRS_KEY, SETTINGS_KEY } from './keys';
import { isRecord, readHistory, readRepairs } from './records';

/** What the light read takes from local storage besides the history. */
const LOCAL_KEYS = [ENGINE_KEY, NUDGES_KEY, REPAIRS_KEY, SHARING_KEY, SPANS_KEY];
/** Days before today the popup's week chart shows. */
const POPUP_DAYS = 7;

/**
 * The light read, for the popup and the History page: kept free of the schema library, which would
 * be a third of either page's script, and of the storage library, read with the browser's own API in
 * two calls. It is not a second definition of valid: it only keeps what the
 * pages render finite and typed, with the same limits (NUMBER_SETTINGS, and the readers' own day
 * repair), until the background, which validates every read, has repaired storage; a value it lets
 * through that still breaks a render makes the page ask for that repair (ui/repair-on-error.tsx).
 * `readDays` reads the history the page shows.
 */
export async function readLight(readDays: HistoryRead): Promise<Snapshot> {
  const [local, sync, { days }] = await Promise.all([
    browser.storage.local.get(LOCAL_KEYS),
    // The settings and, while this computer shares, the other computers' records.
    browser.storage.sync.get(null),
    readDays(),
  ]);
  return lightSnapshot(local, sync, days);
}

function lightSnapshot(local: Record<string, unknown>, sync: Record<string, unknown>, history: unknown): Snapshot {
  const engine = local[ENGINE_KEY];
  return {
    settings: lightSettings(sync[SETTINGS_KEY]),
    tracked: {
      engine: isRecord(engine) ? (engine as unknown as EngineState) : INITIAL_ENGINE,
      history: isRecord(history) ? readHistory(history).value : {},
    },
    nudges: lightNudges(local[NUDGES_KEY]),
    repairs: readRepairs(local[REPAIRS_KEY]),
    shared: sharedFrom(local, sync),
  };
}

/** Calls `changed` whenever the background writes anything the light read reads, history and computers' records included. */
export function watchLight(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const read =
      area === 'sync'
        ? (key: string) => key === SETTINGS_KEY || key.startsWith(COMPUTER_PREFIX)
        : (key: string) => LOCAL_KEYS.includes(key) || key === OLD_HISTORY || key === HISTORY_MARK || isMonthKey(key);
    if (Object.keys(changes).some(read)) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The popup's read: only the months of the days it shows, today and the week before it, read with the
 * other local items in one call to each storage area.
 */
export async function readStored(): Promise<Snapshot> {
  const now = Date.now();
  const months = monthKeysBetween(dayKey(startOfDay(now, -POPUP_DAYS)), dayKey(now));
  const [local, sync] = await Promise.all([
    browser.storage.local.get([...LOCAL_KEYS, ...historyKeys(months)]),
    browser.storage.sync.get(null),
  ]);
  return lightSnapshot(local, sync, historyIn(local).days);
}

function lightSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const value = raw[key];
    const fallback = DEFAULT_SETTINGS[key];
    const limit = NUMBER_SETTINGS[key as NumberSettingKey];
    const fits = limit
      ? Number.isInteger(value) && (value as number) >= limit.min && (value as number) <= limit.max
      : typeof value === typeof fallback && Array.isArray(value) === Array.isArray(fallback);
    if (fits) settings[key] = value;
  }
  return settings as unknown as Settings;
}

/** Instants a Date can hold; anything else (1e16, text) would make the clock formatting throw. */
const instantOrNull = (value: unknown) => (typeof value === 'number' && Math.abs(value) <= 8.64e15 ? value : null);

function lightNudges(raw: unknown): NudgeState {
  if (!isRecord(raw)) return INITIAL_NUDGES;
  const nudges = { ...INITIAL_NUDGES, ...raw } as NudgeState;
  const count = (value: unknown) => (Number.isFinite(value) ? (value as number) : 0);
  return {
    ...nudges,
    boutStartedAt: instantOrNull(nudges.boutStartedAt),
    pausedUntil: instantOrNull(nudges.pausedUntil),
    meetingUntil: instantOrNull(nudges.meetingUntil),
    shown: count(nudges.shown),
    snoozes: count(nudges.snoozes),
    dueAtMs: count(nudges.dueAtMs),
    notificationsBlocked: nudges.notificationsBlocked === true,
    rotation: isRecord(nudges.rotation) && Array.isArray(nudges.rotation.previous) ? nudges.rotation : INITIAL_NUDGES.rotation,
  };
}
