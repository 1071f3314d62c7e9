import { useEffect, useRef } from 'preact/hooks';
import type { PauseChoice } from '../../core/schedule';
import { t } from '../../i18n';

const CHOICES: Array<{ key: string; choice: PauseChoice }> = [
  { key: 'popupPause30', choice: { minutes: 30 } },
  { key: 'popupPause60', choice: { minutes: 60 } },
  { key: 'popupPauseTomorrow', choice: { until: 'tomorrow' } },
];

interface Props {
  onPause: (choice: PauseChoice) => void;
  /** "In a meeting": not a pause of a chosen length but a hold until the meeting is likely over. */
  onMeeting: () => void;
  /** Put focus on the toggle when it appears, e.g. after "Resume" replaced it. */
  autoFocus?: boolean;
  /** A shorter visible label, for when "Snooze" shares the row. */
  compact?: boolean;
}

/**
 * A native popover: the browser opens and closes it, closes it on Escape or a click outside, returns
 * focus to the toggle and tells screen readers whether it is expanded. Nothing to script, nothing to
 * ship, which matters inside the popup's size budget.
 */
export function PauseMenu({ onPause, onMeeting, autoFocus = false, compact = false }: Props) {
  const toggle = useRef<HTMLButtonElement>(null);
  // One menu per popup: a fixed id is enough.
  const menuId = 'pause-menu';
  useEffect(() => {
    if (autoFocus) toggle.current?.focus();
  }, []);

  return (
    <div class="pause">
      {/* Beside "Snooze" the row is too narrow for the full label. A sign alone left people guessing, so a
          short word shows; the full name, which begins with it, stays the button's name for screen readers and voice control. */}
      <button ref={toggle} type="button" class="secondary pause__toggle" popovertarget={menuId} aria-label={t('popupPause')}>
        {compact ? t('popupPauseShort') : t('popupPause')}
        <span class="pause__chevron" aria-hidden="true" />
      </button>
      <ul id={menuId} popover="auto" class="pause__choices" aria-label={t('popupPauseFor')}>
        {CHOICES.map(({ key, choice }) => (
          <li key={key}>
            <button type="button" class="secondary" popovertarget={menuId} popovertargetaction="hide" onClick={() => onPause(choice)}>
              {t(key)}
            </button>
          </li>
        ))}
        <li class="pause__meeting">
          <button type="button" class="secondary" popovertarget={menuId} popovertargetaction="hide" onClick={onMeeting}>
            {t('popupMeeting')}
          </button>
        </li>
      </ul>
    </div>
  );
}
