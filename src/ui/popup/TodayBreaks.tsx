import type { DayStats } from '../../core/history';
import { t } from '../../i18n';
import { formatDuration } from '../format';

interface Props {
  day: DayStats;
  locale: string;
}

/** Today's breaks next to the two numbers that show whether sitting came in long, unbroken stretches. */
export function TodayBreaks({ day, locale }: Props) {
  const count = new Intl.NumberFormat(locale);
  const items: Array<[string, string, string]> = [
    ['guided', t('popupGuidedBreaks'), count.format(day.guidedBreaks)],
    ['natural', t('naturalBreaks'), count.format(day.naturalBreaks)],
    ['ignored', t('popupIgnoredNudges'), count.format(day.ignoredNudges)],
    ['longest', t('longestBout'), formatDuration(day.longestBoutMs, locale)],
    ['prolonged', t('popupProlonged'), formatDuration(day.prolongedMs, locale)],
  ];
  return (
    <section class="card breaks" aria-labelledby="breaks-heading">
      <h2 id="breaks-heading">{t('popupBreaksHeading')}</h2>
      <dl class="tally">
        {items.map(([key, label, value]) => (
          <div key={key} class={`tally__item tally__item--${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
