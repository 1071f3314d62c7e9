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

describe('the bout the popup shows', () => {
  const patient = { ...settings, naturalBreakMinutes: 10, lockedBreakMinutes: 3 };
  const sat = sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 40)).reduce<Tracked>((t, signal) => step(t, signal, patient), {
    engine: INITIAL_ENGINE,
    history: {},
  });
  const bout = (t: Tracked, at: number) => currentBout(t.engine, at, patient);
  const shown = (sittingMs: number) => ({ startedAt: local(2026, 6, 10, 9), sittingMs });

  it('shows no bout before anything was heard', () => {
    expect(currentBout(INITIAL_ENGINE, local(2026, 6, 10, 9), patient)).toBeNull();
  });

  it('counts the minutes since the last tick, up to two ticks late', () => {
    expect(bout(sat, local(2026, 6, 10, 9, 41))).toEqual(shown(41 * MIN));
    expect(bout(sat, local(2026, 6, 10, 9, 42))).toEqual(shown(42 * MIN));
  });

  it('stays shown, without the unseen minutes, while a gap shorter than a natural break is pending', () => {
    expect(bout(sat, local(2026, 6, 10, 9, 45))).toEqual(shown(40 * MIN));
    expect(bout(sat, local(2026, 6, 10, 9, 50) - 1)).toEqual(shown(40 * MIN));
    expect(bout(sat, local(2026, 6, 10, 9, 50))).toBeNull();
  });

  it('stays shown, without the time away, until the person has been away a natural break', () => {
    const away = step(sat, { at: local(2026, 6, 10, 9, 40), type: 'idle' }, { ...patient, idleDetectionSeconds: 15 });
    const ticked = step(away, { at: local(2026, 6, 10, 9, 41), type: 'tick' }, patient);
    expect(bout(ticked, local(2026, 6, 10, 9, 42))).toEqual(shown(40 * MIN - 15_000));
    expect(bout(ticked, local(2026, 6, 10, 9, 49, 45) - 1)).toEqual(shown(40 * MIN - 15_000));
    expect(bout(ticked, local(2026, 6, 10, 9, 49, 45))).toBeNull();
  });

  it('stays shown while the screen is locked, until the lock has lasted its own natural break', () => {
    const locked = step(sat, { at: local(2026, 6, 10, 9, 40), type: 'locked' }, patient);
    expect(bout(locked, local(2026, 6, 10, 9, 43) - 1)).toEqual(shown(40 * MIN));
    expect(bout(locked, local(2026, 6, 10, 9, 43))).toBeNull();
    // Idle first (input stopped 9:39:45), locked at 9:45: the lock counts from 9:45, the no-input length from 9:39:45.
    const idle = step(sat, { at: local(2026, 6, 10, 9, 40), type: 'idle' }, { ...patient, idleDetectionSeconds: 15 });
    const late = step(idle, { at: local(2026, 6, 10, 9, 45), type: 'locked' }, patient);
    expect(bout(late, local(2026, 6, 10, 9, 48) - 1)).toEqual(shown(40 * MIN - 15_000));
    expect(bout(late, local(2026, 6, 10, 9, 48))).toBeNull();
    const lateLock = step(idle, { at: local(2026, 6, 10, 9, 48), type: 'locked' }, patient);
    expect(bout(lateLock, local(2026, 6, 10, 9, 49, 45) - 1)).toEqual(shown(40 * MIN - 15_000));
    expect(bout(lateLock, local(2026, 6, 10, 9, 49, 45))).toBeNull();
  });

  it('dates the natural break from when the person first went away, whatever is reported while away', () => {
    const away = step(sat, { at: local(2026, 6, 10, 9, 40), type: 'idle' }, { ...patient, idleDetectionSeconds: 15 });
    const locked = step(away, { at: local(2026, 6, 10, 9, 45), type: 'locked' }, patient);
    expect(locked.engine.presence).toMatchObject({ kind: 'away', reason: 'locked' });
    expect(bout(locked, local(2026, 6, 10, 9, 50))).toBeNull();
    const back = step(locked, { at: local(2026, 6, 10, 9, 51), type: 'active' }, patient);
    expect(closeAt(back, local(2026, 6, 10, 9, 51), patient).history['2026-06-10']).toMatchObject({ naturalBreaks: 1 });
  });
});

