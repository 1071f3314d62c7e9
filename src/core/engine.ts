import { dayKey, nextMidnight, splitByDay, startOfDay } from './days';
import { countOn, type DayStats, dayOf, HISTORY_DAYS, type History, pruneHistory, updateDay } from './history';
import type { Settings } from './settings';
import { bookStanding, type StandingEndReason, standingNoteSeen } from './standing';

export const TICK_MS = 60_000;
/** More than two tick periods without a signal while active means sleep, a closed browser or a worker nobody woke. */
export const GAP_MS = 2 * TICK_MS;
export const PROLONGED_BOUT_MS = 30 * 60_000;

/** `stand` and `sit`: the person said they stand or sit again at a sit-stand desk (see standing.ts). */
export type SignalType = 'active' | 'idle' | 'locked' | 'tick' | 'startup' | 'stand' | 'sit';
export interface Signal {
  at: number;
  type: SignalType;
}

/**
 * Away since `since`, when input stopped. `lockedAt` is when the screen locked, which may be later (idle
 * first, locked after); it is read only while `reason` is 'locked', and state stored before it existed
 * lacks it: the lock is then taken to have begun at `since`.
 */
export type Away = { kind: 'away'; reason: 'idle' | 'locked'; since: number; lockedAt?: number };
export type Presence = { kind: 'unknown' } | { kind: 'active'; since: number } | Away;

/** A run of sitting not ended by a natural break. `spans` are the sitting intervals, ascending and disjoint: holes are gaps nobody saw. */
export interface Bout {
  startedAt: number;
  spans: Array<[number, number]>;
}

export interface EngineState {
  presence: Presence;
  lastSignalAt: number | null;
  bout: Bout | null;
  /**
   * The standing period while the person says they stand, kept by the bout's rules (spans, holes for
   * gaps); `bout` is null meanwhile. Absent, as in state stored before standing existed: sitting.
   */
  standing?: Bout | null;
  /** Standing that ended by itself, for the popup to say once; cleared when the person next says stand or sit. */
  standingEnded?: StandingEndReason | null;
}

export interface Tracked {
  engine: EngineState;
  history: History;
  /**
   * The sitting spans of the bouts closed so far, for sharing across computers (shared-days.ts): kept by
   * the background, which prunes it to the days it shares; absent, nothing is kept.
   */
  sat?: Array<[number, number]>;
}

export const INITIAL_ENGINE: EngineState = { presence: { kind: 'unknown' }, lastSignalAt: null, bout: null };

export function boutSittingMs(bout: Bout): number {
  return bout.spans.reduce((sum, [from, to]) => sum + (to - from), 0);
}

/**
 * Adds [from, to) to the bout, joining it to the last span when they touch. Nothing before the bout
 * began and nothing already counted is added again, even from a stored state this engine did not write.
 */
function withSitting(bout: Bout, from: number, to: number): Bout {
  const start = Math.max(from, bout.startedAt);
  if (to <= start) return bout;
  const last = bout.spans.at(-1);
  if (last && last[1] >= start) return last[1] >= to ? bout : { ...bout, spans: [...bout.spans.slice(0, -1), [last[0], to]] };
  return { ...bout, spans: [...bout.spans, [start, to]] };
}

/** Cuts every bit of sitting after `at`: the idle report came late, the person had already gone. */
function trimmedTo(bout: Bout, at: number): Bout {
  const spans: Array<[number, number]> = [];
  for (const [from, to] of bout.spans) if (from < at) spans.push([from, Math.min(to, at)]);
  return { ...bout, spans };
}

type Book = (stats: DayStats, ms: number, total: number) => DayStats;

const bookSitting: Book = (s, ms, total) => ({
  ...s,
  sittingMs: s.sittingMs + ms,
  bouts: s.bouts + 1,
  longestBoutMs: Math.max(s.longestBoutMs, ms),
  prolongedMs: s.prolongedMs + (total > PROLONGED_BOUT_MS ? ms : 0),
});

