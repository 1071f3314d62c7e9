import type { WeekSummary } from '../../core/stats';
import { t } from '../../i18n';
import { formatDuration } from '../format';
import { isImprovement, type Trend, trend } from './compare';

interface Props {
  thisWeek: WeekSummary;
  lastWeek: WeekSummary;
  locale: string;
}

const FIVE_MINUTES = 5 * 60_000;

interface Row {
  key: string;
  label: string;
  value: string;
  change: Trend;
  lowerIsBetter: boolean;
  format: (value: number) => string;
  /** "fewer" for things counted, "less" for amounts of time. */
  counted: boolean;
}

function trendText(row: Row): string {
  const { change } = row;
  switch (change.kind) {
    case 'none':
      return t('historyTrendNone');
    case 'same':
      return t('historyTrendSame');
    case 'more':
      return t('historyTrendMore', [row.format(change.by)]);
    case 'less':
      return t(row.counted ? 'historyTrendFewer' : 'historyTrendLess', [row.format(change.by)]);
  }
}

/** Each change is said in words ("35 min less than last week"); the arrow and its colour only repeat it. */
export function WeekComparison({ thisWeek, lastWeek, locale }: Props) {
  const duration = (ms: number) => formatDuration(ms, locale);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const count = (value: number) => decimal.format(value);
  const rows: Row[] = [
    {
      key: 'sitting',
      label: t('historyPerDaySitting'),
      value: thisWeek.sittingMs === null ? '' : duration(thisWeek.sittingMs),
      change: trend(thisWeek.sittingMs, lastWeek.sittingMs, FIVE_MINUTES),
      lowerIsBetter: true,
      format: duration,
      counted: false,
    },
    {
      key: 'prolonged',
      label: t('historyPerDayProlonged'),
      value: thisWeek.prolongedMs === null ? '' : duration(thisWeek.prolongedMs),
      change: trend(thisWeek.prolongedMs, lastWeek.prolongedMs, FIVE_MINUTES),
      lowerIsBetter: true,
      format: duration,
      counted: false,
    },
    {
      key: 'breaks',
      label: t('historyPerDayBreaks'),
      value: thisWeek.breaks === null ? '' : count(thisWeek.breaks),
      change: trend(thisWeek.breaks, lastWeek.breaks, 0.5),
      lowerIsBetter: false,
      format: count,
      counted: true,
    },
  ];

  return (
    <section class="panel compare" aria-labelledby="compare-heading" data-testid="week-comparison">
      <h2 id="compare-heading">{t('historyCompareHeading')}</h2>
      {thisWeek.days === 0 ? (
        <p class="muted">{t('historyCompareEmpty')}</p>
      ) : (
        <>
          <dl class="compare__rows">
            {rows.map((row) => {
              const better = isImprovement(row.change, row.lowerIsBetter);
              const tone = better === null ? 'even' : better ? 'better' : 'worse';
              return (
                <div key={row.key} class="compare__row">
                  <dt>{row.label}</dt>
                  <dd class="compare__value">{row.value}</dd>
                  <dd class={`compare__trend compare__trend--${tone}`}>
                    <span class={`compare__arrow compare__arrow--${row.change.kind}`} aria-hidden="true" />
                    {trendText(row)}
                  </dd>
                </div>
              );
            })}
          </dl>
          <p class="note">{t('historyCompareNote')}</p>
        </>
      )}
    </section>
  );
}
