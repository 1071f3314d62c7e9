/**
 * The stretch library's shape. Text is not stored here: every name, instruction and cue is a
 * locale message keyed by the move id (see messageKeys), so the library translates with the UI.
 */
export const TARGETS = ['hip_flexors', 'glutes', 'core', 'back', 'whole_body'] as const;
export type Target = (typeof TARGETS)[number];

/** Where the move fits: standing at the desk, or needing floor space. */
export const PLACES = ['desk', 'floor'] as const;
export type Place = (typeof PLACES)[number];

export const CAUTIONS = ['knee', 'back', 'wrist'] as const;
export type Caution = (typeof CAUTIONS)[number];

export type Dose =
  | { kind: 'hold'; seconds: number }
  | { kind: 'reps'; count: number; secondsPerRep: number }
  | { kind: 'breaths'; count: number; secondsPerBreath: number }
  | { kind: 'time'; seconds: number };

export interface Move {
  /** Lower snake case: it is also the prefix of the move's locale messages. */
  id: string;
  targets: Target[];
  place: Place;
  dose: Dose;
  /** Run left, then right, with a "switch sides" cue between. */
  perSide: boolean;
  /** How many instruction lines the move has (messages move_<id>_step1 … stepN), 2 to 4. */
  steps: number;
  caution: Caution | null;
  /** Where the dose comes from, e.g. "ACSM; Harvard Health". */
  source: string;
}

export interface RoutineStep {
  moveId: string;
  /** Overrides the move's own dose, e.g. a shorter hold in a two-minute routine. */
  dose?: Dose;
}

export interface Routine {
  /** Lower snake case; also the prefix of routine_<id>_name and routine_<id>_summary. */
  id: string;
  steps: RoutineStep[];
}

export const messageKeys = {
  moveName: (id: string) => `move_${id}_name`,
  moveStep: (id: string, n: number) => `move_${id}_step${n}`,
  moveCue: (id: string) => `move_${id}_cue`,
  caution: (caution: Caution) => `caution_${caution}`,
  target: (target: Target) => `target_${target}`,
  routineName: (id: string) => `routine_${id}_name`,
  routineSummary: (id: string) => `routine_${id}_summary`,
};

/** Seconds a dose takes, for countdowns and routine lengths. */
export function doseSeconds(dose: Dose): number {
  switch (dose.kind) {
    case 'hold':
    case 'time':
      return dose.seconds;
    case 'reps':
      return dose.count * dose.secondsPerRep;
    case 'breaths':
      return dose.count * dose.secondsPerBreath;
  }
}
