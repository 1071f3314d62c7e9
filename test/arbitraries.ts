import fc from 'fast-check';
import { GAP_MS, type Signal, type SignalType, TICK_MS } from '../src/core/engine';
import { DEFAULT_SETTINGS, NUMBER_SETTING_KEYS, NUMBER_SETTINGS, type NumberSettingKey, type Settings } from '../src/core/settings';

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Runs per property: quick by default, CI raises it with FC_RUNS=2000. */
export const FC_RUNS = Number(process.env.FC_RUNS) > 0 ? Number(process.env.FC_RUNS) : 200;

/** A property's time limit grows with its runs (about 1 ms a run here), so a long local search is not cut off at 5 s. */
export const FC_TIMEOUT_MS = Math.max(5_000, FC_RUNS * 10);

/** Every number setting anywhere in its allowed range (whole numbers, as the schema demands); the rest stay default. */
export const settingsArb: fc.Arbitrary<Settings> = fc
  .record(
    Object.fromEntries(NUMBER_SETTING_KEYS.map((key) => [key, fc.integer(NUMBER_SETTINGS[key])])) as Record<
      NumberSettingKey,
      fc.Arbitrary<number>
    >,
  )
  .map((numbers) => ({ ...DEFAULT_SETTINGS, ...numbers }));

/**
 * The instants where the process's zone changes its offset in `years`, found by scanning local days:
 * a day whose midnights differ in offset holds a change, then halving finds it to the millisecond.
 * Computed rather than listed, so the same generator aims at New York's hour and Lord Howe's half hour.
 */
export function offsetChanges(years: ReadonlyArray<number>): number[] {
  const found: number[] = [];
  for (const year of years) {
    for (let date = 1; new Date(year, 0, date).getFullYear() === year; date++) {
      let [lo, hi] = [new Date(year, 0, date).getTime(), new Date(year, 0, date + 1).getTime()];
      const offset = new Date(lo).getTimezoneOffset();
      if (new Date(hi).getTimezoneOffset() === offset) continue;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (new Date(mid).getTimezoneOffset() === offset) lo = mid;
        else hi = mid;
      }
      found.push(hi);
    }
  }
  return found;
}

const OFFSET_CHANGES = offsetChanges([2025, 2026, 2027]);
const localMidnight = (year: number, dayOfYear: number) => new Date(year, 0, 1 + dayOfYear).getTime();

/** Where a timeline begins: any moment of a decade, just before a local midnight, or just before a clock change. */
const startArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: new Date(2020, 0, 1).getTime(), max: new Date(2030, 11, 31).getTime() }),
  fc
    .tuple(fc.integer({ min: 2024, max: 2028 }), fc.integer({ min: 0, max: 365 }), fc.integer({ min: -3 * HOUR, max: HOUR }))
    .map(([year, day, offset]) => localMidnight(year, day) + offset),
  ...(OFFSET_CHANGES.length
    ? [fc.tuple(fc.constantFrom(...OFFSET_CHANGES), fc.integer({ min: -3 * HOUR, max: HOUR })).map(([at, offset]) => at + offset)]
    : []),
);

const jitter = fc.constantFrom(-SEC, -1, 0, 1, SEC);

/**
 * Time from one signal to the next, aimed at the lengths the engine decides on: the same instant,
 * under a second, the tick period, the gap threshold, whole minutes (every natural break length),
 * idle detection intervals, long absences and sleeps across midnights, and the clock going back.
 */
export const stepArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: SEC - 1 }), weight: 1 },
  { arbitrary: fc.integer({ min: TICK_MS - 3 * SEC, max: TICK_MS + 3 * SEC }), weight: 6 },
  { arbitrary: fc.tuple(fc.integer({ min: -2 * SEC, max: 2 * SEC }), jitter).map(([a, b]) => GAP_MS + a + b), weight: 3 },
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 35 }), jitter).map(([minutes, j]) => minutes * MIN + j), weight: 3 },
  { arbitrary: fc.tuple(fc.integer({ min: 15, max: 600 }), jitter).map(([seconds, j]) => seconds * SEC + j), weight: 2 },
  { arbitrary: fc.integer({ min: 30 * MIN, max: 6 * HOUR }), weight: 1 },
  { arbitrary: fc.integer({ min: 6 * HOUR, max: 2 * DAY }), weight: 1 },
  { arbitrary: fc.oneof(fc.integer({ min: -SEC, max: -1 }), fc.integer({ min: -2 * HOUR, max: -SEC }), fc.constant(-DAY)), weight: 1 },
);

const typeArb: fc.Arbitrary<SignalType> = fc.oneof(
  { arbitrary: fc.constant('tick' as const), weight: 5 },
  { arbitrary: fc.constant('active' as const), weight: 3 },
  { arbitrary: fc.constant('idle' as const), weight: 3 },
  { arbitrary: fc.constant('locked' as const), weight: 1 },
  { arbitrary: fc.constant('startup' as const), weight: 1 },
  { arbitrary: fc.constant('stand' as const), weight: 1 },
  { arbitrary: fc.constant('sit' as const), weight: 1 },
);

type Piece = { step: number; type: SignalType } | { step: number; sitting: number[] };

/** A lone signal, or a stretch of sitting: `active` then ticks about a minute apart, as the worker's alarm fires. */
const pieceArb: fc.Arbitrary<Piece> = fc.oneof(
  { arbitrary: fc.record({ step: stepArb, type: typeArb }), weight: 4 },
  {
    arbitrary: fc.record({
      step: stepArb,
      sitting: fc.array(fc.integer({ min: TICK_MS - 5 * SEC, max: TICK_MS + 5 * SEC }), { minLength: 1, maxLength: 45 }),
    }),
    weight: 1,
  },
);

/** Signal timelines as the background could feed them, and a few it should survive anyway. */
export const timelineArb: fc.Arbitrary<Signal[]> = fc.tuple(startArb, fc.array(pieceArb, { maxLength: 24 })).map(([start, pieces]) => {
  const signals: Signal[] = [];
  let at = start;
  for (const piece of pieces) {
    at += piece.step;
    if ('type' in piece) {
      signals.push({ at, type: piece.type });
      continue;
    }
    signals.push({ at, type: 'active' });
    for (const tick of piece.sitting) {
      at += tick;
      signals.push({ at, type: 'tick' });
    }
  }
  return signals;
});
