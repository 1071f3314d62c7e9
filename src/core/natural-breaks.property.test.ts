import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS, settingsArb } from '../../test/arbitraries';
import { local, MIN, sitting } from '../../test/timeline';
import type { Signal } from './engine';
import { replay } from './replay';
import type { Settings } from './settings';

const START = local(2026, 6, 10, 9);
/** Sitting again after the return: long enough to show whether the absence counted as sitting. */
const AFTER_MS = 10 * MIN;

/**
 * One absence in a morning: sitting from 9:00 (more than the longest idle detection, so input stopped
 * where the idle report says), idle reported at `idleAt`, perhaps the screen locked `lockAfter` later,
 * and back `away` after the report. Whole minutes and odd milliseconds, so the edges are met.
 */
const absenceArb = fc.record({
  settings: settingsArb,
  idleAt: fc.integer({ min: START + 11 * MIN, max: START + 60 * MIN }),
  away: fc.oneof(
    fc.integer({ min: 1, max: 40 * MIN }),
    fc.integer({ min: 1, max: 40 }).map((minutes) => minutes * MIN),
  ),
  lockShare: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
});

type Absence = typeof absenceArb extends fc.Arbitrary<infer T> ? T : never;

function timeline({ idleAt, away }: Absence, lockAt: number | null): Signal[] {
  const back = idleAt + away;
  const lock: Signal[] = lockAt === null ? [] : [{ at: lockAt, type: 'locked' }];
  return [...sitting(START, idleAt), { at: idleAt, type: 'idle' }, ...lock, ...sitting(back, back + AFTER_MS)];
}

const today = (signals: Signal[], settings: Settings) => replay(signals, { settings }).days['2026-06-10'];

describe('natural breaks, locked or not, for both lengths anywhere in range', { timeout: FC_TIMEOUT_MS }, () => {
  it('come exactly when the rule says: no input for naturalBreakMinutes, or a lock for lockedBreakMinutes', () => {
    fc.assert(
      fc.property(absenceArb, (absence) => {
        const { settings, idleAt, away, lockShare } = absence;
        const stopped = idleAt - settings.idleDetectionSeconds * 1000;
        const back = idleAt + away;
        const lockAt = idleAt + Math.floor(lockShare * away);
        const noInput = back - stopped >= settings.naturalBreakMinutes * MIN;
        const lock = noInput || back - lockAt >= settings.lockedBreakMinutes * MIN;
        const wall = back + AFTER_MS - START;
        for (const [signals, isBreak] of [
          [timeline(absence, null), noInput],
          [timeline(absence, lockAt), lock],
        ] as const) {
          expect(today(signals, settings)).toMatchObject({
            naturalBreaks: isBreak ? 1 : 0,
            bouts: isBreak ? 2 : 1,
            sittingMs: isBreak ? stopped - START + AFTER_MS : wall,
          });
        }
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('never give a lock less natural-break credit than the same absence without it, nor count more sitting than wall time', () => {
    fc.assert(
      fc.property(absenceArb, (absence) => {
        const { settings, idleAt, away, lockShare } = absence;
        const unlocked = today(timeline(absence, null), settings);
        const locked = today(timeline(absence, idleAt + Math.floor(lockShare * away)), settings);
        expect(locked?.naturalBreaks).toBeGreaterThanOrEqual(unlocked?.naturalBreaks ?? 0);
        expect(locked?.sittingMs).toBeLessThanOrEqual(unlocked?.sittingMs ?? 0);
        expect(unlocked?.sittingMs).toBeLessThanOrEqual(idleAt + away + AFTER_MS - START);
      }),
      { numRuns: FC_RUNS },
    );
  });
});
