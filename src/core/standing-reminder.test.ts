import { local, MIN } from '../../test/timeline';
import { INITIAL_NUDGES } from './nudges';
import { DEFAULT_SETTINGS } from './settings';
import { decideStandingReminder, type StandingContext } from './standing';

const SINCE = local(2026, 6, 10, 9);
const at = (standingMs: number, more: Partial<StandingContext> = {}): StandingContext => ({
  now: SINCE + standingMs,
  standing: { since: SINCE, standingMs },
  settings: DEFAULT_SETTINGS,
  workingTime: true,
  deferred: false,
  ...more,
});

describe('the "change position" reminder', () => {
  it('comes once a standing period reaches the chosen time, and once only', () => {
    expect(decideStandingReminder(INITIAL_NUDGES, at(45 * MIN - 1)).action).toEqual({ kind: 'none' });
    const due = decideStandingReminder(INITIAL_NUDGES, at(45 * MIN));
    expect(due).toEqual({ nudges: { ...INITIAL_NUDGES, standingRemindedFor: SINCE }, action: { kind: 'changePosition', minutes: 45 } });
    expect(decideStandingReminder(due.nudges, at(90 * MIN)).action).toEqual({ kind: 'none' });
    // A new standing period has its own.
    const next = { ...at(45 * MIN), standing: { since: SINCE + 2 * 60 * MIN, standingMs: 45 * MIN } };
    expect(decideStandingReminder(due.nudges, next).action.kind).toBe('changePosition');
  });

  it('never comes when turned off, while sitting, paused, outside working hours or held back, and is not used up by those', () => {
    const off = { ...DEFAULT_SETTINGS, standingReminderMinutes: 0 };
    const quiet = [
      at(60 * MIN, { settings: off }),
      at(60 * MIN, { standing: null }),
      at(60 * MIN, { workingTime: false }),
      at(60 * MIN, { deferred: true }),
    ];
    for (const context of quiet)
      expect(decideStandingReminder(INITIAL_NUDGES, context)).toEqual({ nudges: INITIAL_NUDGES, action: { kind: 'none' } });
    const paused = { ...INITIAL_NUDGES, pausedUntil: SINCE + 2 * 60 * MIN };
    expect(decideStandingReminder(paused, at(60 * MIN))).toEqual({ nudges: paused, action: { kind: 'none' } });
  });
});
