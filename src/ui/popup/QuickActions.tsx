import { useEffect, useRef } from 'preact/hooks';
import type { PauseChoice } from '../../core/schedule';
import { t } from '../../i18n';
import type { Request } from '../../messages';
import { formatDuration } from '../format';
import { PauseMenu } from './PauseMenu';
import { canSnooze, type PopupStatus } from './status';

interface Props {
  status: PopupStatus;
  snoozeMinutes: number;
  locale: string;
  send: (request: Request) => void;
}

/** Snooze, pause and resume, a meeting and its end, in the row after "Start break" on the suggestion card. */
export function QuickActions({ status, snoozeMinutes, locale, send }: Props) {
  const paused = status.kind === 'paused';
  const meeting = status.kind === 'meeting';
  const snooze = canSnooze(status);
  // The button the person pressed disappears once storage confirms; focus follows to its replacement.
  const handedOver = useRef(false);
  const resume = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if ((paused || meeting) && handedOver.current) resume.current?.focus();
  }, [paused, meeting]);

  const hand = (request: Request) => {
    handedOver.current = true;
    send(request);
  };
  const pause = (choice: PauseChoice) => hand({ type: 'pause', choice });

  return (
    <div class="actions">
      {snooze && (
        <button type="button" class="secondary snooze" onClick={() => send({ type: 'nudge:snooze' })}>
          {t('popupSnooze', [formatDuration(snoozeMinutes * 60_000, locale)])}
        </button>
      )}
      {paused || meeting ? (
        <button
          ref={resume}
          type="button"
          class="secondary"
          onClick={() => hand(paused ? { type: 'resume' } : { type: 'meeting', held: false })}
        >
          {t(paused ? 'popupResume' : 'popupMeetingOver')}
        </button>
      ) : (
        <PauseMenu
          onPause={pause}
          onMeeting={() => hand({ type: 'meeting', held: true })}
          autoFocus={handedOver.current}
          compact={snooze}
        />
      )}
    </div>
  );
}
