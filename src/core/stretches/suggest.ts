import type { Rotation } from '../nudges';
import type { Settings } from '../settings';
import { CUSTOM_ID, customRoutine, ROTATE_ID, rotationPick, rotationRoutine, routineById } from './routines';
import type { Routine } from './types';

export const DEFAULT_ROUTINE_ID = 'hip_flexor_release';

/** The routine the next break runs: the chosen one, this break's rotation, or the custom one. */
export function chosenRoutine(settings: Pick<Settings, 'routine' | 'customRoutine'>, rotation: Rotation): Routine {
  if (settings.routine === ROTATE_ID) return rotationRoutine(rotationPick(rotation.previous, rotation.seed));
  if (settings.routine === CUSTOM_ID) {
    const custom = customRoutine(settings.customRoutine);
    if (custom.steps.length > 0) return custom;
  }
  return routineById(settings.routine) ?? (routineById(DEFAULT_ROUTINE_ID) as Routine);
}

/** After a completed break, "Rotate" moves on to different moves. */
export function nextRotation(rotation: Rotation, routine: Routine): Rotation {
  return { seed: rotation.seed + 1, previous: routine.steps.map((step) => step.moveId) };
}
