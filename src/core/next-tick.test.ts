import { local, MIN } from '../../test/timeline';
import { type EngineState, INITIAL_ENGINE, TICK_MS } from './engine';
import { nextTickAt } from './next-tick';
import { INITIAL_NUDGES, type NudgeState } from './nudges';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const START = local(2026, 6, 10, 9);
const SEC = 1000;

/** Sitting since START, last heard `sittingMs` later. */
const sittingFor = (sittingMs: number): EngineState => ({
  presence: { kind: 'active', since: START },
  lastSignalAt: START + sittingMs,
  bout: { startedAt: START, spans: [[START, START + sittingMs]] },
});
const nudgesFor = (state: Partial<NudgeState>): NudgeState => ({ ...INITIAL_NUDGES, boutStartedAt: START, ...state });
const settingsWith = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

/** Sitting [minutes, seconds] from START: where the tick after that moment comes, as an offset from that moment. */
function tickAfter(minutes: number, seconds: number, nudges: NudgeState = INITIAL_NUDGES, settings = DEFAULT_SETTINGS) {
  const sitting = minutes * MIN + seconds * SEC;
  const next = nextTickAt(sittingFor(sitting), nudges, settings, START + sitting);
  return next === null ? null : next - (START + sitting);
}

describe('when the next tick comes', () => {
  it('comes at none while away or before anything is known', () => {
    const away: EngineState = { ...sittingFor(10 * MIN), presence: { kind: 'away', reason: 'idle', since: START + 9 * MIN } };
    expect(nextTickAt(away, INITIAL_NUDGES, DEFAULT_SETTINGS, START + 10 * MIN)).toBeNull();
    expect(nextTickAt(INITIAL_ENGINE, INITIAL_NUDGES, DEFAULT_SETTINGS, START)).toBeNull();
  });

  it("comes when the bout's minute turns, so the badge follows the bout and not the last tick", () => {
    expect(tickAfter(4, 0)).toBe(MIN);
    expect(tickAfter(4, 20)).toBe(40 * SEC);
    expect(tickAfter(4, 59.999)).toBe(1);
  });

  it('comes a period after a bout-less active moment: that tick opens the bout', () => {
    const noBout: EngineState = { presence: { kind: 'active', since: START }, lastSignalAt: START, bout: null };
    expect(nextTickAt(noBout, INITIAL_NUDGES, DEFAULT_SETTINGS, START)).toBe(START + TICK_MS);
  });

  it('comes when a nudge, reminder or snooze falls due between two minutes', () => {
    // A reminder stored off the minute (by an older version, or pushed by hand) still comes on time.
    expect(tickAfter(35, 0, nudgesFor({ shown: 1, dueAtMs: 35 * MIN + 20 * SEC }))).toBe(20 * SEC);
    expect(tickAfter(35, 10, nudgesFor({ shown: 1, snoozes: 1, dueAtMs: 35 * MIN + 20 * SEC }))).toBe(10 * SEC);
    // The interval is whole minutes: the nudge comes with the minute.
    expect(tickAfter(29, 30)).toBe(30 * SEC);
  });

  it('comes for the pre-break warning a minute before the nudge, only when it is asked for and not yet shown', () => {
    const warn = settingsWith({ preBreakWarning: true, breakIntervalMinutes: 30 });
    const pushed = nudgesFor({ dueAtMs: 0 });
    expect(tickAfter(28, 45, pushed, warn)).toBe(15 * SEC);
    // Off the minute only when pushed there: a snooze before the first nudge.
    const snoozed = nudgesFor({ snoozes: 1, dueAtMs: 32 * MIN + 20 * SEC });
    expect(tickAfter(31, 10, snoozed, warn)).toBe(10 * SEC);
    expect(tickAfter(31, 10, snoozed, DEFAULT_SETTINGS)).toBe(50 * SEC);
    expect(tickAfter(31, 10, { ...snoozed, warned: true }, warn)).toBe(50 * SEC);
  });

  it('takes no due moment from a pause, from reminders used up, or from counters of another bout', () => {
    const due = { dueAtMs: 35 * MIN + 20 * SEC };
    expect(tickAfter(35, 0, nudgesFor({ shown: 1, ...due, pausedUntil: START + 2 * 60 * MIN }))).toBe(MIN);
    expect(tickAfter(35, 0, nudgesFor({ shown: 4, ...due }))).toBe(MIN);
    // Counters of an earlier bout: this bout starts over with the interval, here 30 minutes.
    expect(tickAfter(35, 0, { ...nudgesFor({ shown: 1, ...due }), boutStartedAt: START - 99 * MIN })).toBe(MIN);
  });

  it('never leaves more than one period to the next tick, even when no minute is in sight (a gap nobody saw)', () => {
    const engine = { ...sittingFor(10 * MIN + 20 * SEC), lastSignalAt: START + 10 * MIN };
    const now = START + 10 * MIN + 5 * MIN;
    const next = nextTickAt(engine, INITIAL_NUDGES, DEFAULT_SETTINGS, now) as number;
    expect(next).toBeGreaterThan(now);
    expect(next).toBeLessThanOrEqual(now + TICK_MS);
  });
});

