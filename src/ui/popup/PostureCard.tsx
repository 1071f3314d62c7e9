import type { DayStats } from '../../core/history';
import type { StandingEndReason } from '../../core/standing';
import { t } from '../../i18n';
import type { Request } from '../../messages';
import { formatDuration } from '../format';
import { formatClock } from './clock';
import { useToldOnce } from './use-told-once';

interface Props {
  standing: { since: number } | null;
  day: DayStats;
  /** Standing that ended by itself, not yet told. */
  ended: StandingEndReason | null;
  now: number;
  locale: string;
  send: (request: Request) => void;
}

const ENDED_KEYS = {
  break: 'popupStandingEndedBreak',
  startup: 'popupStandingEndedStartup',
  sleep: 'popupStandingEndedSleep',
} as const;

/**
 * Sit-stand desks: how the person is counted now, today's split once they have stood, and the one
 * button that says they stand. A pressed button (aria-pressed), not a changing label, so a screen
 * reader hears the same control in both states.
 */
export function PostureCard({ standing, day, ended, now, locale, send }: Props) {
  const told = useToldOnce(ended, () => send({ type: 'posture:seen' }));
  return (
    <section class="card posture" aria-label={t('popupPostureHeading')}>
      {told && (
        <p class="posture__ended" role="status" data-testid="standing-ended">
          {t(ENDED_KEYS[told])}
        </p>
      )}
      <p class="posture__now" data-testid="posture">
        {standing ? t('popupStandingSince', [formatClock(standing.since, now, locale)]) : t('popupSittingNow')}
      </p>
      {day.standingMs > 0 && (
        <p class="posture__split" data-testid="posture-split">
          {t('popupPostureSplit', [formatDuration(day.sittingMs, locale), formatDuration(day.standingMs, locale)])}
        </p>
      )}
      <button
        type="button"
        class="secondary posture__toggle"
        aria-pressed={standing ? 'true' : 'false'}
        onClick={() => send({ type: 'posture', posture: standing ? 'sitting' : 'standing' })}
      >
        {t('popupImStanding')}
      </button>
    </section>
  );
}
