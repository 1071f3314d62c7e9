import { type EngineState, INITIAL_ENGINE } from '../../core/engine';
import { INITIAL_NUDGES, type NudgeState } from '../../core/nudges';
import { ALWAYS, DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { todayView } from '../../core/today';
import type { Snapshot } from '../../storage/items';
import { canSnooze, minutesUntil, popupStatus } from './status';

const MIN = 60_000;
const NOW = new Date(2026, 5, 10, 10, 0).getTime(); // a Wednesday

function sittingFor(minutes: number): EngineState {
  const since = NOW - minutes * MIN;
  return { presence: { kind: 'active', since }, lastSignalAt: NOW, bout: { startedAt: since, spans: [[since, NOW]] } };
}

function statusOf({
  engine = INITIAL_ENGINE,
  nudges = {},
  settings = {},
}: {
  engine?: EngineState;
  nudges?: Partial<NudgeState>;
  settings?: Partial<Settings>;
}) {
  const snapshot: Snapshot = {
    settings: { ...DEFAULT_SETTINGS, ...settings },
    tracked: { engine, history: {} },
    nudges: { ...INITIAL_NUDGES, ...nudges },
    repairs: [],
  };
  return popupStatus(snapshot, todayView(snapshot.tracked, NOW, snapshot.settings), NOW);
}

/** Counters that belong to the bout `sittingFor(minutes)` started. */
const forThatBout = (minutes: number, state: Partial<NudgeState>): Partial<NudgeState> => ({
  boutStartedAt: NOW - minutes * MIN,
  ...state,
});

describe('popup status', () => {
  it('says a meeting holds reminders until its end, after a pause and before the working hours', () => {
    const until = NOW + 31 * MIN;
    expect(statusOf({ engine: sittingFor(40), nudges: { meetingUntil: until } })).toEqual({ kind: 'meeting', until });
    expect(statusOf({ engine: sittingFor(40), nudges: { meetingUntil: until, pausedUntil: until } }).kind).toBe('paused');
    const never = Array.from({ length: 7 }, () => []);
    expect(statusOf({ nudges: { meetingUntil: until }, settings: { workingHours: never } }).kind).toBe('meeting');
    expect(statusOf({ engine: sittingFor(40), nudges: { meetingUntil: NOW } }).kind).toBe('due');
  });

  it('says nothing is being counted on a fresh install', () => {
    expect(statusOf({})).toEqual({ kind: 'notSitting' });
  });

  it('counts down to the first nudge from the interval when the stored counters are from an older bout', () => {
    expect(statusOf({ engine: sittingFor(27), nudges: { boutStartedAt: 1, shown: 3, dueAtMs: 99 * MIN } })).toEqual({
      kind: 'next',
      inMs: 3 * MIN,
    });
  });

  it('follows a custom interval', () => {
    expect(statusOf({ engine: sittingFor(10), settings: { breakIntervalMinutes: 45 } })).toEqual({ kind: 'next', inMs: 35 * MIN });
  });

  it('is due once the bout reaches the interval, even before the background has shown the nudge', () => {
    expect(statusOf({ engine: sittingFor(30) })).toEqual({ kind: 'due', nextReminderMs: null, snoozesLeft: 2 });
  });

  it('stays due after a nudge, with the next reminder and the snoozes left', () => {
    const status = statusOf({ engine: sittingFor(32), nudges: forThatBout(32, { shown: 1, snoozes: 1, dueAtMs: 35 * MIN }) });
    expect(status).toEqual({ kind: 'due', nextReminderMs: 3 * MIN, snoozesLeft: 1 });
    expect(canSnooze(status)).toBe(true);
  });

  it('offers no snooze once they are used up, and no next reminder once the reminders are', () => {
    const status = statusOf({
      engine: sittingFor(50),
      nudges: forThatBout(50, { shown: 4, snoozes: 2, dueAtMs: 55 * MIN }),
    });
    expect(status).toEqual({ kind: 'due', nextReminderMs: null, snoozesLeft: 0 });
    expect(canSnooze(status)).toBe(false);
  });

  it('puts a pause before everything else', () => {
    const until = NOW + 30 * MIN;
    expect(statusOf({ engine: sittingFor(40), nudges: { pausedUntil: until } })).toEqual({ kind: 'paused', until });
  });

  it('ignores a pause that has run out', () => {
    expect(statusOf({ engine: sittingFor(5), nudges: { pausedUntil: NOW - 1 } })).toEqual({ kind: 'next', inMs: 25 * MIN });
  });

  it('is quiet outside working hours, however long the bout', () => {
    const afternoons = ALWAYS.map(() => [{ start: 13 * 60, end: 17 * 60 }]);
    expect(statusOf({ engine: sittingFor(40), settings: { workingHours: afternoons } })).toEqual({ kind: 'offHours' });
  });

  it('is always outside working hours with an empty schedule', () => {
    expect(statusOf({ settings: { workingHours: ALWAYS.map(() => []) } })).toEqual({ kind: 'offHours' });
  });

  it('is away while the person is away, before any bout arithmetic', () => {
    const engine: EngineState = { ...sittingFor(31), presence: { kind: 'away', reason: 'idle', since: NOW - MIN } };
    expect(statusOf({ engine })).toEqual({ kind: 'away' });
  });

  it('only offers a snooze for a due break', () => {
    expect(canSnooze({ kind: 'next', inMs: MIN })).toBe(false);
    expect(canSnooze({ kind: 'paused', until: NOW })).toBe(false);
  });
});

describe('minutes until', () => {
  it('rounds up and never says zero', () => {
    expect(minutesUntil(2 * MIN + 1)).toBe(3);
    expect(minutesUntil(3 * MIN)).toBe(3);
    expect(minutesUntil(1)).toBe(1);
    expect(minutesUntil(0)).toBe(1);
  });
});
