import type { DayKey } from '../../core/days';
import { MINUTE } from '../../core/shared-days';
import { t } from '../../i18n';
import { dayDate } from '../chart/day-bars';
import { formatDuration } from '../format';
import type { ComputerDays } from './computer-days';

interface Props {
  shown: ComputerDays;
  today: DayKey;
  locale: string;
}

/** A figure that cannot be given: said in words to a screen reader, a dash to the eye. */
function Unknown({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span class="visually-hidden">{label}</span>
    </>
  );
}

/**
 * The days across the person's computers: all of them together, each minute once, where every computer's
 * minutes reach (the last 8 days), and each computer's own time beside it.
 */
export function Computers({ shown, today, locale }: Props) {
  const date = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' });
  const minutes = (value: number | null, unknown: string) =>
    value === null ? <Unknown label={unknown} /> : formatDuration(value * MINUTE, locale);
  return (
    <div class="panel computers">
      <h2 id="computers-heading">{t('historyComputersHeading')}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: with many computers the table is wider than the page, and a region that scrolls must take keyboard focus to be scrolled (WCAG 2.1.1; axe's scrollable-region-focusable) */}
      <section class="computers__scroll" aria-labelledby="computers-heading" tabIndex={0}>
        <table class="table table--compact" data-testid="computers-table">
          <caption class="note">{t('historyComputersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('historyColDate')}</th>
              <th scope="col" class="num">
                {t('historyComputersAll')}
              </th>
              {shown.computers.map((computer, i) => (
                <th scope="col" class="num" key={computer.id}>
                  {computer.name || t('computersUnnamed')}
                  {i === 0 && <span class="sub"> · {t('computersThisOne')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.days.map((row) => (
              <tr key={row.day}>
                <th scope="row">
                  <time dateTime={row.day}>{date.format(dayDate(row.day))}</time>
                  {row.day === today && <span class="tag">{t('historyToday')}</span>}
                </th>
                <td class="num" data-testid="all-computers">
                  {minutes(row.all, t('historyComputersNotMerged'))}
                </td>
                {row.each.map((value, i) => (
                  <td class="num" key={shown.computers[i]?.id}>
                    {minutes(value, t('historyComputersUnknown'))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
