import { useState } from 'preact/hooks';
import { MOVES } from '../../core/stretches/moves';
import { moveById } from '../../core/stretches/routines';
import type { Dose } from '../../core/stretches/types';
import { t, uiLocale } from '../../i18n';
import { type StepDraft, stepDraft } from './draft';
import { describedBy, errorId, FieldError, hintId } from './fields';
import { MoveThumb } from './RoutinePicker';
import { moveName } from './routine-text';
import type { FieldsProps } from './use-settings-form';

const AMOUNT_LABELS: Record<Dose['kind'], string> = {
  hold: 'amountHold',
  time: 'amountTime',
  reps: 'amountReps',
  breaths: 'amountBreaths',
};

/** Focus follows the step that moved; after a re-order the old element may have been re-inserted. */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

interface StepRowProps {
  step: StepDraft;
  index: number;
  count: number;
  error: string | undefined;
  onAmount: (value: string) => void;
  onShift: (offset: -1 | 1) => void;
  onRemove: () => void;
  onBlur: () => void;
}

function StepRow({ step, index, count, error, onAmount, onShift, onRemove, onBlur }: StepRowProps) {
  const move = moveById(step.moveId);
  const name = moveName(step.moveId);
  const amountId = `${step.id}-amount`;
  const first = index === 0;
  const last = index === count - 1;
  return (
    <li class="step">
      <MoveThumb moveId={step.moveId} />
      <div class="step__main">
        <span class="step__name">{name}</span>
        {step.baseDose && (
          <div class="step__dose">
            <label for={amountId}>{t(AMOUNT_LABELS[step.baseDose.kind])}</label>
            <input
              id={amountId}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={step.amount}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={describedBy(move?.perSide && hintId(amountId), error && errorId(`step-${step.id}`))}
              onInput={(event) => onAmount(event.currentTarget.value)}
              onBlur={onBlur}
            />
            {move?.perSide && (
              <span class="field__hint" id={hintId(amountId)}>
                {t('eachSide')}
              </span>
            )}
          </div>
        )}
        <FieldError id={`step-${step.id}`} message={error} />
      </div>
      {/* aria-disabled rather than disabled: a disabled button drops keyboard focus mid-reorder. */}
      <div class="step__actions">
        <button
          type="button"
          class="secondary small"
          id={`${step.id}-up`}
          aria-label={t('moveUpLabel', [name])}
          aria-disabled={first ? 'true' : undefined}
          onClick={() => !first && onShift(-1)}
        >
          <span aria-hidden="true">↑</span> {t('moveUp')}
        </button>
        <button
          type="button"
          class="secondary small"
          id={`${step.id}-down`}
          aria-label={t('moveDownLabel', [name])}
          aria-disabled={last ? 'true' : undefined}
          onClick={() => !last && onShift(1)}
        >
          <span aria-hidden="true">↓</span> {t('moveDown')}
        </button>
        <button type="button" class="secondary small" id={`${step.id}-remove`} aria-label={t('removeStepLabel', [name])} onClick={onRemove}>
          {t('remove')}
        </button>
      </div>
    </li>
  );
}

/** The person's own routine: moves from the library, in their order, with their own holds or reps. */
export function RoutineBuilder({ draft, errors, update, touch }: FieldsProps) {
  const steps = draft.customRoutine;
  const [pick, setPick] = useState((MOVES[0] as { id: string }).id);
  const [said, setSaid] = useState('');
  const format = new Intl.NumberFormat(uiLocale());
  const setSteps = (fn: (steps: StepDraft[]) => StepDraft[]) => update('customRoutine', fn);

  const add = () => {
    const step = stepDraft({ moveId: pick });
    setSteps((list) => [...list, step]);
    touch('customRoutine');
    setSaid(t('stepAdded', [moveName(pick), format.format(steps.length + 1)]));
  };

  const shift = (index: number, offset: -1 | 1) => {
    const step = steps[index] as StepDraft;
    const target = index + offset;
    setSteps((list) => {
      const next = [...list];
      next.splice(index, 1);
      next.splice(target, 0, step);
      return next;
    });
    setSaid(t('stepMoved', [moveName(step.moveId), format.format(target + 1), format.format(steps.length)]));
    focusSoon(`${step.id}-${offset < 0 ? 'up' : 'down'}`);
  };

  const remove = (index: number) => {
    const step = steps[index] as StepDraft;
    setSteps((list) => list.filter((item) => item.id !== step.id));
    setSaid(t('stepRemoved', [moveName(step.moveId)]));
    const neighbour = steps[index + 1] ?? steps[index - 1];
    focusSoon(neighbour ? `${neighbour.id}-remove` : 'builder-move');
  };

  return (
    <section class="builder" aria-labelledby="builder-title">
      <h3 id="builder-title">{t('builderTitle')}</h3>
      <p class="field__hint">{t('builderIntro')}</p>
      <div class="builder__add">
        <div class="field">
          <label for="builder-move">{t('builderMoveLabel')}</label>
          <select id="builder-move" value={pick} onChange={(event) => setPick(event.currentTarget.value)}>
            <optgroup label={t('placeDesk')}>
              {MOVES.filter((move) => move.place === 'desk').map((move) => (
                <option key={move.id} value={move.id}>
                  {moveName(move.id)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('placeFloor')}>
              {MOVES.filter((move) => move.place === 'floor').map((move) => (
                <option key={move.id} value={move.id}>
                  {moveName(move.id)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <button type="button" class="secondary" onClick={add}>
          {t('builderAdd')}
        </button>
      </div>
      {steps.length === 0 ? (
        <p class="builder__empty">{t('builderEmpty')}</p>
      ) : (
        <ol class="steps" aria-labelledby="builder-title">
          {steps.map((step, index) => (
            <StepRow
              key={step.id}
              step={step}
              index={index}
              count={steps.length}
              error={errors[`step-${step.id}`]}
              onAmount={(value) => setSteps((list) => list.map((item) => (item.id === step.id ? { ...item, amount: value } : item)))}
              onShift={(offset) => shift(index, offset)}
              onRemove={() => remove(index)}
              onBlur={() => touch('customRoutine')}
            />
          ))}
        </ol>
      )}
      <FieldError id="customRoutine" message={errors.customRoutine} />
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
