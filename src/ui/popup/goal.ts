import { wholeMinutes } from '../format';

export interface GoalProgress {
  /** Share of the goal used, 0 to 1, for the bar. */
  ratio: number;
  /** Sitting still within the goal, or 0 once it is passed. */
  leftMs: number;
  /** Sitting beyond the goal, or 0. */
  overMs: number;
}

/**
 * Today's sitting against the daily goal, which is a ceiling to stay under, not a target to reach.
 * Sitting counts in the whole minutes the popup shows for it, so the two figures always add up to the
 * goal (from the milliseconds, 40 seconds would read "0 min" sitting yet "5 hr 59 min left" of 6 hours).
 */
export function goalProgress(sittingMs: number, goalMinutes: number): GoalProgress {
  const goalMs = Math.max(1, goalMinutes) * 60_000;
  const sitting = wholeMinutes(sittingMs) * 60_000;
  return {
    ratio: Math.min(1, sitting / goalMs),
    leftMs: Math.max(0, goalMs - sitting),
    overMs: Math.max(0, sitting - goalMs),
  };
}
