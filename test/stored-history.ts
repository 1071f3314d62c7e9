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
