import type { DayKey } from '../../core/days';
import type { WeekSummary } from '../../core/stats';
import { t } from '../../i18n';
import { dayDate } from '../chart/day-bars';
import { formatDuration } from '../format';

interface Props {
  weeks: ReadonlyArray<{ from: DayKey; to: DayKey } & WeekSummary>;
  locale: string;
}

/** A week with no tracked day has no average: a dash, with words for screen readers. */
function NoData() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span class="visually-hidden">{t('historyNoData')}</span>
    </>
  );
}

export function WeeklyAverages({ weeks, locale }: Props) {
  const range = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Newest week first, like the daily table.
  const newestFirst = [...weeks].reverse();
  return (
    <section class="panel weeks" aria-labelledby="weeks-heading">
      <h2 id="weeks-heading">{t('historyWeeksHeading')}</h2>
      <table class="table table--compact">
        <caption class="note">{t('historyWeeksCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyColWeek')}</th>
            <th scope="col" class="num">
              {t('historyColSitting')}
            </th>
            <th scope="col" class="num">
              {t('historyColProlongedShort')}
            </th>
            <th scope="col" class="num">
              {t('historyColBreaks')}
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((week) => (
            <tr key={week.from}>
              <th scope="row">{range.formatRange(dayDate(week.from), dayDate(week.to))}</th>
              <td class="num">{week.sittingMs === null ? <NoData /> : formatDuration(week.sittingMs, locale)}</td>
              <td class="num">{week.prolongedMs === null ? <NoData /> : formatDuration(week.prolongedMs, locale)}</td>
              <td class="num">{week.breaks === null ? <NoData /> : decimal.format(week.breaks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
