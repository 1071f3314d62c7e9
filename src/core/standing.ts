import type { EngineState } from './engine';
import type { DayStats } from './history';
import { inMeeting } from './meeting';
import { isPaused, type NudgeAction, type NudgeState } from './nudges';
import type { Settings } from './settings';

const MIN = 60_000;

/**
 * Sit-stand desks: the person says when they stand and when they sit again (the `stand` and `sit`
 * signals). While standing, active time is standing time: no sitting bout runs, so no sitting nudge comes.
 *
 * Standing up ends the bout in progress but is not counted as a natural break: naturalBreaks counts
 * absences from the desk, which only the idle state can see, and the day's breaks (guided plus natural)
 * rank days and fill the weekly averages. A stand-up is already counted once, in standingPeriods;
 * counting it as a break too would let a few presses of the button pass for a day of breaks.
 */

/**
 * Why standing ended without the person saying so: they left for a natural break, the browser started,
 * or the machine slept as long as a natural break. Each time they come back sitting, as nobody can
 * tell whether they still stand; the popup says so once.
 */
export type StandingEndReason = 'break' | 'startup' | 'sleep';
export const STANDING_END_REASONS = ['break', 'startup', 'sleep'] as const satisfies ReadonlyArray<StandingEndReason>;

export type Posture = 'sitting' | 'standing';
export const POSTURES = ['sitting', 'standing'] as const satisfies ReadonlyArray<Posture>;

/** The note that standing ended by itself has been told (the popup showed it, or the person said how they stand). */
export function standingNoteSeen(engine: EngineState): EngineState {
  return engine.standingEnded ? { ...engine, standingEnded: null } : engine;
}

/** A day's share of a closed standing period: a period across midnight counts once on each day it touches, as a bout does. */
export function bookStanding(stats: DayStats, ms: number): DayStats {
  return { ...stats, standingMs: stats.standingMs + ms, standingPeriods: stats.standingPeriods + 1 };
}

export interface StandingContext {
  now: number;
  standing: { since: number; standingMs: number } | null;
  settings: Settings;
  workingTime: boolean;
  /** Fullscreen window or sound playing, as the settings ask: the reminder waits, as a nudge does. */
  deferred: boolean;
}

/**
 * Standing time still to go before the "change position" reminder, or null when none will come in
 * this standing period: the setting is off, it was already shown, or the person sits.
 */
function standingReminderInMs(nudges: NudgeState, standing: StandingContext['standing'], settings: Settings): number | null {
  if (!standing || settings.standingReminderMinutes === 0 || nudges.standingRemindedFor === standing.since) return null;
  return settings.standingReminderMinutes * MIN - standing.standingMs;
}

/**
 * One reminder per standing period, once it reaches standingReminderMinutes: standing all day is no
 * better than sitting all day. It keeps to the pause, a meeting and the working hours, as the sitting nudges do.
 */
export function decideStandingReminder(nudges: NudgeState, ctx: StandingContext): { nudges: NudgeState; action: NudgeAction } {
  const { standing, settings, now } = ctx;
  const inMs = standingReminderInMs(nudges, standing, settings);
  if (!standing || inMs === null || inMs > 0 || isPaused(nudges, now) || inMeeting(nudges, now) || !ctx.workingTime || ctx.deferred) {
    return { nudges, action: { kind: 'none' } };
  }
  return {
    nudges: { ...nudges, standingRemindedFor: standing.since },
    action: { kind: 'changePosition', minutes: Math.floor(standing.standingMs / MIN) },
  };
}