/**
 * Writes a bout (or, with bookStanding, a standing period) closed at `at` into the days. The bout holds
 * its spans between its start and `heard`, the latest signal time (which the clock may have gone back from). Days get that only up to the end
 * of the day of `at`: a day that has not begun then holds nothing (state dated ahead, or a clock set
 * back across midnight). And only the HISTORY_DAYS days ending there can outlive pruning, so only those
 * are split: a bout that claims to span years must not cost a walk over all of them.
 */
function recordBout(history: History, bout: Bout, at: number, heard: number, book: Book): History {
  const spans = bookedSpans(bout, heard);
  const total = spans.reduce((sum, [from, to]) => sum + (to - from), 0);
  if (total <= 0) return history;
  const until = Math.min(nextMidnight(at), Math.max(...spans.map(([, to]) => to)));
  const oldest = startOfDay(until - 1, 1 - HISTORY_DAYS);
  const perDay = new Map<string, number>();
  for (const [from, to] of spans) {
    for (const [day, ms] of splitByDay(Math.max(from, oldest), Math.min(to, until))) perDay.set(day, (perDay.get(day) ?? 0) + ms);
  }
  let next = history;
  for (const [day, ms] of perDay) {
    next = updateDay(next, day, (s) => book(s, ms, total));
  }
  return pruneHistory(next);
}

/** The bout's sitting between its start and `heard`: what a bout closed then books. */
function bookedSpans(bout: Bout, heard: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [from, to] of bout.spans) {
    const [start, stop] = [Math.max(from, bout.startedAt), Math.min(to, heard)];
    if (stop > start) spans.push([start, stop]);
  }
  return spans;
}

/** The engine with its standing period set; state that never stood keeps no standing field, as stored before it existed. */
function withStanding(engine: EngineState, standing: Bout | null): EngineState {
  return standing === null && engine.standing === undefined ? engine : { ...engine, standing };
}

/**
 * Ends the open bout or standing period, heard at `at`; `breakAt` marks it ended by a natural break that
 * started then. Leaving the desk from standing is as much a break as leaving it from sitting.
 */
function endBout(t: Tracked, at: number, breakAt: number | null = null): Tracked {
  const { bout, lastSignalAt } = t.engine;
  const standing = t.engine.standing ?? null;
  if (!bout && !standing) return t;
  const heard = Math.max(at, lastSignalAt ?? at);
  let history = t.history;
  if (bout) history = recordBout(history, bout, at, heard, bookSitting);
  if (standing) history = recordBout(history, standing, at, heard, bookStanding);
  const counted = (bout ? boutSittingMs(bout) : 0) + (standing ? boutSittingMs(standing) : 0);
  if (breakAt !== null && counted > 0) history = countOn(history, dayKey(breakAt), 'naturalBreaks');
  const engine = withStanding({ ...t.engine, bout: null }, null);
  // The same sitting the days were given: none in a day that has not begun at `at`.
  if (!bout || !t.sat) return { ...t, engine, history };
  return { ...t, engine, history, sat: [...t.sat, ...bookedSpans(bout, Math.min(heard, nextMidnight(at)))] };
}

/**
 * Ends what is open because the person left (or may have): standing, if that is what ended, is
 * noted for the popup with the reason. They come back sitting.
 */
function leave(t: Tracked, at: number, reason: StandingEndReason, breakAt: number | null = null): Tracked {
  const ended = endBout(t, at, breakAt);
  if (!t.engine.standing) return ended;
  return { ...ended, engine: { ...ended.engine, standingEnded: reason } };
}

const naturalBreakMs = (settings: Settings) => settings.naturalBreakMinutes * 60_000;

/**
 * When an away period becomes a natural break. No input alone may be reading or thinking, so it takes
 * naturalBreakMinutes from when input stopped. A locked screen is near-certain proof the person got
 * up, so it takes only lockedBreakMinutes, counted from the lock itself: a screen that locks itself
 * after minutes of reading, and is unlocked at once, is no break. A locked screen has no input either,
 * so the no-input rule holds for it too: a lock never makes a break come later than the same absence
 * unlocked, whichever of the two settings is shorter.
 */
