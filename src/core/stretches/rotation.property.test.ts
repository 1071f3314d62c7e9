import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS } from '../../../test/arbitraries';
import { MOVES } from './moves';
import { moveById, ROTATE_ID, rotationPick, rotationRoutine } from './routines';

const mainTarget = (id: string) => moveById(id)?.targets[0];
const poolOf = (deskOnly: boolean) => MOVES.filter((move) => !deskOnly || move.place === 'desk').map((move) => move.id);

describe('the rotating routine, for any previous pick and seed', { timeout: FC_TIMEOUT_MS }, () => {
  const args = fc.record({
    previous: fc.shuffledSubarray(MOVES.map((move) => move.id)),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    count: fc.integer({ min: 1, max: MOVES.length }),
    deskOnly: fc.boolean(),
  });

  it('gives new moves first, then the earlier ones, never opening with the last move of the previous pick', () => {
    fc.assert(
      fc.property(args, ({ previous, seed, count, deskOnly }) => {
        const pool = poolOf(deskOnly);
        const pick = rotationPick(previous, seed, count, { deskOnly });
        const fresh = pool.filter((id) => !previous.includes(id));
        expect(new Set(pick).size).toBe(pick.length);
        expect(pick.every((id) => pool.includes(id))).toBe(true);
        expect(pick).toHaveLength(Math.min(count, pool.length));
        if (previous.length > 0) expect(pick[0]).not.toBe(previous.at(-1));
        const newFirst = pick.slice(0, Math.min(count, fresh.length));
        expect(newFirst.every((id) => fresh.includes(id))).toBe(true);
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('covers a different main target with each new move while the library still has one', () => {
    fc.assert(
      fc.property(args, ({ seed, count, deskOnly }) => {
        const targets = new Set(poolOf(deskOnly).map(mainTarget));
        const pick = rotationPick([], seed, Math.min(count, targets.size), { deskOnly });
        expect(new Set(pick.map(mainTarget)).size).toBe(pick.length);
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('puts the last-but-one previous move back in play, and only the last one out of first place', () => {
    const pool = poolOf(false);
    const previous = [...pool.slice(1), pool[0] as string];
    const firsts = new Set(Array.from({ length: 300 }, (_, seed) => rotationPick(previous, seed, pool.length)[0]));
    expect([...firsts].sort()).toEqual(pool.slice(1).sort());
  });

  it('can open with any move of the library', () => {
    for (const deskOnly of [false, true]) {
      const firsts = new Set(Array.from({ length: 300 }, (_, seed) => rotationPick([], seed, 1, { deskOnly })[0]));
      expect([...firsts].sort()).toEqual(poolOf(deskOnly).sort());
    }
  });

  it('builds the rotate routine from the ids this version knows', () => {
    expect(rotationRoutine(['pigeon', 'no_such_move', 'walk'])).toEqual({
      id: ROTATE_ID,
      steps: [{ moveId: 'pigeon' }, { moveId: 'walk' }],
    });
  });
});
