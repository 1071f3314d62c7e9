import { addDays, type DayKey } from '../../core/days';
import { type DayStats, dayOf, type History } from '../../core/history';
import { t } from '../../i18n';
import { BarChart } from '../chart/BarChart';
import { dayBars, weekdayLabel } from '../chart/day-bars';
import { formatDuration } from '../format';

interface Props {
  history: History;
  /** Today as the popup counts it, with the open bout included. */
  today: DayStats;
  todayKey: DayKey;
  goalMinutes: number;
  locale: string;
}

export function WeekChart({ history, today, todayKey, goalMinutes, locale }: Props) {
  // Built here rather than with stats.lastDays: the build puts that in a chunk shared with the History page's statistics, which would cost the popup 0.3 KB gzip.
  const rows = Array.from({ length: 7 }, (_, i) => {
    const day = addDays(todayKey, i - 6);
    return { day, ...(day === todayKey ? today : dayOf(history, day)) };
  });
  const goal = formatDuration(goalMinutes * 60_000, locale);
  return (
    <section class="card week" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('popupWeekHeading')}</h2>
      <BarChart
        bars={dayBars(rows, todayKey, locale, weekdayLabel(locale))}
        goal={{ value: goalMinutes * 60_000, label: t('chartGoal', [goal]) }}
        title={t('popupWeekChartTitle')}
        summary={t('popupWeekChartSummary', [goal])}
        width={306}
        height={104}
        locale={locale}
      />
    </section>
  );
}
