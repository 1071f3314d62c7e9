import { local, MIN } from '../../test/timeline';
import type { History } from './history';
import {
  badgeTone,
  decideNudge,
  INITIAL_NUDGES,
  isNewBreak,
  isPaused,
  type NudgeContext,
  type NudgeState,
  nextDueMs,
  snooze,
} from './nudges';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const START = local(2026, 6, 10, 9);

/**
 * Runs the rules over a bout that keeps going, once a minute as the worker's tick would, or every
 * `tickMs` where events come closer (a tick and a settings change in the same minute, say).
 */
function simulate(
  minutes: number,
  options: { settings?: Partial<Settings>; deferred?: (minute: number) => boolean; snoozeAt?: number[]; tickMs?: number } = {},
) {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const tickMs = options.tickMs ?? MIN;
  let nudges: NudgeState = INITIAL_NUDGES;
  let history: History = {};
  const events: Array<{ minute: number; kind: string; canSnooze?: boolean }> = [];
  for (let at = tickMs; at <= minutes * MIN; at += tickMs) {
    const minute = at / MIN;
    const ctx: NudgeContext = {
      now: START + at,
      bout: { startedAt: START, sittingMs: at },
      settings,
      workingTime: true,
      deferred: options.deferred?.(minute) ?? false,
    };
    const outcome = decideNudge(nudges, history, ctx);
    ({ nudges, history } = outcome);
    if (outcome.action.kind === 'nudge') events.push({ minute, kind: 'nudge', canSnooze: outcome.action.canSnooze });
    if (outcome.action.kind === 'warn') events.push({ minute, kind: 'warn' });
    if (options.snoozeAt?.includes(minute)) {
      const result = snooze(nudges, history, ctx);
      ({ nudges, history } = result);
      if (result.snoozed) events.push({ minute, kind: 'snooze' });
    }
  }
  return { events, day: history['2026-06-10'], nudges };
}