export function breakDueAt(away: Away, settings: Settings): number {
  const noInput = away.since + naturalBreakMs(settings);
  if (away.reason !== 'locked') return noInput;
  return Math.min(noInput, (away.lockedAt ?? away.since) + settings.lockedBreakMinutes * 60_000);
}

/**
 * Brings the books up to `at` without changing presence: credits sitting while active,
 * notices gaps, and settles an away period that has become a natural break.
 */
function advance(t: Tracked, at: number, settings: Settings): Tracked {
  const { presence, lastSignalAt: last, bout } = t.engine;
  if (last === null) return t;
  if (at < last) return clockWentBack(t, at);
  if (presence.kind === 'active') {
    if (at - last > GAP_MS) {
      // Unseen time is not sitting, and presence is known again only from now: an idle report's lag must
      // not reach back into the gap. A gap as long as a natural break ends the bout, but is not counted as one.
      // It takes the no-input length, not the lock's: unseen time (sleep, a closed browser, a worker nobody
      // woke) proves nothing about the screen, and the person may have been reading all along.
      const seen: Tracked = { ...t, engine: { ...t.engine, presence: { kind: 'active', since: at } } };
      return at - last >= naturalBreakMs(settings) ? leave(seen, at, 'sleep') : seen;
    }
    // Nothing has passed: an empty bout opened here would later let a return from away count the absence.
    if (at === last) return t;
    const { standing } = t.engine;
    if (standing) return { ...t, engine: { ...t.engine, standing: withSitting(standing, last, at) } };
    const open = bout ?? startBout(last);
    return { ...t, engine: { ...t.engine, bout: withSitting(open, last, at) } };
  }
  if (presence.kind === 'away' && (bout || t.engine.standing) && at >= breakDueAt(presence, settings)) {
    return leave(t, at, 'break', presence.since);
  }
  return t;
}

/**
 * The clock moved back: keep what was counted, count nothing for the jump, and start afresh from the new
 * time. The person did not move: standing goes on, as a new period from the new time.
 */
function clockWentBack(t: Tracked, at: number): Tracked {
  const ended = reopened(endBout(t, at), t, at);
  const { presence } = ended.engine;
  let restarted: Presence = presence;
  if (presence.kind === 'away') restarted = awayAt(presence.reason, at, at);
  else if (presence.kind === 'active') restarted = { kind: 'active', since: at };
  return { ...ended, engine: { ...ended.engine, presence: restarted, lastSignalAt: at } };
}

/** After closing `before`'s standing period for the books, the person still stands: a new period from `at`. */
function reopened(closed: Tracked, before: Tracked, at: number): Tracked {
  return before.engine.standing ? { ...closed, engine: withStanding(closed.engine, startBout(at)) } : closed;
}

/** The person said they stand or sit: they are here, and stand or sit from `at`. Saying what is already so changes nothing. */
function sayPosture(t: Tracked, signal: Signal, settings: Settings): Tracked {
  const here = applySignal(t, { at: signal.at, type: 'active' }, settings);
  const standing = Boolean(here.engine.standing);
  if (standing === (signal.type === 'stand')) return told(here);
  // Standing up closes the bout at once, and sitting down the standing period; neither is a natural break (standing.ts).
  // Presence restarts with the new period, so a later idle lag cannot reach into the one just closed.
  const closed = endBout(here, signal.at);
  const restarted = { ...closed.engine, presence: { kind: 'active', since: signal.at } as const };
  const engine = standing ? { ...restarted, bout: startBout(signal.at) } : withStanding(restarted, startBout(signal.at));
  return told({ ...closed, engine });
}

/** The person has said how they stand: a note that standing ended by itself has done its job. */
function told(t: Tracked): Tracked {
  const engine = standingNoteSeen(t.engine);
  return engine === t.engine ? t : { ...t, engine };
}

/** Away since `since`; a lock, if that is the reason, counted from `lockedAt`. */
function awayAt(reason: Away['reason'], since: number, lockedAt: number): Away {
  return reason === 'locked' ? { kind: 'away', reason, since, lockedAt } : { kind: 'away', reason, since };
}

