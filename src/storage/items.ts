import { storage } from '@wxt-dev/storage';
import { type EngineState, INITIAL_ENGINE, type Tracked } from '../core/engine';
import { INITIAL_NUDGES, type NudgeState } from '../core/nudges';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { isProblem, type Problem } from '../problems';
import { isRecord, readHistory } from './records';

/**
 * Storage holds `unknown` on purpose: the background validates everything it reads
 * (parse.ts) and repairs what it must; pages read the same items.
 * Settings live in sync storage so they follow the person to their other computers; the
 * engine and history are per device.
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: null, version: 1 });
export const engineItem = storage.defineItem<unknown>('local:engine', { fallback: null, version: 1 });
export const nudgesItem = storage.defineItem<unknown>('local:nudges', { fallback: null, version: 1 });
/** Repairs the background made to its own storage, until a page has shown them. */
export const repairsItem = storage.defineItem<unknown>('local:repairs', { fallback: null, version: 1 });
/**
 * Read-only for pages: no version and no migrations, because @wxt-dev/storage runs an item's
 * migrations wherever the item is defined, and a page must never write the books. The background
 * defines the same key with its migrations (history-migration.ts); pages meeting older days get
 * them filled in memory by the readers' repair (records.ts).
 */
export const historyItem = storage.defineItem<unknown>('local:history', { fallback: null });

/** What the pages show: settings, the engine's books and the reminder state. */
export interface Snapshot {
  settings: Settings;
  tracked: Tracked;
  nudges: NudgeState;
  /** Repairs the background made and nobody has been told about yet. */
  repairs: Problem[];
}

/**
 * The popup's read, kept free of the schema library so the popup stays small: what the background
 * wrote, with defaults for anything missing. The background validates and repairs storage on every
 * event it handles; the popup renders defensively in the meantime.
 */
export async function readStored(): Promise<Snapshot> {
  const [settings, engine, history, nudges, repairs] = await Promise.all(
    [settingsItem, engineItem, historyItem, nudgesItem, repairsItem].map((item) => item.getValue()),
  );
  return {
    settings: { ...DEFAULT_SETTINGS, ...(isRecord(settings) ? settings : {}) },
    tracked: {
      engine: isRecord(engine) ? (engine as unknown as EngineState) : INITIAL_ENGINE,
      // Day by day through the readers' repair, so a page meeting a v1 day or a broken counter still shows numbers.
      history: isRecord(history) ? readHistory(history).value : {},
    },
    nudges: isRecord(nudges) ? { ...INITIAL_NUDGES, ...nudges } : INITIAL_NUDGES,
    repairs: readRepairs(repairs),
  };
}

export function readRepairs(raw: unknown): Problem[] {
  return Array.isArray(raw) ? raw.filter(isProblem).slice(0, 10) : [];
}
