import { inMeeting } from './meeting';
import { isPaused, type NudgeAction, type NudgeContext, type NudgeState, nextDueMs } from './nudges';

const NONE: NudgeAction = { kind: 'none' };

/**
 * The person answered the nudge on screen (snoozed it, started the break from it, or closed it): the
 * break tab must not follow it up. Remembered by its count, so a later reminder left alone still is.
 */
export function reminderAnswered(nudges: NudgeState): NudgeState {
  return nudges.shown === 0 || nudges.settledReminder === nudges.shown ? nudges : { ...nudges, settledReminder: nudges.shown };
}

/**
 * A notification is easy to miss (another screen, a muted system, Focus mode), and after the last
 * reminder the rules fall silent for the rest of the bout. So when that last reminder drew no answer
 * and the person still sits a snooze length later, the break tab opens, once a bout. Only for
 * notifications: 'tab' opened it already, 'badge' is chosen to be quiet, and blocked notifications
 * already fell back to the tab.
 */
export function decideUnansweredTab(nudges: NudgeState, ctx: NudgeContext): { nudges: NudgeState; action: NudgeAction } {
  const { now, bout, settings } = ctx;
  const followUp =
    settings.openTabIfUnanswered &&
    settings.nudgeStyle === 'notification' &&
    !nudges.notificationsBlocked &&
    bout !== null &&
    nudges.boutStartedAt === bout.startedAt &&
    nudges.shown >= 1 + settings.maxReminders &&
    nudges.settledReminder !== nudges.shown &&
    bout.sittingMs >= nextDueMs(nudges, settings) &&
    ctx.workingTime &&
    !ctx.deferred &&
    !isPaused(nudges, now) &&
    !inMeeting(nudges, now);
  if (!followUp) return { nudges, action: NONE };
  return { nudges: { ...nudges, settledReminder: nudges.shown }, action: { kind: 'breakTab' } };
}
