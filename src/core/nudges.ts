import { dayKey } from './days';
import { countOn, type History } from './history';
import { inMeeting } from './meeting';
import type { Settings } from './settings';

const MIN = 60_000;

/** What the nudge rules remember between ticks; the background persists it next to the engine. */
export interface NudgeState {
  /** The bout the counters below belong to; a new bout starts them over. */
  boutStartedAt: number | null;
  /** Nudges shown in this bout, the first one included. */
  shown: number;
  snoozes: number;
  /**
   * Bout sitting time a snooze or reminder pushed the next nudge to; 0 until then. The interval
   * itself is never copied here: it is read from the settings at every decision, so changing it
   * reaches the bout in progress.
   */
  dueAtMs: number;
  /** When the last counted guided break ended: a report of a break that began before it is the same break again. */
  lastBreakEndedAt: number | null;
  warned: boolean;
  ignoredCounted: boolean;
  pausedUntil: number | null;
  /** Which moves "Rotate" suggested last, so the next break suggests something else. */
  rotation: Rotation;
  /** The standing period (by when it began) that has had its one "change position" reminder. */
  standingRemindedFor: number | null;
  /** While the person is in a meeting, nudges wait until then (meeting.ts); sitting goes on counting. */
  meetingUntil: number | null;
  /** This bout's nudge held by the current meeting hold is counted in the day's meetingHolds. */
  meetingHeld: boolean;
  /** When a due nudge first waited for the person to stop typing (typing-pause.ts); null when none waits. */
  typingHeldSince: number | null;
  /**
   * The last notification HipCheck tried could not be shown (the person or the system blocks them):
   * nudges come as the break tab, and the popup says why. Kept across bouts; cleared once one shows.
   */
  notificationsBlocked: boolean;
  /** The nudge of this bout (its count in `shown`) that was answered or followed up by the break tab (unanswered.ts). */
  settledReminder: number | null;
}

export interface Rotation {
  seed: number;
  previous: string[];
}

export const INITIAL_NUDGES: NudgeState = {
  boutStartedAt: null,
  shown: 0,
  snoozes: 0,
  dueAtMs: 0,
  warned: false,
  ignoredCounted: false,
  pausedUntil: null,
  lastBreakEndedAt: null,
  // Stryker disable next-line ArrayDeclaration: a previous pick naming no real move changes no rotation pick
  rotation: { seed: 0, previous: [] },
  standingRemindedFor: null,
  meetingUntil: null,
  meetingHeld: false,
  typingHeldSince: null,
  notificationsBlocked: false,
  settledReminder: null,
};

export interface NudgeContext {
  now: number;
  bout: { startedAt: number; sittingMs: number } | null;
  settings: Settings;
  workingTime: boolean;
  /** Fullscreen window or sound playing, as the settings ask: the nudge waits until it ends. */
  deferred: boolean;
}

export type NudgeAction =
  | { kind: 'none' }
  | { kind: 'warn' }
  | { kind: 'nudge'; reminder: number; canSnooze: boolean }
  /** Standing long enough at a sit-stand desk: time to sit for a while (standing.ts). */
  | { kind: 'changePosition'; minutes: number }
  /** The last reminder went unanswered and the person still sits: the break tab, once (unanswered.ts). */
  | { kind: 'breakTab' };

export interface NudgeOutcome {
  nudges: NudgeState;
  history: History;
  action: NudgeAction;
}

const NONE: NudgeAction = { kind: 'none' };

/**
 * The bout's whole minute nearest `sittingMs`. The badge already needs a tick at every whole minute of
 * the bout; a snooze or reminder due on one of them costs no wakeup of its own. A snooze clicked 20 s
 * into a minute comes back 4 min 40 s later, one clicked 40 s in after 5 min 20 s.
 */
const onWholeMinute = (sittingMs: number) => Math.round(sittingMs / MIN) * MIN;

/** The counters for `bout`, started over when the bout is new. */
export function forBout(state: NudgeState, bout: NudgeContext['bout']): NudgeState {
  const startedAt = bout?.startedAt ?? null;
  if (state.boutStartedAt === startedAt) return state;
  return {
    ...INITIAL_NUDGES,
    pausedUntil: state.pausedUntil,
    meetingUntil: state.meetingUntil,
    lastBreakEndedAt: state.lastBreakEndedAt,
    rotation: state.rotation,
    notificationsBlocked: state.notificationsBlocked,
    boutStartedAt: startedAt,
  };
}

/**
 * Bout sitting time at which the next nudge is due: the current interval, or later where a snooze or
 * reminder pushed it. Before any nudge or snooze the stored point means nothing (older versions
 * stored the interval there), so only the interval counts.
 */
