import type { DayKey } from '../../core/days';
import type { DayRow } from '../../core/stats';
import { t } from '../../i18n';
import { dayDate } from '../chart/day-bars';
import { formatDuration } from '../format';

interface Props {
  /** Newest first. */
  rows: readonly DayRow[];
  today: DayKey;
  locale: string;
  /** The rows start where counting began, short of the full 30 days. */
  sinceStart: boolean;
}

const COLUMNS = ['historyColSitting', 'historyColBouts', 'historyColLongest', 'historyColBreaks', 'historyColProlonged'];

export function HistoryTable({ rows, today, locale, sinceStart }: Props) {
  // Standing gets its column only where someone stood: most people never will.
  const stood = rows.some((row) => row.standingMs > 0);
  // Likewise nudges held for meetings: a column only once a meeting held one.
  const met = rows.some((row) => row.meetingHolds > 0);
  const columns = [
    ...(stood ? ['historyColSitting', 'historyColStanding', ...COLUMNS.slice(1)] : COLUMNS),
    ...(met ? ['historyColMeetings'] : []),
  ];
  const date = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' });
  const count = new Intl.NumberFormat(locale);
  return (
    <section class="panel days" aria-labelledby="days-heading">
      <h2 id="days-heading">{t('historyDaysHeading')}</h2>
      <table class="table" data-testid="history-table">
        <caption class="note">{t(sinceStart ? 'historyTableCaptionSince' : 'historyTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyColDate')}</th>
            {columns.map((key) => (
              <th key={key} scope="col" class="num">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isToday = row.day === today;
            const breaks = row.guidedBreaks + row.naturalBreaks;
            return (
              <tr key={row.day} class={row.sittingMs > 0 ? undefined : 'is-empty'}>
                <th scope="row">
                  <time dateTime={row.day}>{date.format(dayDate(row.day))}</time>
                  {isToday && <span class="tag">{t('historyToday')}</span>}
                </th>
                {row.sittingMs > 0 ? (
                  <>
                    <td class="num">{formatDuration(row.sittingMs, locale)}</td>
                    {stood && <td class="num">{formatDuration(row.standingMs, locale)}</td>}
                    <td class="num">{count.format(row.bouts)}</td>
                    <td class="num">{formatDuration(row.longestBoutMs, locale)}</td>
                    <td class="num">
                      {count.format(breaks)}
                      {row.guidedBreaks > 0 && <span class="sub"> · {t('historyGuided', [count.format(row.guidedBreaks)])}</span>}
                    </td>
                    <td class="num">{formatDuration(row.prolongedMs, locale)}</td>
                    {met && <td class="num">{count.format(row.meetingHolds)}</td>}
                  </>
                ) : (
                  <td colSpan={columns.length} class="empty">
                    {t('historyNoSitting')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
