import { local, MIN, sitting } from '../../test/timeline';
import { addDays } from './days';
import { closeAt, currentBout, guidedBreak, INITIAL_ENGINE, liveHistory, step, type Tracked } from './engine';
import { HISTORY_DAYS } from './history';
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

describe('the books as the pages show them', () => {
  const sat = run(sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 40)));
  const broke = guidedBreak(sat, local(2026, 6, 10, 9, 37), local(2026, 6, 10, 9, 40), true, settings);

  it('counts the bout begun after a break as sitting at once, and as a bout only from its first minute', () => {
    expect(liveHistory(broke, local(2026, 6, 10, 9, 40, 20), settings)['2026-06-10']).toMatchObject({
      sittingMs: 37 * MIN + 20_000,
      bouts: 1,
      longestBoutMs: 37 * MIN,
    });
    expect(liveHistory(broke, local(2026, 6, 10, 9, 41), settings)['2026-06-10']).toMatchObject({
      sittingMs: 38 * MIN,
      bouts: 2,
      longestBoutMs: 37 * MIN,
    });
  });

  it('shows a first bout of seconds as sitting, with no bout and no longest bout yet', () => {
    const sat = step({ engine: INITIAL_ENGINE, history: {} }, { at: local(2026, 6, 10, 9), type: 'active' }, settings);
    expect(liveHistory(sat, local(2026, 6, 10, 9, 0, 40), settings)['2026-06-10']).toMatchObject({
      sittingMs: 40_000,
      bouts: 0,
      longestBoutMs: 0,
    });
    expect(liveHistory(sat, local(2026, 6, 10, 9, 1), settings)['2026-06-10']).toMatchObject({
      sittingMs: MIN,
      bouts: 1,
      longestBoutMs: MIN,
    });
  });

  it('still counts a bout of seconds that has ended, as the books do', () => {
    const short = run(sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9)));
    const gone = step(short, { at: local(2026, 6, 10, 9, 0, 30), type: 'locked' }, settings);
    expect(liveHistory(gone, local(2026, 6, 10, 9, 10), settings)['2026-06-10']).toMatchObject({
      sittingMs: 30_000,
      bouts: 1,
      naturalBreaks: 1,
    });
  });
});

describe('stored state the engine did not write itself', () => {
  const now = local(2026, 6, 10, 9);
  const active = (since: number) => ({ kind: 'active' as const, since });

  it('closes a bout that claims to span 26 years at once, splitting only the days history keeps', () => {
    const startedAt = local(2000, 1, 1);
    const odd: Tracked = {
      engine: { presence: active(startedAt), lastSignalAt: now - MIN, bout: { startedAt, spans: [[startedAt, now - MIN]] } },
      history: {},
    };
    const begun = performance.now();
    // An hour unseen ends the bout: this one tick used to walk some 9,500 days, copying the history for each.
    const after = step(odd, { at: now + 60 * MIN, type: 'tick' }, settings);
    expect(performance.now() - begun).toBeLessThan(1000);
    const days = Object.keys(after.history).sort();
    expect(days).toHaveLength(HISTORY_DAYS);
    expect(days[0]).toBe(addDays('2026-06-10', 1 - HISTORY_DAYS));
    expect(days.at(-1)).toBe('2026-06-10');
  });

  it('adds no day after the signal when the stored state is dated a year ahead', () => {
    const ahead = local(2027, 6, 10, 9);
    const odd: Tracked = {
      engine: {
        presence: active(ahead - 60 * MIN),
        lastSignalAt: ahead,
        bout: { startedAt: ahead - 60 * MIN, spans: [[ahead - 60 * MIN, ahead]] },
      },
      history: {},
    };
    const after = closeAt(step(odd, { at: now, type: 'tick' }, settings), now + MIN, settings);
    expect(Object.keys(after.history).filter((day) => day > '2026-06-10')).toEqual([]);
  });

  it('never dates the person leaving after the idle report that says so', () => {
    const odd: Tracked = {
      engine: {
        presence: active(now + 60 * MIN),
        lastSignalAt: now - MIN,
        bout: { startedAt: now - 30 * MIN, spans: [[now - 30 * MIN, now - MIN]] },
      },
      history: {},
    };
    const away = step(odd, { at: now, type: 'idle' }, settings);
    const back = step(away, { at: now + 40 * MIN, type: 'active' }, settings);
    expect(closeAt(back, now + 40 * MIN, settings).history['2026-06-10']).toMatchObject({ sittingMs: 30 * MIN, naturalBreaks: 1 });
  });

  it('counts nothing before the bout began, whatever the stored presence says', () => {
    const patient = { ...settings, naturalBreakMinutes: 30 };
    const odd: Tracked = {
      engine: {
        presence: { kind: 'away', reason: 'idle', since: local(2026, 6, 10, 8, 50) },
        lastSignalAt: local(2026, 6, 10, 9, 6),
        bout: { startedAt: local(2026, 6, 10, 9), spans: [] },
      },
      history: {},
    };
    const back = step(odd, { at: local(2026, 6, 10, 9, 15), type: 'active' }, patient);
    expect(currentBout(back.engine, local(2026, 6, 10, 9, 15), patient)?.sittingMs).toBe(15 * MIN);
    expect(closeAt(back, local(2026, 6, 10, 9, 15), patient).history['2026-06-10']?.sittingMs).toBe(15 * MIN);
  });

  it('counts each moment once, and nothing after the last signal, when a stored span runs past it', () => {
    const odd: Tracked = {
      engine: {
        presence: active(local(2026, 6, 10, 9)),
        lastSignalAt: local(2026, 6, 10, 9, 6),
        bout: { startedAt: local(2026, 6, 10, 9), spans: [[local(2026, 6, 10, 9), local(2026, 6, 10, 9, 10)]] },
      },
      history: {},
    };
    const later = step(odd, { at: local(2026, 6, 10, 9, 7), type: 'tick' }, settings);
    expect(closeAt(later, local(2026, 6, 10, 9, 7), settings).history['2026-06-10']?.sittingMs).toBe(7 * MIN);
  });
});
