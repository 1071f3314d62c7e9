import { t } from '../../i18n';
import { formatClock } from '../popup/clock';

interface Props {
  /** When the background's hold ends; null until its write reaches storage. */
  until: number | null;
  now: number;
  locale: string;
}

/** What stays on the break tab after "In a meeting", where the browser would not let the page close itself. */
export function MeetingHold({ until, now, locale }: Props) {
  return (
    <section class="meeting-held" aria-labelledby="meeting-held-title">
      <h1 id="meeting-held-title" data-testid="meeting-held">
        {until === null ? t('popupMeeting') : t('popupStatusMeetingUntil', [formatClock(until, now, locale)])}
      </h1>
      <p>{t('breakMeetingHeld')}</p>
    </section>
  );
}
