import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS, settingsArb, timelineArb } from '../../test/arbitraries';
import { addDays, dayKey, startOfDay } from './days';
import { closeAt, INITIAL_ENGINE, step, type Tracked } from './engine';
import {
  type Computer,
  countIn,
  decodeMinutes,
  encodeMinutes,
  MERGED_DAYS,
  MINUTE,
  type Minutes,
  mergeDays,
  mergedSince,
  minutesOf,
  shareRecord,
  union,
} from './shared-days';

const NOW = new Date(2026, 10, 30, 18).getTime();
const BASE = mergedSince(NOW) / MINUTE;
const WEEK = MERGED_DAYS * 1440;

/** Runs anywhere in the merged days, in any order, overlapping or not: what computers' records decode to, and worse. */
const runsArb: fc.Arbitrary<Minutes> = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: WEEK }), fc.integer({ min: 0, max: 600 }))
    .map(([from, length]): [number, number] => [BASE + from, BASE + from + length]),
  { maxLength: 30 },
);

const size = (set: Minutes) => set.reduce((sum, [a, b]) => sum + b - a, 0);
const options = { numRuns: FC_RUNS };

describe('the union of minute sets, for any sets', () => {
  it('is never more than their sum nor less than the largest', () => {
    fc.assert(
      fc.property(fc.array(runsArb, { minLength: 1, maxLength: 10 }), (sets) => {
        const all = size(union(...sets));
        const parts = sets.map((set) => size(union(set)));
        expect(all).toBeLessThanOrEqual(parts.reduce((a, b) => a + b, 0));
        expect(all).toBeGreaterThanOrEqual(Math.max(...parts));
      }),
      options,
    );
  });

  it('is idempotent, commutative and associative, and ascending with no two runs touching', () => {
    fc.assert(
      fc.property(runsArb, runsArb, runsArb, (a, b, c) => {
        expect(union(a, a)).toEqual(union(a));
        expect(union(union(a))).toEqual(union(a));
        expect(union(a, b)).toEqual(union(b, a));
        expect(union(union(a, b), c)).toEqual(union(a, union(b, c)));
        const runs = union(a, b);
        runs.forEach(([from, to], i) => {
          expect(from).toBeLessThan(to);
          if (i > 0) expect(from).toBeGreaterThan((runs[i - 1] as [number, number])[1]);
        });
      }),
      options,
    );
  });

  it('reads back from its bitmap exactly, within the window written', () => {
    fc.assert(
      fc.property(runsArb, fc.integer({ min: 0, max: WEEK }), fc.integer({ min: 0, max: WEEK }), (set, a, b) => {
        const [origin, end] = [BASE + Math.min(a, b), BASE + Math.max(a, b)];
        const clipped = union(set.map(([from, to]): [number, number] => [Math.max(from, origin), Math.min(to, end)]));
        const spans = set.map(([from, to]): [number, number] => [from * MINUTE, to * MINUTE]);
        expect(decodeMinutes(encodeMinutes(spans, origin, end), origin)).toEqual(clipped);
      }),
      options,
    );
  });
});

describe('merged days, for any computers', () => {
  const days = Array.from({ length: MERGED_DAYS }, (_, i) => addDays(dayKey(NOW), -i));
  // Totals as a record holds them: any whole number of minutes a day, on some days; below, at or above the minutes.
  const totalsArb = fc.dictionary(fc.constantFrom(...days), fc.integer({ min: 0, max: 1500 }), { maxKeys: MERGED_DAYS });
  const computerArb = fc
    .tuple(runsArb, totalsArb)
    .map(([runs, totals]): Computer => ({ id: 'c', name: 'c', seen: NOW, origin: BASE, minutes: union(runs), totals }));

  it('never count a computer’s share above the merged total, nor the total above the sum of shares', () => {
    fc.assert(
      fc.property(fc.array(computerArb, { minLength: 1, maxLength: 10 }), (computers) => {
        for (const { all, each } of mergeDays(computers, days)) {
          const shares = each as number[];
          expect(all).not.toBeNull();
          expect(all).toBeGreaterThanOrEqual(Math.max(...shares));
          expect(all).toBeLessThanOrEqual(shares.reduce((a, b) => a + b, 0));
        }
      }),
      options,
    );
  });

  it('do not depend on the order of the computers, and a computer listed twice counts once', () => {
    fc.assert(
      fc.property(fc.array(computerArb, { minLength: 1, maxLength: 6 }), (computers) => {
        const all = mergeDays(computers, days).map((day) => day.all);
        expect(mergeDays([...computers].reverse(), days).map((day) => day.all)).toEqual(all);
        expect(mergeDays([...computers, ...computers], days).map((day) => day.all)).toEqual(all);
      }),
      options,
    );
  });

  it('hold, for two computers, what each sat alone plus what they sat together once', () => {
    const minutesOnly = computerArb.map((computer) => ({ ...computer, totals: {} }));
    fc.assert(
      fc.property(minutesOnly, minutesOnly, (a, b) => {
        const both = union(a.minutes, b.minutes);
        for (const [index, { all, each }] of mergeDays([a, b], days).entries()) {
          const from = startOfDay(NOW, -index);
          const to = startOfDay(NOW, 1 - index);
          const together = size(a.minutes) + size(b.minutes) - size(both);
          expect(all).toBe(countIn(both, from, to));
          expect((each[0] as number) + (each[1] as number) - (all as number)).toBeLessThanOrEqual(together);
        }
      }),
      options,
    );
  });
});

describe('what a computer shares, for every timeline', () => {
  it(
    'books the same sitting into its spans as into its days, and its minutes stay within a minute a span of it',
    () => {
      fc.assert(
        fc.property(settingsArb, timelineArb, (settings, signals) => {
          let tracked: Tracked = { engine: INITIAL_ENGINE, history: {}, sat: [] };
          for (const signal of signals) tracked = step(tracked, signal, settings);
          const end = signals.at(-1)?.at ?? 0;
          tracked = closeAt(tracked, end, settings);
          const sat = tracked.sat ?? [];
          const days = Object.values(tracked.history).reduce((sum, day) => sum + day.sittingMs, 0);
          const spans = sat.reduce((sum, [from, to]) => sum + to - from, 0);
          // A clock set back can book the same wall-clock time twice, which a day's limit then cuts: spans never book less.
          expect(spans).toBeGreaterThanOrEqual(days - 1e-6);
          if (signals.some((signal, i) => i > 0 && signal.at < (signals[i - 1]?.at ?? 0))) return;
          expect(spans).toBeCloseTo(days, 6);
          // Without a clock set back no two spans overlap: each is rounded to whole minutes on its own.
          const minutes = size(minutesOf(sat));
          expect(Math.abs(minutes * MINUTE - spans)).toBeLessThanOrEqual(sat.length * MINUTE);
        }),
        { numRuns: FC_RUNS },
      );
    },
    FC_TIMEOUT_MS,
  );

  it('writes a record whose minutes are the computer’s own, rounded', () => {
    fc.assert(
      fc.property(runsArb, (runs) => {
        const spans = union(runs).map(([a, b]): [number, number] => [a * MINUTE, b * MINUTE]);
        const record = shareRecord('x', spans, {}, NOW);
        const kept = union(runs.map(([a, b]): [number, number] => [a, Math.min(b, Math.ceil(NOW / MINUTE))]));
        expect(decodeMinutes(record.bits, record.origin)).toEqual(kept);
      }),
      options,
    );
  });
});