describe('nudge rules', () => {
  it('nudges when the bout reaches the interval, then re-nudges every snooze length up to the cap', () => {
    const { events, day } = simulate(60);
    expect(events.map((e) => e.minute)).toEqual([30, 35, 40, 45]);
    expect(day).toMatchObject({ nudges: 4, ignoredNudges: 1 });
  });

  it('counts an ignored nudge once, only when the bout goes on past the last reminder', () => {
    expect(simulate(49).day).toMatchObject({ nudges: 4, ignoredNudges: 0 });
    expect(simulate(50).day).toMatchObject({ ignoredNudges: 1 });
    expect(simulate(120).day).toMatchObject({ nudges: 4, ignoredNudges: 1 });
  });

  it('follows the interval and reminder settings', () => {
    const { events } = simulate(60, { settings: { breakIntervalMinutes: 20, snoozeMinutes: 10, maxReminders: 1 } });
    expect(events.map((e) => e.minute)).toEqual([20, 30]);
  });

  it('warns once, one minute before the nudge, when asked to', () => {
    expect(simulate(31).events.map((e) => e.kind)).toEqual(['nudge']);
    const { events } = simulate(31, { settings: { preBreakWarning: true } });
    expect(events).toEqual([
      { minute: 29, kind: 'warn' },
      { minute: 30, kind: 'nudge', canSnooze: true },
    ]);
  });

  it('warns once, even when ticks come closer than a minute apart', () => {
    const { events } = simulate(36, { settings: { preBreakWarning: true }, tickMs: 20_000 });
    expect(events).toEqual([
      { minute: 29, kind: 'warn' },
      { minute: 30, kind: 'nudge', canSnooze: true },
      { minute: 35, kind: 'nudge', canSnooze: true },
    ]);
  });

  it('holds the pre-break warning while a presentation or call defers the nudge', () => {
    const { events } = simulate(32, { settings: { preBreakWarning: true }, deferred: (minute) => minute >= 28 && minute < 31 });
    expect(events).toEqual([{ minute: 31, kind: 'nudge', canSnooze: true }]);
  });

  it('gives no warning before a reminder, even when the first nudge came without one', () => {
    const { events } = simulate(40, { settings: { preBreakWarning: true }, deferred: (minute) => minute >= 28 && minute < 31 });
    expect(events.map((e) => e.kind)).toEqual(['nudge', 'nudge']);
  });

  it('ends a pause at exactly the time it was set to end', () => {
    const paused = { ...INITIAL_NUDGES, pausedUntil: START + 50 * MIN };
    expect(isPaused(paused, START + 50 * MIN - 1)).toBe(true);
    expect(isPaused(paused, START + 50 * MIN)).toBe(false);
    expect(isPaused(INITIAL_NUDGES, START)).toBe(false);
  });

  it('gives the held warning once the deferral ends, when the nudge is not due yet', () => {
    const { events } = simulate(31, { settings: { preBreakWarning: true }, deferred: (minute) => minute < 29.5, tickMs: 30_000 });
    expect(events).toEqual([
      { minute: 29.5, kind: 'warn' },
      { minute: 30, kind: 'nudge', canSnooze: true },
    ]);
  });

  it('snoozes postpone the next nudge, at most twice a bout', () => {
    const { events, day } = simulate(50, { snoozeAt: [30, 35, 40] });
    expect(events).toEqual([
      { minute: 30, kind: 'nudge', canSnooze: true },
      { minute: 30, kind: 'snooze' },
      { minute: 35, kind: 'nudge', canSnooze: true },
      { minute: 35, kind: 'snooze' },
      { minute: 40, kind: 'nudge', canSnooze: false },
      { minute: 45, kind: 'nudge', canSnooze: false },
    ]);
    expect(day).toMatchObject({ snoozes: 2, nudges: 4 });
  });

  it("puts a snooze's and a reminder's nudge on the bout's nearest whole minute, where the badge's tick already is", () => {
    const settings = { ...DEFAULT_SETTINGS, snoozeMinutes: 5 };
    const at = (sittingMs: number) => ({ now: START + sittingMs, bout: { startedAt: START, sittingMs }, settings });
    const snoozedAt = (sittingMs: number) =>
      snooze({ ...INITIAL_NUDGES, boutStartedAt: START, shown: 1 }, {}, at(sittingMs)).nudges.dueAtMs;
    expect(snoozedAt(30 * MIN + 20_000)).toBe(35 * MIN);
    expect(snoozedAt(30 * MIN + 40_000)).toBe(36 * MIN);
    // A nudge shown late (held by a fullscreen window until an event mid-minute) reminds on a whole minute too.
    const late = decideNudge(INITIAL_NUDGES, {}, { ...at(33 * MIN + 10_000), workingTime: true, deferred: false });
    expect(late.nudges.dueAtMs).toBe(38 * MIN);
  });

  it('holds a due nudge while deferred and delivers it as soon as the deferral ends', () => {
    const { events } = simulate(40, { deferred: (minute) => minute >= 25 && minute < 34 });
    expect(events.map((e) => e.minute)).toEqual([34, 39]);
  });

  it('stays quiet outside working hours and while paused, and resumes when the pause ends', () => {
    const settings = DEFAULT_SETTINGS;
    const bout = { startedAt: START, sittingMs: 45 * MIN };
    const base = { now: START + 45 * MIN, bout, settings, deferred: false };
    expect(decideNudge(INITIAL_NUDGES, {}, { ...base, workingTime: false }).action.kind).toBe('none');
    const paused = { ...INITIAL_NUDGES, pausedUntil: START + 50 * MIN };
    expect(decideNudge(paused, {}, { ...base, workingTime: true }).action.kind).toBe('none');
    const after = decideNudge(paused, {}, { ...base, now: START + 50 * MIN, workingTime: true });
    expect(after.action.kind).toBe('nudge');
    expect(after.nudges.pausedUntil).toBeNull();
  });

  it('resumes a pause "until tomorrow" at midnight', () => {
    const lateBout = { startedAt: local(2026, 6, 10, 23, 20), sittingMs: 40 * MIN };
    const paused = { ...INITIAL_NUDGES, boutStartedAt: lateBout.startedAt, dueAtMs: 30 * MIN, pausedUntil: local(2026, 6, 11) };
    const ctx = { bout: lateBout, settings: DEFAULT_SETTINGS, workingTime: true, deferred: false };
    expect(decideNudge(paused, {}, { ...ctx, now: local(2026, 6, 10, 23, 59) }).action.kind).toBe('none');
    const after = decideNudge(paused, {}, { ...ctx, now: local(2026, 6, 11, 0, 0) });
    expect(after.action.kind).toBe('nudge');
    expect(after.history['2026-06-11']).toMatchObject({ nudges: 1 });
  });

  it('starts over for a new bout but keeps a pause', () => {
    const settings = DEFAULT_SETTINGS;
    const worn = { ...INITIAL_NUDGES, boutStartedAt: START, shown: 4, snoozes: 2, pausedUntil: START + 99 * MIN, dueAtMs: 99 * MIN };
    const next = decideNudge(
      worn,
      {},
      { now: START + 40 * MIN, bout: { startedAt: START + 10 * MIN, sittingMs: MIN }, settings, workingTime: true, deferred: false },
    );
    expect(next.nudges).toMatchObject({
      boutStartedAt: START + 10 * MIN,
      shown: 0,
      snoozes: 0,
      pausedUntil: START + 99 * MIN,
    });
    expect(nextDueMs(next.nudges, settings)).toBe(30 * MIN);
  });

  it('follows an interval changed mid-bout, in both directions', () => {
    const at = (minute: number, nudges: NudgeState, interval: number) =>
      decideNudge(
        nudges,
        {},
        {
          now: START + minute * MIN,
          bout: { startedAt: START, sittingMs: minute * MIN },
          settings: { ...DEFAULT_SETTINGS, breakIntervalMinutes: interval },
          workingTime: true,
          deferred: false,
        },
      );
    // The bout began under the 30-minute default, then the person lowered it to 5.
    const early = at(4, INITIAL_NUDGES, 30);
    expect(at(5, early.nudges, 5).action.kind).toBe('nudge');
    // Raised from 30 to 45 at minute 20: nothing at 30, the nudge at 45.
    const before = at(20, INITIAL_NUDGES, 30);
    expect(at(30, before.nudges, 45).action.kind).toBe('none');
    expect(at(45, before.nudges, 45).action.kind).toBe('nudge');
  });

  it('keeps a snooze when the interval is lowered below it, and a raised interval outlasts the reminders', () => {
    const settings = { ...DEFAULT_SETTINGS, snoozeMinutes: 10 };
    const bout = { startedAt: START, sittingMs: 31 * MIN };
    const snoozed = snooze({ ...INITIAL_NUDGES, boutStartedAt: START, shown: 1, dueAtMs: 35 * MIN }, {}, { now: START, bout, settings });
    expect(nextDueMs(snoozed.nudges, { ...settings, breakIntervalMinutes: 20 })).toBe(41 * MIN);
    expect(nextDueMs(snoozed.nudges, { ...settings, breakIntervalMinutes: 60 })).toBe(60 * MIN);
  });

  it('reads a stored interval from an older version as no push at all', () => {
    const stored = { ...INITIAL_NUDGES, boutStartedAt: START, dueAtMs: 30 * MIN };
    expect(nextDueMs(stored, { ...DEFAULT_SETTINGS, breakIntervalMinutes: 10 })).toBe(10 * MIN);
  });

  it('tells a guided break reported again from a new one', () => {
    const counted = { ...INITIAL_NUDGES, lastBreakEndedAt: START };
    expect(isNewBreak(INITIAL_NUDGES, 0)).toBe(true);
    expect(isNewBreak(counted, START - 3 * MIN)).toBe(false);
    expect(isNewBreak(counted, START)).toBe(true);
  });

  it('colours the badge calm, then warning from 80 %, then alert when due', () => {
    expect(badgeTone(23 * MIN, DEFAULT_SETTINGS, false)).toBe('calm');
    expect(badgeTone(24 * MIN, DEFAULT_SETTINGS, false)).toBe('warning');
    expect(badgeTone(30 * MIN, DEFAULT_SETTINGS, false)).toBe('alert');
    expect(badgeTone(30 * MIN, DEFAULT_SETTINGS, true)).toBe('paused');
  });
});