describe('startup and the clock', () => {
  const sat = run(sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 30)));

  it('counts nothing after the last signal when the browser starts again a minute later', () => {
    const started = step(sat, { at: local(2026, 6, 10, 9, 31), type: 'startup' }, settings);
    expect(started.history['2026-06-10']?.sittingMs).toBe(30 * MIN);
  });

  it('keeps presence unknown when the clock goes back before anyone was seen', () => {
    const ticked = step({ engine: INITIAL_ENGINE, history: {} }, { at: local(2026, 6, 10, 9), type: 'tick' }, settings);
    const back = step(ticked, { at: local(2026, 6, 10, 8), type: 'tick' }, settings);
    expect(back.engine).toEqual({ presence: { kind: 'unknown' }, lastSignalAt: local(2026, 6, 10, 8), bout: null });
  });

  it('lets an idle report reach back past a repeated active report', () => {
    const patient = { ...settings, naturalBreakMinutes: 10, idleDetectionSeconds: 300 };
    const signals = [
      ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 33)),
      { at: local(2026, 6, 10, 9, 33), type: 'active' as const },
      { at: local(2026, 6, 10, 9, 34), type: 'tick' as const },
      { at: local(2026, 6, 10, 9, 35), type: 'idle' as const },
    ];
    const t = signals.reduce<Tracked>((acc, signal) => step(acc, signal, patient), { engine: INITIAL_ENGINE, history: {} });
    expect(t.engine.presence).toEqual({ kind: 'away', reason: 'idle', since: local(2026, 6, 10, 9, 30) });
    expect(closeAt(t, local(2026, 6, 10, 9, 36), patient).history['2026-06-10']?.sittingMs).toBe(30 * MIN);
  });
});

describe('more stored state the engine did not write itself', () => {
  const at = (mi: number) => local(2026, 6, 10, 9, mi);

  it('settles a stored away period already long enough for a natural break when the browser starts', () => {
    const odd: Tracked = {
      engine: {
        presence: { kind: 'away', reason: 'idle', since: at(0) },
        lastSignalAt: at(30),
        bout: { startedAt: local(2026, 6, 10, 8), spans: [[local(2026, 6, 10, 8), at(0)]] },
      },
      history: {},
    };
    const started = step(odd, { at: local(2026, 6, 10, 10), type: 'startup' }, settings);
    expect(started.history['2026-06-10']).toMatchObject({ sittingMs: 60 * MIN, naturalBreaks: 1 });
  });

  it('adds nothing to a stored bout dated after the signal', () => {
    const odd: Tracked = {
      engine: { presence: { kind: 'active', since: at(0) }, lastSignalAt: at(0), bout: { startedAt: at(60), spans: [] } },
      history: {},
    };
    const later = step(odd, { at: at(1), type: 'tick' }, settings);
    expect(currentBout(later.engine, at(1), settings)?.sittingMs).toBe(0);
  });

  it('keeps a stored bout going when no signal time was stored with it', () => {
    const odd: Tracked = {
      engine: { presence: { kind: 'active', since: at(0) }, lastSignalAt: null, bout: { startedAt: at(0), spans: [[at(0), at(10)]] } },
      history: {},
    };
    const later = step(odd, { at: at(20), type: 'tick' }, settings);
    expect(currentBout(later.engine, at(20), settings)).toEqual({ startedAt: at(0), sittingMs: 10 * MIN });
  });

  it('counts nothing for an active report after a stored bout of unknown presence, but keeps the bout', () => {
    const odd: Tracked = {
      engine: { presence: { kind: 'unknown' }, lastSignalAt: at(10), bout: { startedAt: at(0), spans: [[at(0), at(10)]] } },
      history: {},
    };
    const later = step(odd, { at: at(11), type: 'active' }, settings);
    expect(closeAt(later, at(11), settings).history['2026-06-10']?.sittingMs).toBe(10 * MIN);
    expect(currentBout(later.engine, at(11), settings)).toEqual({ startedAt: at(0), sittingMs: 10 * MIN });
  });

  it('neither counts nor subtracts a stored span from before the bout began', () => {
    const odd: Tracked = {
      engine: {
        presence: { kind: 'active', since: at(0) },
        lastSignalAt: at(40),
        bout: {
          startedAt: at(0),
          spans: [
            [local(2026, 6, 10, 8), local(2026, 6, 10, 8, 30)],
            [at(0), at(40)],
          ],
        },
      },
      history: {},
    };
    expect(closeAt(odd, at(40), settings).history['2026-06-10']).toMatchObject({ sittingMs: 40 * MIN, prolongedMs: 40 * MIN });
  });

  it('keeps all the days history holds when a stored span begins just as the last signal was heard', () => {
    const startedAt = local(2020, 1, 1);
    const heard = local(2026, 6, 11, 1);
    const odd: Tracked = {
      engine: {
        presence: { kind: 'active', since: startedAt },
        lastSignalAt: heard,
        bout: {
          startedAt,
          spans: [
            [startedAt, local(2026, 6, 10, 12)],
            [heard, heard + 60 * MIN],
          ],
        },
      },
      history: {},
    };
    const days = Object.keys(closeAt(odd, heard, settings).history).sort();
    expect(days).toHaveLength(HISTORY_DAYS);
    expect(days.at(-1)).toBe('2026-06-10');
  });

  it('keeps all the days history holds of a bout that ends exactly at midnight', () => {
    const midnight = local(2026, 6, 11);
    const startedAt = local(2020, 1, 1);
    const odd: Tracked = {
      engine: {
        presence: { kind: 'active', since: startedAt },
        lastSignalAt: midnight,
        bout: { startedAt, spans: [[startedAt, midnight]] },
      },
      history: {},
    };
    const days = Object.keys(closeAt(odd, midnight, settings).history).sort();
    expect(days).toHaveLength(HISTORY_DAYS);
    expect(days.at(-1)).toBe('2026-06-10');
  });
});
