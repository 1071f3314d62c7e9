import { HOUR, local, MIN, sitting, ticks } from '../../test/timeline';
import { closeAt, currentBout, currentStanding, guidedBreak, INITIAL_ENGINE, type Signal, step, type Tracked } from './engine';
import { replay } from './replay';
import { DEFAULT_SETTINGS } from './settings';

const settings = DEFAULT_SETTINGS;
const at = (h: number, mi = 0, s = 0) => local(2026, 6, 10, h, mi, s);
const run = (signals: Signal[], from: Tracked = { engine: INITIAL_ENGINE, history: {} }): Tracked =>
  signals.reduce<Tracked>((t, signal) => step(t, signal, settings), from);

/** Sitting 9:00–9:30, standing 9:30–10:10, sitting again until 10:30. */
const standingHalf: Signal[] = [
  ...sitting(at(9), at(9, 30)),
  { at: at(9, 30), type: 'stand' },
  ...ticks(at(9, 30), at(10, 10)),
  { at: at(10, 10), type: 'sit' },
  ...ticks(at(10, 10), at(10, 30)),
];

describe('standing at a sit-stand desk', () => {
  it('counts standing apart from sitting: standing up ends the bout, sitting down starts a new one, and neither is a natural break', () => {
    expect(replay(standingHalf).days['2026-06-10']).toMatchObject({
      sittingMs: 50 * MIN,
      bouts: 2,
      longestBoutMs: 30 * MIN,
      standingMs: 40 * MIN,
      standingPeriods: 1,
      naturalBreaks: 0,
    });
  });

  it('runs no sitting bout while standing, so no sitting nudge can come', () => {
    const standing = run(
      standingHalf.slice(
        0,
        standingHalf.findIndex((s) => s.type === 'sit'),
      ),
    );
    expect(currentBout(standing.engine, at(10, 10), settings)).toBeNull();
    expect(currentStanding(standing.engine, at(10, 10), settings)).toEqual({ since: at(9, 30), standingMs: 40 * MIN });
    const seated = run(standingHalf);
    expect(currentStanding(seated.engine, at(10, 30), settings)).toBeNull();
    expect(currentBout(seated.engine, at(10, 30), settings)).toEqual({ startedAt: at(10, 10), sittingMs: 20 * MIN });
  });

  it('changes nothing when the person says what is already so', () => {
    const standing = run([...sitting(at(9), at(9, 30)), { at: at(9, 30), type: 'stand' }, ...ticks(at(9, 30), at(9, 40))]);
    expect(step(standing, { at: at(9, 40), type: 'stand' }, settings)).toEqual(standing);
    const seated = run(sitting(at(9), at(9, 30)));
    expect(step(seated, { at: at(9, 30), type: 'sit' }, settings)).toEqual(seated);
  });

  it('ends when the person leaves for a natural break: they come back sitting, and the popup is told why', () => {
    const back = run([
      ...sitting(at(9), at(9, 10)),
      { at: at(9, 10), type: 'stand' },
      ...ticks(at(9, 10), at(9, 40)),
      { at: at(9, 41), type: 'locked' },
      { at: at(10), type: 'active' },
      ...ticks(at(10), at(10, 15)),
    ]);
    expect(currentBout(back.engine, at(10, 15), settings)).toEqual({ startedAt: at(10), sittingMs: 15 * MIN });
    expect(back.engine.standingEnded).toBe('break');
    expect(closeAt(back, at(10, 15), settings).history['2026-06-10']).toMatchObject({
      sittingMs: 25 * MIN,
      standingMs: 31 * MIN,
      standingPeriods: 1,
      naturalBreaks: 1,
    });
  });

  it('ends where input stopped, not where idle was reported', () => {
    const back = run([
      { at: at(9), type: 'stand' },
      ...ticks(at(9), at(9, 30)),
      { at: at(9, 30), type: 'idle' },
      { at: at(10), type: 'active' },
    ]);
    const lag = settings.idleDetectionSeconds * 1000;
    expect(back.engine.standingEnded).toBe('break');
    expect(back.history['2026-06-10']).toMatchObject({ standingMs: 30 * MIN - lag, naturalBreaks: 1 });
  });

  it('goes on through a short absence, which counts as standing', () => {
    const back = run([
      { at: at(9), type: 'stand' },
      ...ticks(at(9), at(9, 20)),
      { at: at(9, 20, 30), type: 'idle' },
      { at: at(9, 22), type: 'active' },
      ...ticks(at(9, 22), at(9, 30)),
    ]);
    expect(currentStanding(back.engine, at(9, 30), settings)).toEqual({ since: at(9), standingMs: 30 * MIN });
    expect(back.engine.standingEnded ?? null).toBeNull();
  });

  it('ends at a browser start and after a sleep as long as a natural break, not after a shorter one', () => {
    const stood = run([{ at: at(9), type: 'stand' }, ...ticks(at(9), at(9, 20))]);
    const started = run([{ at: at(9, 30), type: 'startup' }], stood);
    expect(started.engine.standingEnded).toBe('startup');
    expect(currentStanding(started.engine, at(9, 31), settings)).toBeNull();
    expect(currentBout(started.engine, at(9, 31), settings)).toEqual({ startedAt: at(9, 30), sittingMs: MIN });
    const slept = run([{ at: at(9, 20) + settings.naturalBreakMinutes * MIN, type: 'tick' }], stood);
    expect(slept.engine.standingEnded).toBe('sleep');
    const dozed = run([{ at: at(9, 20) + settings.naturalBreakMinutes * MIN - 1, type: 'tick' }], stood);
    expect(currentStanding(dozed.engine, at(9, 20) + settings.naturalBreakMinutes * MIN - 1, settings)?.since).toBe(at(9));
    expect(closeAt(started, at(9, 30), settings).history['2026-06-10']).toMatchObject({ standingMs: 20 * MIN, sittingMs: 0 });
  });

  it('forgets the note once the person says how they stand again', () => {
    const stood = run([{ at: at(9), type: 'stand' }, ...ticks(at(9), at(9, 20)), { at: at(9, 30), type: 'startup' }]);
    expect(run([{ at: at(9, 31), type: 'sit' }], stood).engine.standingEnded).toBeNull();
    expect(run([{ at: at(9, 31), type: 'stand' }], stood).engine.standingEnded).toBeNull();
  });

  it('splits a standing period across midnight by day', () => {
    const { days } = replay([
      { at: local(2026, 6, 10, 23, 30), type: 'stand' },
      ...ticks(local(2026, 6, 10, 23, 30), local(2026, 6, 11, 0, 20)),
    ]);
    expect(days['2026-06-10']).toMatchObject({ standingMs: 30 * MIN, standingPeriods: 1 });
    expect(days['2026-06-11']).toMatchObject({ standingMs: 20 * MIN, standingPeriods: 1 });
  });

  it('keeps an idle report after standing up from reaching back into the bout it closed', () => {
    const patient = { ...settings, idleDetectionSeconds: 600 };
    const t = [
      ...sitting(at(9), at(9, 30)),
      { at: at(9, 30), type: 'stand' as const },
      ...ticks(at(9, 30), at(9, 33)),
      // Ten minutes without input would date the leaving to 9:24, and make four minutes away a natural break.
      { at: at(9, 34), type: 'idle' as const },
      { at: at(9, 34, 30), type: 'active' as const },
    ].reduce<Tracked>((tracked, signal) => step(tracked, signal, patient), { engine: INITIAL_ENGINE, history: {} });
    expect(t.engine.standingEnded ?? null).toBeNull();
    expect(closeAt(t, at(9, 34, 30), patient).history['2026-06-10']).toMatchObject({
      sittingMs: 30 * MIN,
      standingMs: 4.5 * MIN,
      naturalBreaks: 0,
    });
  });

  it('goes on after a guided break and a clock set back: the person did not sit down', () => {
    const stood = run([{ at: at(9), type: 'stand' }, ...ticks(at(9), at(9, 30))]);
    const stretched = guidedBreak(stood, at(9, 27), at(9, 30), true, settings);
    expect(currentStanding(stretched.engine, at(9, 31), settings)).toEqual({ since: at(9, 30), standingMs: MIN });
    expect(currentBout(stretched.engine, at(9, 31), settings)).toBeNull();
    expect(stretched.history['2026-06-10']).toMatchObject({ standingMs: 27 * MIN, guidedBreaks: 1 });
    const turnedBack = run([{ at: at(9, 30) - HOUR, type: 'tick' }], stood);
    expect(currentStanding(turnedBack.engine, at(8, 31), settings)).toEqual({ since: at(8, 30), standingMs: MIN });
    expect(turnedBack.history['2026-06-10']).toMatchObject({ standingMs: 30 * MIN });
  });
});
