import { local, MIN, sitting } from '../../test/timeline';
import { closeAt, currentBout, guidedBreak, INITIAL_ENGINE, step, type Tracked } from './engine';
import { DEFAULT_SETTINGS } from './settings';

const settings = DEFAULT_SETTINGS;
const run = (signals: ReturnType<typeof sitting>): Tracked =>
  signals.reduce<Tracked>((t, signal) => step(t, signal, settings), { engine: INITIAL_ENGINE, history: {} });

describe('guided breaks', () => {
  const sat = run(sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 40)));

  it('a completed break ends the bout where the person stood up and starts a new one', () => {
    const after = guidedBreak(sat, local(2026, 6, 10, 9, 37), local(2026, 6, 10, 9, 40), true, settings);
    expect(after.history['2026-06-10']).toMatchObject({
      sittingMs: 37 * MIN,
      bouts: 1,
      guidedBreaks: 1,
      partialBreaks: 0,
      movedMs: 3 * MIN,
    });
    expect(currentBout(after.engine, local(2026, 6, 10, 9, 41), settings)).toEqual({
      startedAt: local(2026, 6, 10, 9, 40),
      sittingMs: MIN,
    });
  });

  it('an abandoned break is partial and the bout goes on', () => {
    const after = guidedBreak(sat, local(2026, 6, 10, 9, 39), local(2026, 6, 10, 9, 40), false, settings);
    expect(after.history['2026-06-10']).toMatchObject({ bouts: 0, guidedBreaks: 0, partialBreaks: 1, movedMs: MIN });
    expect(currentBout(after.engine, local(2026, 6, 10, 9, 40), settings)).toEqual({
      startedAt: local(2026, 6, 10, 9),
      sittingMs: 40 * MIN,
    });
  });

  it('an idle report after a completed break never reaches back into the bout it ended', () => {
    const patient = { ...settings, naturalBreakMinutes: 10, idleDetectionSeconds: 600 };
    const after = guidedBreak(sat, local(2026, 6, 10, 9, 37), local(2026, 6, 10, 9, 40), true, patient);
    const back = [
      { at: local(2026, 6, 10, 9, 41), type: 'tick' as const },
      // No input for ten minutes would put the person's leaving at 9:32, inside the bout already closed at
      // 9:37; from 9:40 the five minutes away are a pause in the new bout, not a natural break.
      { at: local(2026, 6, 10, 9, 42), type: 'idle' as const },
      { at: local(2026, 6, 10, 9, 45), type: 'active' as const },
    ].reduce((t, signal) => step(t, signal, patient), after);
    expect(closeAt(back, local(2026, 6, 10, 9, 45), patient).history['2026-06-10']?.sittingMs).toBe(42 * MIN);
  });

  it('credits no more than 30 minutes of movement for one break, and none for a start in the future', () => {
    const long = guidedBreak(sat, local(2026, 6, 10, 7), local(2026, 6, 10, 9, 40), true, settings);
    expect(long.history['2026-06-10']?.movedMs).toBe(30 * MIN);
    const future = guidedBreak(sat, local(2026, 6, 10, 10), local(2026, 6, 10, 9, 40), true, settings);
    expect(future.history['2026-06-10']?.movedMs).toBe(0);
  });
});
