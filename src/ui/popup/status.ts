import { inMeeting } from '../../core/meeting';
import { forBout, isPaused, nextDueMs } from '../../core/nudges';
import { isWorkingTime } from '../../core/schedule';
import type { TodayView } from '../../core/today';
import type { Snapshot } from '../../storage/items';

const MIN = 60_000;

/** The one line under today's numbers that says what HipCheck will do next. */
export type PopupStatus =
  | { kind: 'paused'; until: number }
  /** "In a meeting": nudges wait until `until`, while sitting goes on counting. */
  | { kind: 'meeting'; until: number }
  | { kind: 'offHours' }
  | { kind: 'away' }
  /** Standing at a sit-stand desk: no bout runs, so no nudge comes. */
  | { kind: 'standing' }
  | { kind: 'notSitting' }
  | {
      kind: 'due';
      /** Sitting time until the next reminder; null when the reminders for this bout are used up. */
      nextReminderMs: number | null;
      snoozesLeft: number;
    }
  | { kind: 'next'; inMs: number };

/**
 * Chooses the status in the order that explains the most: a pause, a meeting or the working hours
 * silence every nudge, so they come first; then where the person is; then the bout against its nudge.
 */
export function popupStatus({ settings, tracked, nudges }: Snapshot, view: TodayView, now: number): PopupStatus {
  if (isPaused(nudges, now)) return { kind: 'paused', until: nudges.pausedUntil as number };
  if (inMeeting(nudges, now)) return { kind: 'meeting', until: nudges.meetingUntil as number };
  if (!isWorkingTime(settings.workingHours, now)) return { kind: 'offHours' };
  if (tracked.engine.presence.kind === 'away') return { kind: 'away' };
  if (view.standing) return { kind: 'standing' };
  if (!view.bout) return { kind: 'notSitting' };

  // Stored counters from an earlier bout say nothing about this one: start them over as the background will.
  const state = forBout(nudges, view.bout);
  const untilDue = nextDueMs(state, settings) - view.bout.sittingMs;
  // Due exactly when the badge turns to alert: from the current interval on, whatever was shown before it changed.
  if (view.bout.sittingMs < settings.breakIntervalMinutes * MIN) return { kind: 'next', inMs: untilDue };
  const remindersLeft = state.shown < 1 + settings.maxReminders;
  return {
    kind: 'due',
    nextReminderMs: remindersLeft && untilDue > 0 ? untilDue : null,
    snoozesLeft: Math.max(0, settings.maxSnoozesPerBout - state.snoozes),
  };
}

/** Snoozing only makes sense for a nudge that is due, and each bout has a limited number of them. */
export function canSnooze(status: PopupStatus): boolean {
  // Stryker disable next-line ConditionalExpression: only a due status has snoozesLeft, and undefined > 0 is false
  return status.kind === 'due' && status.snoozesLeft > 0;
}

/** Whole minutes, rounded up: "in 1 min" until the nudge actually comes, never "in 0 min". */
export function minutesUntil(ms: number): number {
  return Math.max(1, Math.ceil(ms / MIN));
}
