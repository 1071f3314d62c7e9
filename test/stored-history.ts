import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HISTORY_MARK, HISTORY_VERSION, isMonthKey, joinMonths, splitIntoMonths } from '../src/storage/history-months';

/** Writes `history` as the background stores it: one item per month, and the layout's version mark. */
export async function seedHistory(history: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set({ ...splitIntoMonths(history), [HISTORY_MARK]: { v: HISTORY_VERSION } });
}

/** Every stored day, joined from the month items as stored; null when there is no month item at all. */
export async function storedHistory(): Promise<Record<string, unknown> | null> {
  const stored = await fakeBrowser.storage.local.get(null);
  if (!Object.keys(stored).some(isMonthKey)) return null;
  return joinMonths(stored).days as Record<string, unknown>;
}

/** storage.local.getKeys as Chrome 130 and Firefox 143 have it; wxt's fake browser does not. Keys come in the order written. */
export function withGetKeys(): void {
  // Bound before any spy: listing keys is not a read of their values.
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  Object.assign(fakeBrowser.storage.local, { getKeys: async () => Object.keys(await get(null)) });
}

/** The fake browser as wxt makes it again: no storage.local.getKeys. */
export function withoutGetKeys(): void {
  delete (fakeBrowser.storage.local as { getKeys?: unknown }).getKeys;
}
