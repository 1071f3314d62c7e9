import type { ComponentChildren } from 'preact';
import type { Rotation } from '../../core/nudges';
import type { Settings } from '../../core/settings';
import { routineSeconds } from '../../core/stretches/routines';
import { chosenRoutine } from '../../core/stretches/suggest';
import { messageKeys } from '../../core/stretches/types';
import { t } from '../../i18n';
import { formatDuration } from '../format';

interface Props {
  settings: Settings;
  rotation: Rotation;
  locale: string;
  onStart: () => void;
  /** The other quick actions, on the same row as "Start break". */
  children?: ComponentChildren;
}

/** The first move of the routine the next break will run, so "Start break" holds no surprise. */
export function SuggestionCard({ settings, rotation, locale, onStart, children }: Props) {
  const routine = chosenRoutine(settings, rotation);
  // Only "Rotate" could come back empty, when the library has a single move left to offer.
  const id = routine.steps[0]?.moveId;
  const minutes = Math.max(1, Math.round(routineSeconds(routine) / 60));
  return (
    <section class="card suggestion" aria-labelledby="suggestion-heading">
      {id && <img class="suggestion__art" src={`/moves/${id}.svg`} alt="" width={64} height={64} />}
      <div class="suggestion__text">
        <h2 id="suggestion-heading">{t('popupSuggested')}</h2>
        {id && (
          <>
            <p class="suggestion__name">{t(messageKeys.moveName(id))}</p>
            <p class="suggestion__cue">{t(messageKeys.moveCue(id))}</p>
          </>
        )}
        <p class="suggestion__routine">
          {t('popupRoutineLength', [t(messageKeys.routineName(routine.id)), formatDuration(minutes * 60_000, locale)])}
        </p>
      </div>
      <div class="suggestion__actions">
        <button type="button" class="suggestion__start" onClick={onStart}>
          {t('popupStartBreak')}
        </button>
        {children}
      </div>
    </section>
  );
}
