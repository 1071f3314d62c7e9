import { MOVES } from './moves';
import { type Dose, doseSeconds, type Move, type Routine, type RoutineStep } from './types';

const hold = (seconds: number): Dose => ({ kind: 'hold', seconds });
const time = (seconds: number): Dose => ({ kind: 'time', seconds });
const reps = (count: number, secondsPerRep = 3): Dose => ({ kind: 'reps', count, secondsPerRep });

/**
 * The built-in routines. Lengths (per-side moves counted twice, no time added for transitions):
 * hip_flexor_release 180 s, desk_two_minutes 120 s, glutes_core 237 s, full_reset 357 s,
 * walking_break 360 s (300 s of walking).
 * Names and summaries live in _locales (routine_<id>_name, routine_<id>_summary).
 */
export const ROUTINES: readonly Routine[] = [
  {
    // About 3 minutes of stretching for the front of the hip and the seat.
    id: 'hip_flexor_release',
    steps: [{ moveId: 'kneeling_hip_flexor' }, { moveId: 'pigeon', dose: hold(30) }, { moveId: 'malasana' }, { moveId: 'childs_pose' }],
  },
  {
    // About 2 minutes, all standing: nothing here needs the floor.
    id: 'desk_two_minutes',
    steps: [{ moveId: 'standing_hip_flexor', dose: hold(25) }, { moveId: 'standing_figure_four', dose: hold(20) }, { moveId: 'squat' }],
  },
  {
    // About 4 minutes of strength for the glutes and deep core, ending with a stretch.
    id: 'glutes_core',
    steps: [
      { moveId: 'squat' },
      { moveId: 'glute_bridge', dose: reps(15) },
      { moveId: 'bird_dog' },
      { moveId: 'forearm_plank' },
      { moveId: 'pigeon', dose: hold(30) },
    ],
  },
  {
    // About 6 minutes: warm up, mobilise, stretch, strengthen, release.
    id: 'full_reset',
    steps: [
      { moveId: 'march_in_place' },
      { moveId: 'cat_cow' },
      { moveId: 'kneeling_hip_flexor' },
      { moveId: 'glute_bridge', dose: reps(15) },
      { moveId: 'bird_dog' },
      { moveId: 'forearm_plank' },
      { moveId: 'malasana' },
      { moveId: 'childs_pose' },
    ],
  },
  {
    // Five minutes of light walking, then one stretch: in Duran et al. 2023, 5 minutes of walking
    // every 30 minutes was the only pattern that clearly lowered blood sugar after meals, and
    // walking beat standing for blood sugar in Buffey et al. 2022. The walk is split into three
    // errands so the break page can cue where to go; the timed doses add up to exactly 300 s, in
    // whole minutes so the preview reads "3 min", not "180 sec".
    id: 'walking_break',
    steps: [
      { moveId: 'water_walk', dose: time(180) },
      { moveId: 'stairs', dose: time(60) },
      { moveId: 'walk', dose: time(60) },
      { moveId: 'standing_hip_flexor' },
    ],
  },
];

/** The routine setting that asks for a different short set of moves at each break. */
export const ROTATE_ID = 'rotate';
/** The routine setting for the user's own list of moves. */
export const CUSTOM_ID = 'custom';

const movesById = new Map(MOVES.map((move) => [move.id, move]));

export function moveById(id: string): Move | undefined {
  return movesById.get(id);
}

/** A built-in routine; 'rotate' and 'custom' are built on demand (rotationRoutine, customRoutine). */
export function routineById(id: string): Routine | undefined {
  return ROUTINES.find((routine) => routine.id === id);
}

/** Seconds one step takes: its own dose or the move's, twice for a per-side move. */
export function stepSeconds(step: RoutineStep): number {
  const move = moveById(step.moveId);
  if (!move) throw new Error(`Unknown move: ${step.moveId}`);
  return doseSeconds(step.dose ?? move.dose) * (move.perSide ? 2 : 1);
}

/** The routine's length in seconds: per-side moves count twice; nothing is added for transitions. */
export function routineSeconds(routine: Routine): number {
  return routine.steps.reduce((total, step) => total + stepSeconds(step), 0);
}

/**
 * The user's own routine. Steps naming a move the library no longer has are dropped, so a list
 * saved by an older version still plays; doses are copied, not shared.
 */
export function customRoutine(steps: readonly RoutineStep[]): Routine {
  return {
    id: CUSTOM_ID,
    steps: steps
      .filter((step) => movesById.has(step.moveId))
      .map((step) => (step.dose ? { moveId: step.moveId, dose: { ...step.dose } } : { moveId: step.moveId })),
  };
}

export interface RotationOptions {
  /** Only moves that need no floor space. */
  deskOnly?: boolean;
}

/** mulberry32: a small seeded generator, so the same seed always gives the same pick. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Picks `count` distinct move ids for the "Rotate" routine, so each break suggests something new.
 *
 * - Deterministic: the same arguments always give the same ids.
 * - Moves not in `previousMoveIds` come first; recently used ones only fill the gaps.
 * - The first pick is never the last move of the previous pick, so two breaks never run the same
 *   move back to back (if that move is the only candidate, the pick is empty).
 * - Within those rules it prefers moves whose main target is not yet covered, for a varied set.
 *
 * Returns fewer than `count` ids when fewer moves qualify.
 */
export function rotationPick(previousMoveIds: readonly string[], seed: number, count = 3, options: RotationOptions = {}): string[] {
  const random = seededRandom(seed);
  const pool = MOVES.filter((move) => !options.deskOnly || move.place === 'desk');
  // Fisher–Yates with the seeded generator.
  const shuffled = [...pool];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as Move, shuffled[i] as Move];
  }
  const previous = new Set(previousMoveIds);
  const lastPrevious = previousMoveIds.at(-1);
  // Tiers in order of preference; the previous last move goes last and never first.
  const tiers = [
    shuffled.filter((move) => !previous.has(move.id)),
    shuffled.filter((move) => previous.has(move.id) && move.id !== lastPrevious),
    shuffled.filter((move) => move.id === lastPrevious),
  ];

  const wanted = Math.max(0, Math.floor(count));
  const picked: Move[] = [];
  const covered = new Set<string>();
  while (picked.length < wanted) {
    const tier = tiers.find((moves) => moves.length > 0);
    if (!tier) break;
    // Within a tier, prefer a move whose main target the pick does not cover yet.
    const varied = tier.findIndex((move) => !covered.has(move.targets[0] as string));
    const [move] = tier.splice(varied === -1 ? 0 : varied, 1) as [Move];
    if (picked.length === 0 && move.id === lastPrevious) break;
    picked.push(move);
    covered.add(move.targets[0] as string);
  }
  return picked.map((move) => move.id);
}

/** The "Rotate" routine for one break, from ids chosen by rotationPick. */
export function rotationRoutine(moveIds: readonly string[]): Routine {
  return { id: ROTATE_ID, steps: moveIds.filter((id) => movesById.has(id)).map((moveId) => ({ moveId })) };
}