function startBout(at: number): Bout {
  return { startedAt: at, spans: [] };
}

function applySignal(t: Tracked, signal: Signal, settings: Settings): Tracked {
  const { at } = signal;
  const { presence, bout } = t.engine;
  switch (signal.type) {
    case 'tick':
      return t;
    case 'active': {
      if (presence.kind === 'active') return t;
      const { standing } = t.engine;
      if (standing) {
        // A short absence while standing is standing, as one while sitting is sitting.
        const back = presence.kind === 'away' ? withSitting(standing, presence.since, at) : standing;
        return { ...t, engine: { ...t.engine, presence: { kind: 'active', since: at }, standing: back } };
      }
      let next = bout ?? startBout(at);
      // A short absence (reading, thinking) still counts as sitting in the same bout.
      if (presence.kind === 'away' && bout) next = withSitting(bout, presence.since, at);
      return { ...t, engine: { ...t.engine, presence: { kind: 'active', since: at }, bout: next } };
    }
    case 'idle':
    case 'locked': {
      if (presence.kind === 'away') {
        // Idle turning into locked keeps when input stopped; the lock is counted from now. A lock already
        // counted goes on from when it began.
        if (presence.reason === signal.type) return t;
        return { ...t, engine: { ...t.engine, presence: awayAt(signal.type, presence.since, at) } };
      }
      // `idle` fires only after the detection interval without input: the person left that long ago, but
      // not before they were last seen arriving (after a gap, a startup or a completed break).
      const lag = signal.type === 'idle' ? settings.idleDetectionSeconds * 1000 : 0;
      const since = presence.kind === 'active' ? Math.min(at, Math.max(at - lag, presence.since)) : at;
      const { standing } = t.engine;
      const engine = { ...t.engine, presence: awayAt(signal.type, since, at), bout: bout && trimmedTo(bout, since) };
      return { ...t, engine: standing ? { ...engine, standing: trimmedTo(standing, since) } : engine };
    }
    case 'startup':
      return { ...t, engine: { ...t.engine, presence: { kind: 'active', since: at }, bout: startBout(at) } };
    case 'stand':
    case 'sit':
      return sayPosture(t, signal, settings);
  }
}

/** Feeds one signal to the engine. Pure: the same inputs always give the same books. */
export function step(t: Tracked, signal: Signal, settings: Settings): Tracked {
  let next: Tracked;
  if (signal.type === 'startup') {
    // Whatever was open when the browser or worker last spoke is closed there; nothing after it is known.
    // Nor whether the person still stands: they start sitting.
    const last = t.engine.lastSignalAt;
    const heard = last === null ? t : advance(t, Math.min(last, signal.at), settings);
    next = leave(heard, signal.at, 'startup');
  } else {
    next = advance(t, signal.at, settings);
  }
  next = applySignal(next, signal, settings);
  next = { ...next, engine: { ...next.engine, lastSignalAt: signal.at } };
  // An idle report can already cover a whole natural break: settle it at this signal, not at whichever
  // comes next (a clock jump or a startup would not), so the books stand the same at every signal.
  return advance(next, signal.at, settings);
}

/** The books as they stand at `at`, with the open bout closed there: replay's end, and the live view of today. */
export function closeAt(t: Tracked, at: number, settings: Settings): Tracked {
  return endBout(advance(t, at, settings), at);
}

/**
 * A bout still open counts as a bout (in the day's bouts, longest bout and prolonged sitting) only from
 * this much sitting. Seconds after a break, the new bout is the person sitting back down, not a second bout.
 */
export const LIVE_BOUT_MS = 60_000;

/**
 * The days as the pages show them at `now`: the open bout's sitting counted up to now, and the bout itself
 * once it holds LIVE_BOUT_MS of sitting. Only shown, never stored: a day may show sitting in no bout yet.
 * The popup and History both read this, so they agree.
 */
