import { CUSTOM_ID, ROTATE_ID, rotationPick, rotationRoutine, routineById } from './routines';
import { chosenRoutine, DEFAULT_ROUTINE_ID, nextRotation } from './suggest';

const fresh = { seed: 0, previous: [] };
const custom = [{ moveId: 'pigeon' }, { moveId: 'malasana', dose: { kind: 'hold' as const, seconds: 30 } }];

describe('the routine the next break runs', () => {
  it('is the chosen built-in, even when a custom routine is also saved', () => {
    expect(chosenRoutine({ routine: 'glutes_core', customRoutine: custom }, fresh)).toEqual(routineById('glutes_core'));
  });

  it('is the custom routine when custom is chosen and it has moves', () => {
    expect(chosenRoutine({ routine: CUSTOM_ID, customRoutine: custom }, fresh)).toEqual({ id: CUSTOM_ID, steps: custom });
  });

  it('falls back to the default routine when the custom routine has no moves this version knows', () => {
    const fallback = routineById(DEFAULT_ROUTINE_ID);
    expect(chosenRoutine({ routine: CUSTOM_ID, customRoutine: [] }, fresh)).toEqual(fallback);
    expect(chosenRoutine({ routine: CUSTOM_ID, customRoutine: [{ moveId: 'no_such_move' }] }, fresh)).toEqual(fallback);
    expect(chosenRoutine({ routine: 'no_such_routine', customRoutine: custom }, fresh)).toEqual(fallback);
  });

  it("is this break's rotation when rotate is chosen", () => {
    const rotation = { seed: 7, previous: ['pigeon'] };
    const routine = chosenRoutine({ routine: ROTATE_ID, customRoutine: custom }, rotation);
    expect(routine).toEqual(rotationRoutine(rotationPick(rotation.previous, rotation.seed)));
    expect(routine.id).toBe(ROTATE_ID);
  });
});

describe('the rotation after a completed break', () => {
  it('moves the seed on by one and remembers the moves just done', () => {
    const routine = routineById('glutes_core');
    if (!routine) throw new Error('glutes_core is a built-in routine');
    expect(nextRotation({ seed: 4, previous: ['pigeon'] }, routine)).toEqual({ seed: 5, previous: routine.steps.map((s) => s.moveId) });
    expect(routine.steps.length).toBeGreaterThan(0);
  });
});
