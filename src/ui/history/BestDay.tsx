import type { DayRow } from '../../core/stats';
import { t } from '../../i18n';
import { dayDate } from '../chart/day-bars';
import { formatDuration } from '../format';

interface Props {
  best: DayRow | null;
  locale: string;
}

export function BestDay({ best, locale }: Props) {
  return (
    <section class="panel best" aria-labelledby="best-heading" data-testid="best-day">
      <h2 id="best-heading">{t('historyBestHeading')}</h2>
      {best ? (
        <>
          <p class="best__date">
            {new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric' }).format(dayDate(best.day))}
          </p>
          <dl class="best__facts">
            <div>
              <dt>{t('historyColProlonged')}</dt>
              <dd>{formatDuration(best.prolongedMs, locale)}</dd>
            </div>
            <div>
              <dt>{t('historyColBreaks')}</dt>
              <dd>{new Intl.NumberFormat(locale).format(best.guidedBreaks + best.naturalBreaks)}</dd>
            </div>
            <div>
              <dt>{t('historyColSitting')}</dt>
              <dd>{formatDuration(best.sittingMs, locale)}</dd>
            </div>
          </dl>
          <p class="note">{t('historyBestWhy')}</p>
        </>
      ) : (
        <p class="muted">{t('historyBestEmpty')}</p>
      )}
    </section>
  );
}
