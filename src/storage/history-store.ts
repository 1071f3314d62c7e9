import { browser } from '../native-browser';
import { HISTORY_MARK, inMonthLayout, isMonthKey, type JoinedMonths, joinMonths, type MonthKey, OLD_HISTORY } from './history-months';

/**
 * History as stored, for any reader: the month items named, or every one. While the background has
 * not yet migrated (history-migration.ts), the single item of versions 1 and 2 is read instead, as
 * it is: readers never migrate and never write.
 */
export async function readStoredHistory(months?: MonthKey[]): Promise<JoinedMonths> {
  const stored = await browser.storage.local.get(months ? [HISTORY_MARK, OLD_HISTORY, ...months] : null);
  if (!inMonthLayout(stored)) return { days: stored[OLD_HISTORY], dropped: [] } as JoinedMonths;
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