export function nextDueMs(state: NudgeState, settings: Settings): number {
  const pushed = state.shown === 0 && state.snoozes === 0 ? 0 : state.dueAtMs;
  return Math.max(pushed, settings.breakIntervalMinutes * MIN);
}

/** A guided break that began before the last counted one ended is that break reported again, or not a break. */
export function isNewBreak(state: NudgeState, startedAt: number): boolean {
  return state.lastBreakEndedAt === null || startedAt >= state.lastBreakEndedAt;
}

export function isPaused(state: NudgeState, now: number): boolean {
  return state.pausedUntil !== null && now < state.pausedUntil;
}

/**
 * Decides, at a tick, whether to nudge. Nudges come when the bout reaches the interval, then every
 * snooze length while the person keeps sitting, at most `maxReminders` more times; after that they
 * stay quiet until the bout ends, and the bout counts once as an ignored nudge.
 */
export function decideNudge(state: NudgeState, history: History, ctx: NudgeContext): NudgeOutcome {
  const { now, bout, settings } = ctx;
  let nudges = forBout(state, bout);
  if (nudges.pausedUntil !== null && now >= nudges.pausedUntil) nudges = { ...nudges, pausedUntil: null };
  if (nudges.meetingUntil !== null && now >= nudges.meetingUntil) nudges = { ...nudges, meetingUntil: null };
  if (!bout || isPaused(nudges, now) || !ctx.workingTime) return { nudges, history, action: NONE };

  const sitting = bout.sittingMs;
  const dueAt = nextDueMs(nudges, settings);
  const reminderLimit = 1 + settings.maxReminders;
  if (nudges.shown >= reminderLimit) {
    if (nudges.ignoredCounted || sitting < dueAt) return { nudges, history, action: NONE };
    return { nudges: { ...nudges, ignoredCounted: true }, history: countOn(history, dayKey(now), 'ignoredNudges'), action: NONE };
  }
  const meeting = inMeeting(nudges, now);
  if (sitting >= dueAt) {
    // Held, not dropped: the nudge stays due, so the first decision after the hold shows it.
    if (meeting) {
      if (nudges.meetingHeld) return { nudges, history, action: NONE };
      return { nudges: { ...nudges, meetingHeld: true }, history: countOn(history, dayKey(now), 'meetingHolds'), action: NONE };
    }
    if (ctx.deferred) return { nudges, history, action: NONE };
    const shown = nudges.shown + 1;
    return {
      nudges: { ...nudges, shown, dueAtMs: onWholeMinute(sitting + settings.snoozeMinutes * MIN) },
      history: countOn(history, dayKey(now), 'nudges'),
      action: { kind: 'nudge', reminder: shown, canSnooze: nudges.snoozes < settings.maxSnoozesPerBout },
    };
  }
  const warnFrom = dueAt - MIN;
  if (settings.preBreakWarning && nudges.shown === 0 && !nudges.warned && sitting >= warnFrom && !ctx.deferred && !meeting) {
    return { nudges: { ...nudges, warned: true }, history, action: { kind: 'warn' } };
  }
  return { nudges, history, action: NONE };
}

/** Postpones the next nudge by the snooze length, if this bout still has snoozes left. */
export function snooze(
  state: NudgeState,
  history: History,
  ctx: Pick<NudgeContext, 'now' | 'bout' | 'settings'>,
): { nudges: NudgeState; history: History; snoozed: boolean } {
  const { now, bout, settings } = ctx;
  const nudges = forBout(state, bout);
  if (!bout || nudges.snoozes >= settings.maxSnoozesPerBout) return { nudges, history, snoozed: false };
  return {
    nudges: { ...nudges, snoozes: nudges.snoozes + 1, dueAtMs: onWholeMinute(bout.sittingMs + settings.snoozeMinutes * MIN) },
    history: countOn(history, dayKey(now), 'snoozes'),
    snoozed: true,
  };
}

/**
 * How urgent the bout looks on the badge: calm below 80 % of the interval, warning from 80 %, alert when due.
 * Standing has a look of its own: no bout runs, and nothing is due. A pause outranks it, as it silences reminders.
 */
export type BadgeTone = 'calm' | 'warning' | 'alert' | 'paused' | 'standing';

export function badgeTone(sittingMs: number, settings: Settings, paused: boolean, standing = false): BadgeTone {
  if (paused) return 'paused';
  if (standing) return 'standing';
  const interval = settings.breakIntervalMinutes * MIN;
  if (sittingMs >= interval) return 'alert';
  return sittingMs >= interval * 0.8 ? 'warning' : 'calm';
}
