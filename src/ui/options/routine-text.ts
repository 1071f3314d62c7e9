import { CUSTOM_ID, customRoutine, moveById, ROTATE_ID, ROUTINES, routineSeconds } from '../../core/stretches/routines';
import { type Dose, messageKeys, type RoutineStep } from '../../core/stretches/types';
import { t, uiLocale } from '../../i18n';
import { settingSchemas } from '../../storage/schema';
import { doseLabel } from '../break/dose';

/** Every value the routine setting offers, in the order the cards show them. */
export const ROUTINE_CHOICES: readonly string[] = [...ROUTINES.map((routine) => routine.id), ROTATE_ID, CUSTOM_ID];

/** How many moves "Rotate" picks for each break (rotationPick's default). */
export const ROTATE_MOVES = 3;

const unit = (value: number, unit: 'minute' | 'second', display: 'short' | 'long' = 'short') =>
  new Intl.NumberFormat(uiLocale(), { style: 'unit', unit, unitDisplay: display }).format(value);

/** "About 4 min": routine lengths are estimates, since moving between poses takes time too. */
export function lengthText(seconds: number): string {
  return t('routineAbout', [seconds < 60 ? unit(seconds, 'second') : unit(Math.round(seconds / 60), 'minute')]);
}

/** The dose as the break page words it; timed moves keep their seconds so 90 s does not read as 2 min. */
export function doseText(dose: Dose, perSide: boolean): string {
  const amount =
    dose.kind === 'time' ? (dose.seconds % 60 === 0 ? unit(dose.seconds / 60, 'minute') : unit(dose.seconds, 'second')) : doseLabel(dose);
  return perSide ? t('perSide', [amount]) : amount;
}

export const moveName = (moveId: string) => (moveById(moveId) ? t(messageKeys.moveName(moveId)) : moveId);

/** Seconds the custom routine takes, or null while a step's dose is not valid yet. */
export function customSeconds(steps: unknown): number | null {
  const parsed = settingSchemas.customRoutine.safeParse(steps);
  return parsed.success ? routineSeconds(customRoutine(parsed.data)) : null;
}

export function stepsOf(routineId: string, custom: readonly RoutineStep[]): readonly RoutineStep[] {
  if (routineId === CUSTOM_ID) return customRoutine(custom).steps;
  return ROUTINES.find((routine) => routine.id === routineId)?.steps ?? [];
}
