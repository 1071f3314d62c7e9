import { CUSTOM_ID, moveById, ROTATE_ID, ROUTINES, routineSeconds } from '../../core/stretches/routines';
import { messageKeys, type RoutineStep } from '../../core/stretches/types';
import { pluralKey, t, uiLocale } from '../../i18n';
import { customSeconds, doseText, lengthText, moveName, ROTATE_MOVES, ROUTINE_CHOICES } from './routine-text';

/** The illustrations use fixed colours, so they sit on a light tile in both themes. */
export function MoveThumb({ moveId }: { moveId: string }) {
  return <img class="thumb" src={`/moves/${moveId}.svg`} alt="" width={72} height={58} />;
}

function metaText(routineId: string, custom: unknown): string {
  const moves = (count: number) => t(pluralKey('routineMoves', count), [new Intl.NumberFormat(uiLocale()).format(count)]);
  if (routineId === ROTATE_ID) return t('rotateMeta', [moves(ROTATE_MOVES)]);
  if (routineId === CUSTOM_ID) {
    const steps = Array.isArray(custom) ? custom.length : 0;
    if (steps === 0) return t('customEmptyMeta');
    const seconds = customSeconds(custom);
    return seconds === null ? moves(steps) : `${lengthText(seconds)} · ${moves(steps)}`;
  }
  const routine = ROUTINES.find((candidate) => candidate.id === routineId);
  return routine ? `${lengthText(routineSeconds(routine))} · ${moves(routine.steps.length)}` : '';
}

interface RoutineChoicesProps {
  /** Groups of radios need distinct names when a page shows two pickers. */
  name?: string;
  value: string;
  /** The custom steps as the form proposes them, for the custom card's length. */
  custom: unknown;
  onChange: (routineId: string) => void;
}

/** Radio cards: name, what the routine is for, and how long it takes. */
export function RoutineChoices({ name = 'routine', value, custom, onChange }: RoutineChoicesProps) {
  return (
    <fieldset class="cards">
      <legend>{t('routineLegend')}</legend>
      <div class="cards__grid">
        {ROUTINE_CHOICES.map((id) => {
          const inputId = `${name}-${id}`;
          return (
            <label class="card" key={id} for={inputId}>
              <input
                id={inputId}
                type="radio"
                name={name}
                value={id}
                checked={value === id}
                aria-labelledby={`${inputId}-name`}
                aria-describedby={`${inputId}-summary ${inputId}-meta`}
                onChange={() => onChange(id)}
              />
              <span class="card__text">
                <span class="card__name" id={`${inputId}-name`}>
                  {t(messageKeys.routineName(id))}
                </span>
                <span class="card__summary" id={`${inputId}-summary`}>
                  {t(messageKeys.routineSummary(id))}
                </span>
                <span class="card__meta" id={`${inputId}-meta`}>
                  {metaText(id, custom)}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The moves of the chosen routine, in order, with their doses. */
export function RoutinePreview({ routineId, steps }: { routineId: string; steps: readonly RoutineStep[] }) {
  if (routineId === ROTATE_ID) return <p class="preview__note">{t('rotatePreview')}</p>;
  return (
    <div class="preview">
      <h3 id="preview-title">{t('previewTitle', [t(messageKeys.routineName(routineId))])}</h3>
      <ol class="moves" aria-labelledby="preview-title">
        {steps.map((step, i) => {
          const move = moveById(step.moveId);
          return (
            <li class="moves__item" key={`${step.moveId}-${i}`}>
              <MoveThumb moveId={step.moveId} />
              <span class="moves__text">
                <span class="moves__name">{moveName(step.moveId)}</span>
                {move && <span class="moves__dose">{doseText(step.dose ?? move.dose, move.perSide)}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
