import { dayKey, startOfDay } from '../core/days';
import { type EngineState, INITIAL_ENGINE } from '../core/engine';
import { INITIAL_NUDGES, type NudgeState } from '../core/nudges';
import { DEFAULT_SETTINGS, NUMBER_SETTINGS, type NumberSettingKey, SETTING_KEYS, type Settings } from '../core/settings';
import { readComputerMinutes, readShared } from './computers';
import { monthKeysBetween } from './history-months';
import { type HistoryRead, readStoredHistory } from './history-store';
import { engineItem, nudgesItem, readRepairs, repairsItem, type Snapshot, settingsItem } from './items';
import { isRecord, readHistory } from './records';

/**
 * The light read, for the popup and the History page: kept free of the schema library, which would
 * be a third of either page's script. It is not a second definition of valid: it only keeps what the
 * pages render finite and typed, with the same limits (NUMBER_SETTINGS, and the readers' own day
 * repair), until the background, which validates every read, has repaired storage; a value it lets
 * through that still breaks a render makes the page ask for that repair (ui/repair-on-error.tsx).
 * `readDays` reads the history the page shows; `readComputer`, the other computers' records when this one shares.
 */
export async function readLight(readDays: HistoryRead, readComputer = readComputerMinutes): Promise<Snapshot> {
  const [[settings, engine, nudges, repairs], { days: history }, shared] = await Promise.all([
    Promise.all([settingsItem, engineItem, nudgesItem, repairsItem].map((item) => item.getValue())),
    readDays(),
    readShared(readComputer),
  ]);
  return {
    settings: lightSettings(settings),
    tracked: {
      engine: isRecord(engine) ? (engine as unknown as EngineState) : INITIAL_ENGINE,
      history: isRecord(history) ? readHistory(history).value : {},
    },
    nudges: lightNudges(nudges),
    repairs: readRepairs(repairs),
    shared,
  };
}

/** The popup's read: only the months of the days it shows, today and the week before it. */
export function readStored(): Promise<Snapshot> {
  const now = Date.now();
  return readLight(() => readStoredHistory(monthKeysBetween(dayKey(startOfDay(now, -POPUP_DAYS)), dayKey(now))));
}

/** Days before today the popup's week chart shows. */
const POPUP_DAYS = 7;

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
