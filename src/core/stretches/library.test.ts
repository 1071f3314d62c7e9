import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { localeNames, mergedMessages } from '../../../scripts/locales';
import { MOVES } from './moves';
import {
  CUSTOM_ID,
  customRoutine,
  moveById,
  ROTATE_ID,
  ROUTINES,
  rotationPick,
  rotationRoutine,
  routineById,
  routineSeconds,
} from './routines';
import { CAUTIONS, type Dose, doseSeconds, messageKeys, PLACES, TARGETS } from './types';

const root = new URL('../../../', import.meta.url);
const en = mergedMessages('en');

const snakeId = z.string().check(z.regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/), z.maxLength(40));
const seconds = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const doseSchema: z.ZodMiniType<Dose> = z.discriminatedUnion('kind', [
  // Static holds stay within 10–60 s (ACSM; Harvard Health).
  z.object({ kind: z.literal('hold'), seconds: seconds(10, 60) }),
  z.object({ kind: z.literal('time'), seconds: seconds(30, 300) }),
  z.object({ kind: z.literal('reps'), count: z.int().check(z.gte(1), z.lte(15)), secondsPerRep: seconds(1, 10) }),
  z.object({ kind: z.literal('breaths'), count: z.int().check(z.gte(3), z.lte(12)), secondsPerBreath: seconds(3, 8) }),
]);
const moveSchema = z.strictObject({
  id: snakeId,
  targets: z.array(z.enum(TARGETS)).check(z.minLength(1)),
  place: z.enum(PLACES),
  dose: doseSchema,
  perSide: z.boolean(),
  steps: z.int().check(z.gte(2), z.lte(4)),
  caution: z.nullable(z.enum(CAUTIONS)),
  source: z.string().check(z.minLength(3)),
});
const routineSchema = z.strictObject({
  id: snakeId,
  steps: z.array(z.strictObject({ moveId: snakeId, dose: z.optional(doseSchema) })).check(z.minLength(2)),
});

/** Research doses for the moves named in the brief: [min, max] seconds of one side, per the research notes. */
const RESEARCH_RANGES: Record<string, [number, number]> = {
  kneeling_hip_flexor: [20, 30],
  standing_hip_flexor: [30, 30],
  pigeon: [30, 60],
  malasana: [25, 35],
  cat_cow: [20, 36],
  childs_pose: [25, 35],
  glute_bridge: [30, 45],
  squat: [25, 35],
  bird_dog: [30, 60],
  forearm_plank: [20, 30],
  walk: [120, 120],
};

const TARGET_SECONDS: Record<string, number> = {
  hip_flexor_release: 180,
  desk_two_minutes: 120,
  glutes_core: 240,
  full_reset: 360,
  walking_break: 360,
};

const REQUIRED_MOVES = [
  'kneeling_hip_flexor',
  'pigeon',
  'malasana',
  'cat_cow',
  'childs_pose',
  'standing_hip_flexor',
  'glute_bridge',
  'squat',
  'bird_dog',
  'forearm_plank',
  'walk',
  'stairs',
  'march_in_place',
];

function libraryMessageKeys(): string[] {
  const keys: string[] = [];
  for (const move of MOVES) {
    keys.push(messageKeys.moveName(move.id), messageKeys.moveCue(move.id));
    for (let n = 1; n <= move.steps; n++) keys.push(messageKeys.moveStep(move.id, n));
  }
  keys.push(...CAUTIONS.map(messageKeys.caution), ...TARGETS.map(messageKeys.target));
  for (const id of [...ROUTINES.map((routine) => routine.id), ROTATE_ID, CUSTOM_ID]) {
    keys.push(messageKeys.routineName(id), messageKeys.routineSummary(id));
  }
  return keys;
}

