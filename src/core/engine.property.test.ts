import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS, settingsArb, timelineArb } from '../../test/arbitraries';
import { dayLengthMs } from './day-limits';
import { dayKey, splitByDay, startOfDay } from './days';
import {
  boutSittingMs,
  closeAt,
  type EngineState,
  GAP_MS,
  INITIAL_ENGINE,
  LIVE_BOUT_MS,
  liveHistory,
  type Signal,
  type SignalType,
  step,
  type Tracked,
} from './engine';
import type { DayStats } from './history';
import { replay } from './replay';
import type { Settings } from './settings';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Where replay closes the books: at the last signal, or a while after it (the popup looks later). */
const tailArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * 60 * MIN }));

const scenarioArb = fc.record({ settings: settingsArb, signals: timelineArb, tail: tailArb });

const untilOf = (signals: ReadonlyArray<Signal>, tail: number) => (signals.at(-1)?.at ?? 0) + tail;

const days = (signals: ReadonlyArray<Signal>, settings: Settings, until: number): Record<string, DayStats> =>
  replay(signals, { settings, until }).days;

/** Instants [from, to] where a tick may go just before `signals[index]` (or before the close, at index = length). */
interface Window {
  index: number;
  from: number;
  to: number;
}

/**
 * Where a tick is redundant: the engine reaches the same books with or without it. A tick tells the
 * engine one thing only, that it was awake at that instant and nothing had changed, so it adds
 * nothing when placed (between the signal before it, P at p, and the one after it, N at n, or the close)
 *   - at p itself, right after P: P already said the engine was awake then;
 *   - anywhere in [p, n] while nothing is known yet (no active, idle, locked or startup so far): there
 *     is no presence for it to extend;
 *   - anywhere in [p, n] while the person is away: N (or the close) settles the absence from the same
 *     `since`, so it reaches the same verdict on whether the absence became a natural break;
 *   - anywhere in [p, n] while the person is active and n − p ≤ GAP_MS: that time is seen sitting either way;
 *   - while active, inside a gap, more than GAP_MS and at least a natural break after p, and more than
 *     GAP_MS before n: the gap already ended the bout at p, and the time after the tick is unseen all the same.
 * All but the first need N not to be a startup (a startup closes the open bout at p and ignores the time
 * after it, so a tick after p is news that the old session was still alive) and p ≤ n (no time lies between the two sides of a clock
 * jump backwards). Not redundant, and so left out: a tick that splits a gap into parts (it makes time
 * seen, or keeps a bout alive that the whole gap would end), or any tick before a startup.
 */
function redundantWindows(signals: ReadonlyArray<Signal>, until: number, settings: Settings): Window[] {
  const windows: Window[] = [];
  let said: 'active' | 'away' | null = null;
  for (let index = 0; index <= signals.length; index++) {
    const previous = signals[index - 1];
    const next = signals[index] ?? { at: until, type: 'tick' as const };
    if (previous) windows.push({ index, from: previous.at, to: previous.at });
    const p = previous?.at ?? next.at - HOUR;
    if (next.type !== 'startup' && p <= next.at) {
      if (said !== 'active' || next.at - p <= GAP_MS) windows.push({ index, from: p, to: next.at });
      else if (previous) {
        const window = { index, from: p + Math.max(settings.naturalBreakMinutes * MIN, GAP_MS + 1), to: next.at - GAP_MS - 1 };
        if (window.from <= window.to) windows.push(window);
      }
    }
    const type = signals[index]?.type;
    // Saying stand or sit is being here.
    if (type === 'active' || type === 'startup' || type === 'stand' || type === 'sit') said = 'active';
    else if (type === 'idle' || type === 'locked') said = 'away';
  }
  return windows;
}

function withRedundantTick(signals: ReadonlyArray<Signal>, until: number, settings: Settings, pick: number, fraction: number): Signal[] {
  const windows = redundantWindows(signals, until, settings);
  const window = windows[pick % windows.length];
  if (!window) return [...signals];
  const at = window.from + Math.round(fraction * (window.to - window.from));
  return [...signals.slice(0, window.index), { at, type: 'tick' }, ...signals.slice(window.index)];
}

/**
 * Wall time the timeline covers, per local day: every forward step from one signal to the next, and
 * on to the close. Real time elapsed is the sum of these steps. A backward jump covers nothing, and the
 * clock times after it are covered again, because real time went on: that day may then hold them twice,
 * so the bound is this coverage rather than `last − first` (which a jump back would make too small).
 */
function coveredPerDay(signals: ReadonlyArray<Signal>, until: number): Map<string, number> {
  const covered = new Map<string, number>();
  const instants = [...signals.map((s) => s.at), until];
  for (let i = 1; i < instants.length; i++) {
    for (const [day, ms] of splitByDay(instants[i - 1] as number, instants[i] as number)) covered.set(day, (covered.get(day) ?? 0) + ms);
  }
  return covered;
}

function expectWellFormed(engine: EngineState, signal: Signal): void {
  expect(engine.lastSignalAt).toBe(signal.at);
  const { presence, bout, standing } = engine;
  // Sitting and standing never run at once.
  expect(bout && standing).toBeFalsy();
  const open = bout ?? standing;
  if (presence.kind !== 'unknown') {
    expect(presence.since).toBeLessThanOrEqual(signal.at);
    if (open) expect(presence.since).toBeGreaterThanOrEqual(open.startedAt);
  }
  if (!open) return;
  let floor = open.startedAt;
  for (const [from, to] of open.spans) {
    expect(from).toBeGreaterThanOrEqual(floor);
    expect(to).toBeGreaterThan(from);
    floor = to;
  }
  expect(floor).toBeLessThanOrEqual(signal.at);
}

