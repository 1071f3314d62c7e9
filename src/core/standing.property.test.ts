import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS, settingsArb, timelineArb } from '../../test/arbitraries';
import { ticks } from '../../test/timeline';
import { closeAt, INITIAL_ENGINE, type Signal, step, type Tracked } from './engine';
import type { History } from './history';
import type { Settings } from './settings';

const MIN = 60_000;

const run = (signals: ReadonlyArray<Signal>, settings: Settings): Tracked =>
  signals.reduce<Tracked>((t, signal) => step(t, signal, settings), { engine: INITIAL_ENGINE, history: {} });

const total = (history: History, field: 'sittingMs' | 'standingMs') => Object.values(history).reduce((sum, day) => sum + day[field], 0);

describe('standing, for any timeline and settings', { timeout: FC_TIMEOUT_MS }, () => {
  it('changes nothing when a stand or sit is said twice at the same instant', () => {
    fc.assert(
      fc.property(settingsArb, timelineArb, fc.nat(), (settings, signals, pick) => {
        const said = signals.flatMap((signal, index) => (signal.type === 'stand' || signal.type === 'sit' ? [index] : []));
        const index = said[pick % Math.max(1, said.length)];
        if (index === undefined) return;
        const twice = [...signals.slice(0, index + 1), signals[index] as Signal, ...signals.slice(index + 1)];
        expect(run(twice, settings)).toEqual(run(signals, settings));
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('counts no sitting while standing, and no more standing than the time that passed', () => {
    fc.assert(
      fc.property(settingsArb, timelineArb, fc.integer({ min: 1, max: 90 }), (settings, signals, minutes) => {
        const last = signals.at(-1);
        if (!last) return;
        const stood = step(run(signals, settings), { at: last.at, type: 'stand' }, settings);
        const later = ticks(last.at, last.at + minutes * MIN).reduce((t, signal) => step(t, signal, settings), stood);
        const before = closeAt(stood, last.at, settings).history;
        const after = closeAt(later, last.at + minutes * MIN, settings).history;
        expect(total(after, 'sittingMs')).toBe(total(before, 'sittingMs'));
        expect(total(after, 'standingMs')).toBe(total(before, 'standingMs') + minutes * MIN);
      }),
      { numRuns: FC_RUNS },
    );
  });
});