export function liveHistory(t: Tracked, now: number, settings: Settings): History {
  const open = advance(t, now, settings);
  const closed = endBout(open, now).history;
  // Stryker disable next-line MethodExpression: an untouched day adds 0 ms and is shown with the very same counts, so listing every day changes nothing
  const touched = Object.keys(closed).filter((day) => closed[day] !== open.history[day]);
  const added = touched.reduce((sum, day) => sum + dayOf(closed, day).sittingMs - dayOf(open.history, day).sittingMs, 0);
  if (added >= LIVE_BOUT_MS) return closed;
  const shown: Record<string, DayStats> = { ...closed };
  for (const day of touched) {
    const { bouts, longestBoutMs, prolongedMs } = dayOf(open.history, day);
    shown[day] = { ...dayOf(closed, day), bouts, longestBoutMs, prolongedMs };
  }
  return shown;
}

/** `period` (the bout or the standing period) as it stands at `now`, or null when it has ended or never started. */
function openPeriod(
  engine: EngineState,
  period: Bout | null | undefined,
  now: number,
  settings: Settings,
): { startedAt: number; ms: number } | null {
  const { presence, lastSignalAt } = engine;
  if (!period || lastSignalAt === null) return null;
  let ms = boutSittingMs(period);
  if (presence.kind === 'active') {
    const pending = now - lastSignalAt;
    if (pending > GAP_MS) return pending >= naturalBreakMs(settings) ? null : { startedAt: period.startedAt, ms };
    ms += Math.max(0, pending);
  } else if (presence.kind === 'away' && now >= breakDueAt(presence, settings)) {
    return null;
  }
  return { startedAt: period.startedAt, ms };
}

/** The bout in progress at `now`, or null when there is none (away long enough for a break, standing, or never started). */
export function currentBout(engine: EngineState, now: number, settings: Settings): { startedAt: number; sittingMs: number } | null {
  const open = openPeriod(engine, engine.bout, now, settings);
  return open && { startedAt: open.startedAt, sittingMs: open.ms };
}

/** The standing period in progress at `now`, or null while sitting or once standing has ended by itself. */
export function currentStanding(engine: EngineState, now: number, settings: Settings): { since: number; standingMs: number } | null {
  const open = openPeriod(engine, engine.standing, now, settings);
  return open && { since: open.startedAt, standingMs: open.ms };
}

/** A guided break longer than this was not one break: cap what it may credit. */
const LONGEST_GUIDED_BREAK_MS = 30 * 60_000;

/**
 * A guided break begun at `startedAt` ended at `at`. Completed (at least half done), it ends the
 * bout where the person stood up and a fresh bout starts now; abandoned early, it is counted as
 * partial and the bout goes on.
 */
export function guidedBreak(t: Tracked, startedAt: number, at: number, completed: boolean, settings: Settings): Tracked {
  const from = Math.min(at, Math.max(startedAt, at - LONGEST_GUIDED_BREAK_MS));
  let next = advance(t, at, settings);
  const day = dayKey(at);
  if (!completed) {
    next = { ...next, history: countOn(countOn(next.history, day, 'partialBreaks'), day, 'movedMs', at - from) };
  } else {
    const { bout, standing } = next.engine;
    const trimmed = { ...next.engine, bout: bout && trimmedTo(bout, from) };
    const before = next;
    next = endBout({ ...next, engine: standing ? { ...trimmed, standing: trimmedTo(standing, from) } : trimmed }, at);
    next = { ...next, history: countOn(countOn(next.history, day, 'guidedBreaks'), day, 'movedMs', at - from) };
    // The person is back now: presence restarts with the bout, so a later idle lag cannot reach into the one just closed.
    // Someone who stood before the break stands after it.
    if (next.engine.presence.kind === 'active') {
      const engine = { ...next.engine, presence: { kind: 'active', since: at } as const };
      next = reopened({ ...next, engine: standing ? engine : { ...engine, bout: startBout(at) } }, before, at);
    }
  }
  // Stryker disable next-line LogicalOperator: after advance(t, at) lastSignalAt is null, at most `at`, or set to `at` by a clock set back, so the max is `at` either way
  return { ...next, engine: { ...next.engine, lastSignalAt: Math.max(at, next.engine.lastSignalAt ?? at) } };
}