describe('the sitting engine, for any timeline and settings', { timeout: FC_TIMEOUT_MS }, () => {
  it('gives the same days whether or not redundant ticks are added', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }),
        ({ settings, signals, tail }, ticks) => {
          const until = untilOf(signals, tail);
          const extended = ticks.reduce<Signal[]>(
            (timeline, [pick, fraction]) => withRedundantTick(timeline, until, settings, pick, fraction),
            [...signals],
          );
          expect(days(extended, settings, until)).toEqual(days(signals, settings, until));
        },
      ),
      { numRuns: FC_RUNS },
    );
  });

  it('keeps what was counted when the clock is set back within the day, and counts nothing for the jump', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<SignalType>('tick', 'active', 'idle', 'locked', 'startup'),
        ({ settings, signals }, fraction, type) => {
          const last = signals.at(-1);
          // A jump to the day before may drop what the later day held: that day has not begun at the new time.
          if (!last || last.at === startOfDay(last.at)) return;
          const back = last.at - 1 - Math.round(fraction * (last.at - 1 - startOfDay(last.at)));
          expect(days([...signals, { at: back, type }], settings, back)).toEqual(days(signals, settings, last.at));
        },
      ),
      { numRuns: FC_RUNS },
    );
  });

  it('never counts more sitting and standing on a day than the timeline covered of it, nor more than the day is long', () => {
    fc.assert(
      fc.property(scenarioArb, ({ settings, signals, tail }) => {
        const until = untilOf(signals, tail);
        const covered = coveredPerDay(signals, until);
        const result = days(signals, settings, until);
        let total = 0;
        for (const [day, stats] of Object.entries(result)) {
          const present = stats.sittingMs + stats.standingMs;
          expect(present).toBeLessThanOrEqual(covered.get(day) ?? 0);
          expect(present).toBeLessThanOrEqual(dayLengthMs(day));
          total += present;
        }
        expect(total).toBeLessThanOrEqual([...covered.values()].reduce((a, b) => a + b, 0));
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('keeps every day consistent: finite, not negative, bouts within sitting, no day after the latest signal', () => {
    fc.assert(
      fc.property(scenarioArb, ({ settings, signals, tail }) => {
        const until = untilOf(signals, tail);
        const latestDay = dayKey(Math.max(until, ...signals.map((s) => s.at)));
        for (const [day, stats] of Object.entries(days(signals, settings, until))) {
          expect(day <= latestDay).toBe(true);
          for (const value of Object.values(stats)) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
          expect(stats.longestBoutMs).toBeLessThanOrEqual(stats.sittingMs);
          expect(stats.prolongedMs).toBeLessThanOrEqual(stats.sittingMs);
        }
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('shows the pages the books closed at that moment, holding back only the bout counts of an open bout under a minute', () => {
    fc.assert(
      fc.property(scenarioArb, ({ settings, signals, tail }) => {
        const tracked = signals.reduce<Tracked>((t, signal) => step(t, signal, settings), { engine: INITIAL_ENGINE, history: {} });
        const until = untilOf(signals, tail);
        const closed = closeAt(tracked, until, settings).history;
        const shown = liveHistory(tracked, until, settings);
        // A tick at that moment brings the open bout up to it without closing it.
        const open = step(tracked, { at: until, type: 'tick' }, settings).engine.bout;
        const openMs = open ? boutSittingMs(open) : 0;
        if (openMs === 0 || openMs >= LIVE_BOUT_MS) {
          expect(shown).toEqual(closed);
          return;
        }
        expect(Object.keys(shown).sort()).toEqual(Object.keys(closed).sort());
        for (const [day, stats] of Object.entries(closed)) {
          const { bouts, longestBoutMs, prolongedMs, ...rest } = shown[day] as DayStats;
          expect({ ...stats, bouts, longestBoutMs, prolongedMs }).toEqual({ ...rest, bouts, longestBoutMs, prolongedMs });
          expect(bouts).toBeGreaterThanOrEqual(stats.bouts - 1);
          expect(bouts).toBeLessThanOrEqual(stats.bouts);
          expect(longestBoutMs).toBeLessThanOrEqual(stats.longestBoutMs);
        }
        const bouts = (history: Record<string, DayStats>) => Object.values(history).reduce((sum, day) => sum + day.bouts, 0);
        expect(bouts(shown)).toBeLessThan(bouts(closed));
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('keeps its state well-formed after every signal: spans ascending and disjoint, within the bout and before the last signal', () => {
    fc.assert(
      fc.property(scenarioArb, ({ settings, signals, tail }) => {
        let tracked: Tracked = { engine: INITIAL_ENGINE, history: {} };
        for (const signal of signals) {
          tracked = step(tracked, signal, settings);
          expectWellFormed(tracked.engine, signal);
        }
        const closed = closeAt(tracked, untilOf(signals, tail), settings).engine;
        expect(closed.bout).toBeNull();
        expect(closed.standing ?? null).toBeNull();
      }),
      { numRuns: FC_RUNS },
    );
  });
});
