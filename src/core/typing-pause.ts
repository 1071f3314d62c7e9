const MIN = 60_000;

/** Input within this many seconds is typing: the idle state asked over 15 s answers 'active'. */
export const TYPING_SECONDS = 15;

/** The longest a due nudge waits for a pause in typing: someone who never stops still gets it. */
export const TYPING_WAIT_MS = 2 * MIN;

/**
 * Whether a due nudge waits because the person is typing, and since when: null means show it now.
 * `heldSince` is when it first waited (null if it has not); a nudge interrupting a sentence is
 * dismissed unread, so it waits for the first tick that finds a pause, but never past TYPING_WAIT_MS.
 * A wait dated after `now` (the clock set back) starts over rather than waiting for that date.
 */
export function typingWait(heldSince: number | null, now: number, typing: boolean): number | null {
  if (!typing) return null;
  const since = heldSince !== null && heldSince <= now ? heldSince : now;
  return now - since >= TYPING_WAIT_MS ? null : since;
}
