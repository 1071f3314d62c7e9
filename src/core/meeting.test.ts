import { local, MIN } from '../../test/timeline';
import type { History } from './history';
import { endMeeting, inMeeting, meetingHoldEnd, startMeeting } from './meeting';
import { decideNudge, forBout, INITIAL_NUDGES, type NudgeContext, type NudgeState } from './nudges';
import { DEFAULT_SETTINGS } from './settings';
import { decideStandingReminder } from './standing';

const at = (h: number, mi: number, s = 0) => local(2026, 6, 10, h, mi, s);

describe('how long a meeting holds nudges', () => {
  it('until the next half hour and a minute', () => {
    expect(meetingHoldEnd(at(10, 0))).toBe(at(10, 31));
    expect(meetingHoldEnd(at(10, 5))).toBe(at(10, 31));
    expect(meetingHoldEnd(at(10, 40))).toBe(at(11, 1));
    expect(meetingHoldEnd(at(23, 45))).toBe(local(2026, 6, 11, 0, 1));
  });

  it('until the half hour after it when the next is under ten minutes away', () => {
    expect(meetingHoldEnd(at(10, 20))).toBe(at(10, 31));
    expect(meetingHoldEnd(at(10, 20) + 1)).toBe(at(11, 1));
    expect(meetingHoldEnd(at(10, 20, 1))).toBe(at(11, 1));
    expect(meetingHoldEnd(at(10, 50))).toBe(at(11, 1));
    expect(meetingHoldEnd(at(10, 50, 1))).toBe(at(11, 31));
  });

  it('from a meeting begun on the half hour, to the one after: that half hour is its start', () => {
    expect(meetingHoldEnd(at(10, 29, 59))).toBe(at(11, 1));
    expect(meetingHoldEnd(at(10, 30))).toBe(at(11, 1));
    expect(meetingHoldEnd(at(10, 30) - 1)).toBe(at(11, 1));
  });

  it('on the half hour the clock shows on the days the clocks change', () => {
    // New York: 2:00 does not exist on 8 March, and 1:00-2:00 comes twice on 1 November.
    expect(new Date(meetingHoldEnd(local(2026, 3, 8, 1, 45))).toTimeString().slice(0, 5)).toBe('03:01');
    const repeated = meetingHoldEnd(local(2026, 11, 1, 1, 45));
    expect(repeated - local(2026, 11, 1, 1, 45)).toBe(16 * MIN);
    expect(new Date(repeated).getMinutes()).toBe(1);
  });

  it('holds until the last millisecond before its end, and starts over from a fresh hold', () => {
    const state = startMeeting(INITIAL_NUDGES, at(10, 5));
    expect(state.meetingUntil).toBe(at(10, 31));
    expect(inMeeting(state, at(10, 31) - 1)).toBe(true);
    expect(inMeeting(state, at(10, 31))).toBe(false);
    expect(inMeeting(endMeeting(state), at(10, 6))).toBe(false);
    expect(endMeeting(INITIAL_NUDGES)).toBe(INITIAL_NUDGES);
    expect(startMeeting({ ...state, meetingHeld: true }, at(10, 40))).toMatchObject({ meetingUntil: at(11, 1), meetingHeld: false });
  });
});

describe('nudges during a meeting', () => {
  const START = at(9, 50);
  const settings = { ...DEFAULT_SETTINGS, breakIntervalMinutes: 30, snoozeMinutes: 5, maxReminders: 3 };

  /** The rules once a minute from `from` to `to` minutes of sitting, a meeting begun at minute `meetingAt`. */
  function run(from: number, to: number, meetingAt: number | null, state: NudgeState = INITIAL_NUDGES) {
    let nudges = state;
    let history: History = {};
    const events: Array<[number, string]> = [];
    for (let minute = from; minute <= to; minute++) {
      const now = START + minute * MIN;
      if (minute === meetingAt) nudges = startMeeting(nudges, now);
      const ctx: NudgeContext = { now, bout: { startedAt: START, sittingMs: minute * MIN }, settings, workingTime: true, deferred: false };
      const outcome = decideNudge(nudges, history, ctx);
      ({ nudges, history } = outcome);
      if (outcome.action.kind !== 'none') events.push([minute, outcome.action.kind]);
    }
    return { events, nudges, day: history['2026-06-10'] };
  }

  it('holds the warning and the nudge until the hold ends (10:31), then nudges at once, counting one held nudge', () => {
    // Meeting at 10:05 (minute 15): the nudge due at 10:20 waits until 10:31 (minute 41).
    const { events, day } = run(1, 45, 15);
    expect(events).toEqual([[41, 'nudge']]);
    expect(day).toMatchObject({ nudges: 1, meetingHolds: 1 });
  });

  it('shows nothing at the last minute of the hold and the nudge at its first minute after', () => {
    const held = run(1, 40, 15);
    expect(held.events).toEqual([]);
    expect(held.nudges.meetingUntil).toBe(at(10, 31));
    const after = run(41, 41, null, held.nudges);
    expect(after.events).toEqual([[41, 'nudge']]);
    expect(after.nudges.meetingUntil).toBeNull();
  });

  it('counts a reminder held by a second meeting in the same bout, and a nudge of a new bout, again', () => {
    const first = run(1, 45, 15);
    // Minute 45, 10:35: a second meeting until 11:01; the reminder due at minute 46 is held.
    const second = run(45, 72, 45, first.nudges);
    expect(second.events).toEqual([[71, 'nudge']]);
    expect(second.day).toMatchObject({ meetingHolds: 1 });
    const newBout = forBout({ ...first.nudges, meetingUntil: at(12, 0), meetingHeld: true }, { startedAt: START + 1, sittingMs: 0 });
    expect(newBout).toMatchObject({ meetingUntil: at(12, 0), meetingHeld: false });
  });

  it('counts nothing when no nudge came due during the hold', () => {
    const { events, day } = run(1, 25, 1);
    expect(events).toEqual([]);
    expect(day?.meetingHolds ?? 0).toBe(0);
  });

  it('holds the warning alone too, which comes as the hold ends when the nudge is not due yet', () => {
    // A 42-minute interval: the warning is due at minute 41, the nudge at 42.
    const later = { ...settings, preBreakWarning: true, breakIntervalMinutes: 42 };
    const ctx = (minute: number): NudgeContext => ({
      now: START + minute * MIN,
      bout: { startedAt: START, sittingMs: minute * MIN },
      settings: later,
      workingTime: true,
      deferred: false,
    });
    const until = (minute: number) => ({ ...INITIAL_NUDGES, meetingUntil: START + minute * MIN });
    expect(decideNudge(until(42), {}, ctx(41)).action.kind).toBe('none');
    expect(decideNudge(until(42), {}, ctx(42)).action.kind).toBe('nudge');
    expect(decideNudge(until(41), {}, ctx(41)).action.kind).toBe('warn');
  });

  it('holds the "change position" reminder while standing', () => {
    const nudges = startMeeting(INITIAL_NUDGES, at(10, 5));
    const context = { settings, workingTime: true, deferred: false, standing: { since: START, standingMs: 45 * MIN } };
    expect(decideStandingReminder(nudges, { ...context, now: at(10, 31) - 1 }).action.kind).toBe('none');
    expect(decideStandingReminder(nudges, { ...context, now: at(10, 31) }).action.kind).toBe('changePosition');
  });
});
