import type { DayKey } from '../../core/days';
import type { DayRow } from '../../core/stats';
import { t } from '../../i18n';
import { formatDuration } from '../format';
import type { ChartBar } from './BarChart';

/** Noon of a local day: safe from DST shifts when only the date is formatted. */
export function dayDate(day: DayKey): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** The label under a day's bar, and an optional second line. */
export type DayLabel = (date: Date) => [label: string, sublabel?: string];

/** A week reads best by weekday: "Mon". */
export function weekdayLabel(locale: string): DayLabel {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  return (date) => [weekday.format(date)];
}

/** One bar per day of sitting, and of standing where there was some, described in words with the full date. */
export function dayBars(rows: readonly DayRow[], today: DayKey, locale: string, labelOf: DayLabel): ChartBar[] {
  const full = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric' });
  return rows.map((row) => {
    const date = dayDate(row.day);
    const [label, sublabel] = labelOf(date);
    return {
      key: row.day,
      value: row.sittingMs,
      standing: row.standingMs,
      label,
      sublabel,
      description: `${full.format(date)}: ${formatDuration(row.sittingMs, locale)}${
        row.standingMs > 0 ? t('chartStandingDescription', [formatDuration(row.standingMs, locale)]) : ''
      }`,
      current: row.day === today,
    };
  });
}
