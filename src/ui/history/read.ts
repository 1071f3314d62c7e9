import { addDays, dayKey } from '../../core/days';
import { readRecentHistory } from '../../storage/history-store';
import { readLight } from '../../storage/light-read';

/** Days the chart and the table show, today last; the weekly figures look back no further. */
export const DAYS_SHOWN = 30;

/** What the History page shows, read light: the days it lists and, for "counting since", the oldest month; never two years' worth. */
export function readHistoryPage() {
  const today = dayKey(Date.now());
  return readLight(() => readRecentHistory(addDays(today, 1 - DAYS_SHOWN), today));
}