describe('a nudge held outside working hours', () => {
  /** Working hours from 9:35 every day; the bout began 25 s before a whole minute, so its minutes turn at :35 s. */
  const fromNineThirtyFive = settingsWith({ workingHours: Array.from({ length: 7 }, () => [{ start: 9 * 60 + 35, end: 17 * 60 }]) });
  const began = START - 25 * SEC;
  const at = (clock: number): EngineState => ({
    presence: { kind: 'active', since: began },
    lastSignalAt: clock,
    bout: { startedAt: began, spans: [[began, clock]] },
  });
  const held = (nudges: Partial<NudgeState>) => ({ ...INITIAL_NUDGES, boutStartedAt: began, ...nudges });

  it('comes the moment working hours begin, not at the next turn of the bout’s minute', () => {
    const now = START + 34 * MIN + 50 * SEC; // 9:34:50, the bout's minute turns at 9:35:35
    expect(nextTickAt(at(now), held({}), fromNineThirtyFive, now)).toBe(START + 35 * MIN);
    // A reminder already due and held comes then too.
    expect(nextTickAt(at(now), held({ shown: 1, dueAtMs: 20 * MIN }), fromNineThirtyFive, now)).toBe(START + 35 * MIN);
    // The bout's minute turning first (9:34:35) still comes first: the badge is never held back for the opening.
    const sooner = START + 34 * MIN + 10 * SEC;
    expect(nextTickAt(at(sooner), held({}), fromNineThirtyFive, sooner)).toBe(START + 34 * MIN + 35 * SEC);
  });

  it('adds no tick when nothing is held: before the nudge is due, with reminders used up, while paused, or within working hours', () => {
    const now = START + 34 * MIN + 50 * SEC;
    const early = settingsWith({ ...fromNineThirtyFive, breakIntervalMinutes: 40 });
    expect(nextTickAt(at(now), held({}), early, now)).toBe(START + 35 * MIN + 35 * SEC);
    const usedUp = held({ shown: 1 + DEFAULT_SETTINGS.maxReminders, dueAtMs: 20 * MIN });
    expect(nextTickAt(at(now), usedUp, fromNineThirtyFive, now)).toBe(START + 35 * MIN + 35 * SEC);
    expect(nextTickAt(at(now), held({ pausedUntil: now + 10 * MIN }), fromNineThirtyFive, now)).toBe(START + 35 * MIN + 35 * SEC);
    const inHours = START + 36 * MIN + 50 * SEC;
    expect(nextTickAt(at(inHours), held({ shown: 1, dueAtMs: 20 * MIN }), fromNineThirtyFive, inHours)).toBe(START + 37 * MIN + 35 * SEC);
  });

  it('comes at the bout’s minute when working hours begin later than that', () => {
    // Far from the opening: the bout's own minute comes first.
    const now = START + 20 * MIN + 50 * SEC;
    expect(nextTickAt(at(now), held({}), settingsWith({ ...fromNineThirtyFive, breakIntervalMinutes: 5 }), now)).toBe(
      START + 21 * MIN + 35 * SEC,
    );
  });
});
