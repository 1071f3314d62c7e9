import { storage } from '@wxt-dev/storage';
import type { Tracked } from '../core/engine';
import type { NudgeState } from '../core/nudges';
import type { Settings } from '../core/settings';
import type { ImportReport } from '../messages';
import type { Problem } from '../problems';
import { SHARING_KEY, type Shared, SPANS_KEY } from './computers';
import { ENGINE_KEY, NUDGES_KEY, REPAIRS_KEY, SETTINGS_KEY } from './keys';
import { isRecord } from './records';
import { settingsV2 } from './settings-migration';

/**
 * Storage holds `unknown` on purpose: the background validates everything it reads
 * (parse.ts) and repairs what it must; pages read the same items.
 * Settings live in sync storage so they follow the person to their other computers; the
 * engine and history are per device.
 */
export const settingsItem = storage.defineItem<unknown>(`sync:${SETTINGS_KEY}`, {
  fallback: null,
  version: 2,
  migrations: { 2: settingsV2 },
});
// Stryker disable next-line ObjectLiteral: @wxt-dev/storage takes version 1 and a null fallback when given neither, so {} reads and migrates the same
export const engineItem = storage.defineItem<unknown>(`local:${ENGINE_KEY}`, { fallback: null, version: 1 });
// Stryker disable next-line ObjectLiteral: @wxt-dev/storage takes version 1 and a null fallback when given neither, so {} reads and migrates the same
export const nudgesItem = storage.defineItem<unknown>(`local:${NUDGES_KEY}`, { fallback: null, version: 1 });
/** Repairs the background made to its own storage, until a page has shown them. */
// Stryker disable next-line ObjectLiteral: @wxt-dev/storage takes version 1 and a null fallback when given neither, so {} reads and migrates the same
export const repairsItem = storage.defineItem<unknown>(`local:${REPAIRS_KEY}`, { fallback: null, version: 1 });
/**
 * Set once the background has checked every month in this browser session. Chrome stops an idle worker
 * after 30 s and the next alarm starts it again, so "every worker start" is nearly every minute: the
 * check of all of the history belongs once per session, not once per start. Session storage is cleared
 * when the browser quits.
 */
// Stryker disable next-line ObjectLiteral: without a fallback the item reads null, which its only reader (background/tracker.ts) negates as it does false
export const checkedAllItem = storage.defineItem<boolean>('session:checkedAllMonths', { fallback: false });
/** This computer's part in sharing across computers (computers.ts): written only by the background. */
// Stryker disable next-line ObjectLiteral: @wxt-dev/storage takes version 1 and a null fallback when given neither, so {} reads and migrates the same
export const sharingItem = storage.defineItem<unknown>(`local:${SHARING_KEY}`, { fallback: null, version: 1 });
/** The spans of closed bouts in the days shared across computers: kept whether or not this computer shares, so turning it on shares today whole. */
// Stryker disable next-line ObjectLiteral: @wxt-dev/storage takes version 1 and a null fallback when given neither, so {} reads and migrates the same
export const spansItem = storage.defineItem<unknown>(`local:${SPANS_KEY}`, { fallback: null, version: 1 });
/** What the last import changed, under the id its page sent: written with the imported history, in the same call. */
// Stryker disable next-line ObjectLiteral: @wxt-dev/storage's fallback when given none is null, the fallback named here
export const importReceiptItem = storage.defineItem<unknown>('local:importReceipt', { fallback: null });

export function readImportReceipt(raw: unknown, id: string): ImportReport | null {
  if (!isRecord(raw) || raw.id !== id || !isRecord(raw.report)) return null;
  const { settings, ...days } = raw.report;
  const counts = ['added', 'updated', 'unchanged', 'outsideRetention'] as const;
  if (!Array.isArray(settings) || !counts.every((key) => Number.isInteger(days[key]))) return null;
  return raw.report as unknown as ImportReport;
}

/** What the pages show: settings, the engine's books and the reminder state. */
export interface Snapshot {
  settings: Settings;
  tracked: Tracked;
  nudges: NudgeState;
  /** Repairs the background made and nobody has been told about yet. */
  repairs: Problem[];
  /** While this computer shares its sitting, for the pages that merge it (popup, History); null otherwise. */
  shared?: Shared | null;
}
