import type { DayKey } from '../core/days';
import { browser } from '../native-browser';
import {
  HISTORY_MARK,
  inMonthLayout,
  isMonthKey,
  type JoinedMonths,
  joinMonths,
  type MonthKey,
  monthKeysBetween,
  OLD_HISTORY,
} from './history-months';

/** The history a page reads: all of it, unless the page shows only recent days (readRecentHistory). */
export type HistoryRead = () => Promise<JoinedMonths>;

/**
 * History as stored, for any reader: the month items named, or every one. While the background has
 * not yet migrated (history-migration.ts), the single item of versions 1 and 2 is read instead, as
 * it is: readers never migrate and never write.
 */
export async function readStoredHistory(months?: MonthKey[]): Promise<JoinedMonths> {
  return historyIn(await browser.storage.local.get(months ? historyKeys(months) : null));
}

/** The keys to read for the month items named: the layout mark and the single item of versions 1 and 2 too. */
export const historyKeys = (months: MonthKey[]): string[] => [HISTORY_MARK, OLD_HISTORY, ...months];

/** The history among items read from local storage (other items among them are passed over), in either layout. */
export function historyIn(stored: Record<string, unknown>): JoinedMonths {
  if (!inMonthLayout(stored)) return { days: stored[OLD_HISTORY], dropped: [] };
  return joinMonths(stored);
}

/** Calls `changed` whenever any part of the history is written, in either layout. */
export function watchHistory(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key === OLD_HISTORY || key === HISTORY_MARK || isMonthKey(key))) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The months from the one holding `from` to the one holding `to`, and the oldest month stored, whose
 * first day is when counting began: a page showing recent days reads three items at most, not two
 * years. The oldest is found by key alone (storage.local.getKeys: Chrome 130, Firefox 143); where
 * the browser lacks it, everything is read in one call, as before.
 */
export async function readRecentHistory(from: DayKey, to: DayKey): Promise<JoinedMonths> {
  const local = browser.storage.local as { getKeys?: () => Promise<string[]> };
  if (!local.getKeys) return readStoredHistory();
  const recent = monthKeysBetween(from, to);
  const [stored, keys] = await Promise.all([readStoredHistory(recent), local.getKeys()]);
  const oldest = keys.filter(isMonthKey).sort()[0];
  if (oldest === undefined || recent.includes(oldest)) return stored;
  const older = await readStoredHistory([oldest]);
  return { days: { ...(older.days as object), ...(stored.days as object) }, dropped: [...older.dropped, ...stored.dropped] };
}
