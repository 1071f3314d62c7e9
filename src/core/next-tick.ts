import { currentBout, currentStanding, type EngineState, TICK_MS } from './engine';
import { inMeeting } from './meeting';
import { forBout, isPaused, type NudgeState, nextDueMs } from './nudges';
import { isWorkingTime } from './schedule';
import type { Settings } from './settings';

const MIN = 60_000;

/**
 * Bout sitting times, after `sittingMs`, at which the nudge rules would act: the pre-break warning,
 * then the nudge or reminder. None once the reminders are used up: what is left (counting the
 * bout as ignored, and the break tab after an unanswered last reminder) falls on a whole minute of
 * the bout, which the badge's tick reaches anyway.
 */
function dueSitting(nudges: NudgeState, settings: Settings, sittingMs: number): number[] {
  if (nudges.shown >= 1 + settings.maxReminders) return [];
  const due = nextDueMs(nudges, settings);
  const warn = settings.preBreakWarning && nudges.shown === 0 && !nudges.warned ? [due - MIN] : [];
  return [...warn, due].filter((ms) => ms > sittingMs);
}

/**
 * When the next tick should come, or null when none should (nobody is at the computer). It is the
 * first moment something the person sees changes: the bout's (or standing period's) next whole minute
 * (the badge), a warning, nudge or reminder coming due, or a meeting hold ending. Never later than one tick period after `now`, because the
 * engine reads a longer silence as a gap; never at or before `now`.
 */
export function nextTickAt(engine: EngineState, nudges: NudgeState, settings: Settings, now: number): number | null {
  if (engine.presence.kind !== 'active') return null;
  const bout = currentBout(engine, now, settings);
  const standing = currentStanding(engine, now, settings);
  // With no bout yet, the next tick opens one: a period from now is as good as any moment.
  const sitting = bout?.sittingMs ?? 0;
  const shown = standing?.standingMs ?? sitting;
  // The standing reminder falls on a whole minute of standing, which the badge already ticks at.
  const intoMinute = ((shown % TICK_MS) + TICK_MS) % TICK_MS;
  let next = now + TICK_MS - intoMinute;
  if (bout && !isPaused(nudges, now)) {
    const state = forBout(nudges, bout);
    for (const ms of dueSitting(state, settings, sitting)) next = Math.min(next, now + ms - sitting);
    const opens = workingHoursOpen(settings, now, next);
    if (opens !== null && isHeld(state, settings, sitting)) next = opens;
  }
  // What a meeting held comes as it ends, not up to a minute later: one tick more a meeting, at most.
  if ((bout || standing) && !isPaused(nudges, now) && inMeeting(nudges, now)) next = Math.min(next, nudges.meetingUntil as number);
  return next;
}

/** A nudge or reminder has come due and not been shown: outside working hours, it waits for them. */
function isHeld(nudges: NudgeState, settings: Settings, sittingMs: number): boolean {
  return nudges.shown < 1 + settings.maxReminders && sittingMs >= nextDueMs(nudges, settings);
}

/**
 * The minute working hours begin, when that is after `now` and before `before` (at most a tick period
 * on, so one minute boundary to look at): a nudge held outside them comes as they begin, not up to a
 * minute later. Working hours are whole local minutes.
 */
function workingHoursOpen(settings: Settings, now: number, before: number): number | null {
  const boundary = now - (now % MIN) + MIN;
  if (boundary >= before || isWorkingTime(settings.workingHours, now) || !isWorkingTime(settings.workingHours, boundary)) return null;
  return boundary;
}
