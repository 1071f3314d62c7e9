import { t } from '../../i18n';
import { formatDuration } from '../format';
import { endsAtMidnight, formatClock } from './clock';
import { minutesUntil, type PopupStatus } from './status';

interface Props {
  status: PopupStatus;
  now: number;
  locale: string;
  breakIntervalMinutes: number;
}

const minutes = (ms: number, locale: string) => formatDuration(minutesUntil(ms) * 60_000, locale);

export function statusText(status: PopupStatus, now: number, locale: string, breakIntervalMinutes: number): string {
  switch (status.kind) {
    case 'paused':
      return endsAtMidnight(status.until, now)
        ? t('popupStatusPausedTomorrow')
        : t('popupStatusPausedUntil', [formatClock(status.until, now, locale)]);
    case 'meeting':
      return t('popupStatusMeetingUntil', [formatClock(status.until, now, locale)]);
    case 'offHours':
      return t('popupStatusOffHours');
    case 'away':
      return t('popupStatusAway');
    case 'standing':
      return t('popupStatusStanding');
    case 'notSitting':
      return t('popupStatusNotSitting', [formatDuration(breakIntervalMinutes * 60_000, locale)]);
    case 'due':
      return status.nextReminderMs === null ? t('popupStatusDue') : t('popupStatusDueReminder', [minutes(status.nextReminderMs, locale)]);
    case 'next':
      return t('popupStatusNext', [minutes(status.inMs, locale)]);
  }
}

/** The tone only echoes the words: "Break due now" says it without the colour. */
const toneOf = ({ kind }: PopupStatus) =>
  kind === 'due' ? kind : kind === 'next' || kind === 'away' || kind === 'standing' ? 'calm' : 'quiet';

export function StatusLine({ status, now, locale, breakIntervalMinutes }: Props) {
  return (
    <p class={`status status--${toneOf(status)}`} data-testid="status">
      <span class="status__dot" aria-hidden="true" />
      {statusText(status, now, locale, breakIntervalMinutes)}
    </p>
  );
}
