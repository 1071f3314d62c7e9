import type { DayLabel } from '../chart/day-bars';

/** Thirty bars are too narrow for "Mon": the date, with the weekday's initial underneath. */
export function dateLabel(locale: string): DayLabel {
  const dayOfMonth = new Intl.DateTimeFormat(locale, { day: 'numeric' });
  const initial = new Intl.DateTimeFormat(locale, { weekday: 'narrow' });
  return (date) => [dayOfMonth.format(date), initial.format(date)];
}
