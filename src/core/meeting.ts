import type { NudgeState } from './nudges';

const MIN = 60_000;
const HALF_HOUR = 30 * MIN;

/** A half hour nearer than this is taken to be the meeting's own start or end, not when it is over. */
const TOO_NEAR_MS = 10 * MIN;

/** After the half hour, so a meeting that ends on time has let the person out of the room. */
const GRACE_MS = MIN;

/**
 * When a hold for a meeting begun at `at` ends: meetings end on the half hour of local time, so the
 * next :00 or :30 plus a minute; the one after when the next is under ten minutes away, as a meeting
 * joined then has only just begun. The half hour is found on the local clock's own minutes, so zones
 * a quarter or half an hour off UTC, and clock changes, land on the :00 or :30 the person sees.
 */
export function meetingHoldEnd(at: number): number {
  const local = new Date(at);
  const intoHalfHour = ((local.getMinutes() % 30) * 60 + local.getSeconds()) * 1000 + local.getMilliseconds();
  const next = at - intoHalfHour + HALF_HOUR;
  return (next - at < TOO_NEAR_MS ? next + HALF_HOUR : next) + GRACE_MS;
}

export function inMeeting(state: NudgeState, now: number): boolean {
  return state.meetingUntil !== null && now < state.meetingUntil;
}

/** A fresh hold: a nudge it holds is counted anew, even within the bout a previous hold counted. */
export function startMeeting(state: NudgeState, at: number): NudgeState {
  return { ...state, meetingUntil: meetingHoldEnd(at), meetingHeld: false };
}

export function endMeeting(state: NudgeState): NudgeState {
  return state.meetingUntil === null ? state : { ...state, meetingUntil: null };
}