describe('moves', () => {
  it('has at least 15, including every move the product names', () => {
    expect(MOVES.length).toBeGreaterThanOrEqual(15);
    expect(MOVES.map((move) => move.id)).toEqual(expect.arrayContaining(REQUIRED_MOVES));
  });

  it.each(MOVES.map((move) => [move.id, move] as const))('%s matches the schema', (_id, move) => {
    const result = moveSchema.safeParse(move);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = MOVES.map((move) => move.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(RESEARCH_RANGES))('%s keeps its dose inside the research range', (id, [min, max]) => {
    const move = moveById(id);
    expect(move).toBeDefined();
    const length = doseSeconds(move?.dose as Dose);
    expect(length).toBeGreaterThanOrEqual(min);
    expect(length).toBeLessThanOrEqual(max);
  });

  it('pick the right side handling and cautions for the moves the research flags', () => {
    for (const id of ['kneeling_hip_flexor', 'pigeon', 'standing_hip_flexor', 'bird_dog', 'standing_figure_four']) {
      expect(moveById(id)?.perSide, id).toBe(true);
    }
    expect(moveById('kneeling_hip_flexor')?.caution).toBe('knee');
    expect(moveById('pigeon')?.caution).toBe('knee');
    expect(moveById('bird_dog')?.dose).toEqual({ kind: 'reps', count: 6, secondsPerRep: 6 });
    // Kneeling moves never claim to fit at the desk.
    for (const move of MOVES.filter((m) => m.caution === 'knee' && m.id !== 'malasana')) expect(move.place, move.id).toBe('floor');
  });

  it('each has an illustration without scripts or external references', () => {
    for (const move of MOVES) {
      const file = new URL(`public/moves/${move.id}.svg`, root);
      expect(existsSync(file), `public/moves/${move.id}.svg`).toBe(true);
      const svg = readFileSync(file, 'utf8');
      expect(svg).toContain('viewBox="0 0 200 160"');
      expect(svg).not.toMatch(/<script|href=|<text|url\(|currentColor/i);
    }
  });
});

describe('routines', () => {
  it.each(ROUTINES.map((routine) => [routine.id, routine] as const))('%s matches the schema', (_id, routine) => {
    const result = routineSchema.safeParse(routine);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('have unique ids that do not clash with rotate or custom', () => {
    const ids = ROUTINES.map((routine) => routine.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(ROTATE_ID);
    expect(ids).not.toContain(CUSTOM_ID);
    expect(ids).toEqual(expect.arrayContaining(Object.keys(TARGET_SECONDS)));
  });

  it('only reference real moves', () => {
    for (const routine of ROUTINES) {
      for (const step of routine.steps) expect(moveById(step.moveId), `${routine.id}: ${step.moveId}`).toBeDefined();
    }
  });

  it('desk_two_minutes needs no floor', () => {
    const routine = routineById('desk_two_minutes');
    expect(routine?.steps.map((step) => moveById(step.moveId)?.place)).toEqual(routine?.steps.map(() => 'desk'));
  });

  it.each([
    ['hip_flexor_release', 180],
    ['desk_two_minutes', 120],
    ['glutes_core', 237],
    ['full_reset', 357],
    ['walking_break', 360],
  ] as const)('%s lasts exactly the %i s documented beside ROUTINES', (id, seconds) => {
    const routine = routineById(id);
    expect(routine && routineSeconds(routine)).toBe(seconds);
  });

  it.each(Object.entries(TARGET_SECONDS))('%s lasts its target length ±30 s', (id, target) => {
    const routine = routineById(id);
    expect(routine).toBeDefined();
    const length = routineSeconds(routine as NonNullable<typeof routine>);
    expect(Math.abs(length - target), `${id} is ${length} s`).toBeLessThanOrEqual(30);
  });

  it('count per-side moves twice and use a step dose over the move dose', () => {
    expect(routineSeconds({ id: 'x', steps: [{ moveId: 'pigeon' }] })).toBe(90);
    expect(routineSeconds({ id: 'x', steps: [{ moveId: 'pigeon', dose: { kind: 'hold', seconds: 30 } }] })).toBe(60);
    expect(routineSeconds({ id: 'x', steps: [{ moveId: 'bird_dog' }] })).toBe(72);
    expect(routineSeconds({ id: 'x', steps: [{ moveId: 'childs_pose' }, { moveId: 'walk' }] })).toBe(150);
    expect(routineSeconds({ id: 'x', steps: [] })).toBe(0);
  });

  it('routineSeconds refuses an unknown move', () => {
    expect(() => routineSeconds({ id: 'x', steps: [{ moveId: 'handstand' }] })).toThrow(/handstand/);
  });

  it('look up by id', () => {
    expect(routineById('full_reset')?.id).toBe('full_reset');
    expect(routineById(ROTATE_ID)).toBeUndefined();
    expect(moveById('squat')?.id).toBe('squat');
    expect(moveById('nope')).toBeUndefined();
  });
});

describe('walking_break', () => {
  // The moves that are light walking; march_in_place is not, since Duran et al. 2023 timed walking.
  const WALKING = new Set(['walk', 'stairs', 'water_walk']);
  const routine = routineById('walking_break');
  const steps = routine?.steps ?? [];

  it('walks for about 5 minutes, the dose Duran et al. 2023 found lowered blood sugar', () => {
    const walking = steps.filter((step) => WALKING.has(step.moveId));
    const seconds = walking.reduce((total, step) => total + routineSeconds({ id: 'x', steps: [step] }), 0);
    expect(seconds).toBeGreaterThanOrEqual(4.5 * 60);
    expect(seconds).toBeLessThanOrEqual(5.5 * 60);
    // Every step before the stretch is walking, so the walk is not broken up by anything else.
    expect(steps.slice(0, -1).every((step) => WALKING.has(step.moveId))).toBe(true);
  });

  it('ends with exactly one hip-flexor stretch, held on each side', () => {
    const stretches = steps.filter((step) => moveById(step.moveId)?.targets[0] === 'hip_flexors' && !WALKING.has(step.moveId));
    expect(stretches.map((step) => step.moveId)).toEqual(['standing_hip_flexor']);
    expect(steps.at(-1)?.moveId).toBe('standing_hip_flexor');
    expect(moveById('standing_hip_flexor')?.perSide).toBe(true);
  });

  it('cues water, the stairs and a lap of the office, and needs no floor', () => {
    expect(steps.map((step) => step.moveId)).toEqual(expect.arrayContaining(['water_walk', 'stairs']));
    const cues = steps.flatMap((step) => {
      const move = moveById(step.moveId);
      return Array.from({ length: move?.steps ?? 0 }, (_, i) => en[messageKeys.moveStep(step.moveId, i + 1)]?.message ?? '');
    });
    expect(cues.join(' ')).toMatch(/water/);
    expect(cues.join(' ')).toMatch(/stairs/);
    expect(cues.join(' ')).toMatch(/lap of the office/);
    for (const step of steps) expect(moveById(step.moveId)?.place, step.moveId).toBe('desk');
  });

  it('cites Duran et al. 2023 in its own description', () => {
    expect(en[messageKeys.routineSummary('walking_break')]?.message).toContain('Duran et al., 2023');
  });
});

describe('customRoutine', () => {
  it('keeps the steps in order under the custom id, with their doses', () => {
    const steps = [{ moveId: 'squat', dose: { kind: 'reps', count: 8, secondsPerRep: 3 } as Dose }, { moveId: 'walk' }];
    const routine = customRoutine(steps);
    expect(routine).toEqual({ id: 'custom', steps });
    expect(routine.steps[0]?.dose).not.toBe(steps[0]?.dose);
    expect(routineSeconds(routine)).toBe(24 + 120);
  });

  it('drops moves the library does not have', () => {
    expect(customRoutine([{ moveId: 'gone' }, { moveId: 'pigeon' }]).steps).toEqual([{ moveId: 'pigeon' }]);
  });
});

describe('rotationPick', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(rotationPick(['walk'], 42)).toEqual(rotationPick(['walk'], 42));
    const picks = new Set(Array.from({ length: 20 }, (_, seed) => rotationPick([], seed).join()));
    expect(picks.size).toBeGreaterThan(10);
  });

  it('over 200 breaks never opens with the previous last move and always gives distinct real ids', () => {
    for (const deskOnly of [false, true]) {
      let previous: string[] = [];
      for (let seed = 1; seed <= 200; seed++) {
        const pick = rotationPick(previous, seed * 7919, 3, { deskOnly });
        expect(pick).toHaveLength(3);
        expect(new Set(pick).size).toBe(3);
        expect(pick[0]).not.toBe(previous.at(-1));
        for (const id of pick) {
          expect(moveById(id)).toBeDefined();
          if (deskOnly) expect(moveById(id)?.place).toBe('desk');
        }
        previous = pick;
      }
    }
  });

  it('prefers moves that were not in the previous pick', () => {
    for (let seed = 0; seed < 50; seed++) {
      const previous = rotationPick([], seed);
      const next = rotationPick(previous, seed + 1);
      expect(next.filter((id) => previous.includes(id))).toEqual([]);
    }
    // With desk moves only, a pick that used all but one still starts with the unused one.
    const desk = MOVES.filter((move) => move.place === 'desk').map((move) => move.id);
    const [unused, ...used] = desk;
    expect(rotationPick(used, 3, 3, { deskOnly: true })[0]).toBe(unused);
  });

  it('avoids the previous last move even when every move was used before', () => {
    const all = MOVES.map((move) => move.id);
    for (let seed = 0; seed < 50; seed++) {
      const pick = rotationPick(all, seed, MOVES.length);
      expect(pick).toHaveLength(MOVES.length);
      expect(pick[0]).not.toBe(all.at(-1));
    }
  });

  it('handles odd counts', () => {
    expect(rotationPick([], 1, 0)).toEqual([]);
    expect(rotationPick([], 1, 1)).toHaveLength(1);
    expect(rotationPick([], 1, 100)).toHaveLength(MOVES.length);
  });

  it('builds a rotate routine from its ids', () => {
    const ids = rotationPick([], 5);
    expect(rotationRoutine(ids)).toEqual({ id: ROTATE_ID, steps: ids.map((moveId) => ({ moveId })) });
  });
});

describe('messages', () => {
  const keys = libraryMessageKeys();

  it.each(localeNames())('%s has every message the library needs', (locale) => {
    const messages = mergedMessages(locale);
    const missing = keys.filter((key) => !messages[key]?.message?.trim());
    expect(missing).toEqual([]);
  });

  it('keeps English instruction lines short', () => {
    const long = MOVES.flatMap((move) =>
      Array.from({ length: move.steps }, (_, i) => en[messageKeys.moveStep(move.id, i + 1)]?.message ?? '').filter(
        (line) => line.length > 90,
      ),
    );
    expect(long).toEqual([]);
  });

  it('times a move once per side exactly when its English steps work one side at a time', () => {
    const oneSide = /\b(one|other|opposite|sides?)\b/i;
    for (const move of MOVES) {
      const steps = Array.from({ length: move.steps }, (_, i) => en[messageKeys.moveStep(move.id, i + 1)]?.message ?? '').join(' ');
      expect(move.perSide, move.id).toBe(oneSide.test(steps));
    }
  });

  it('has no step messages beyond what each move declares', () => {
    for (const move of MOVES) expect(en[messageKeys.moveStep(move.id, move.steps + 1)], move.id).toBeUndefined();
  });
});
