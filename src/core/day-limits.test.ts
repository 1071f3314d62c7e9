import fc from 'fast-check';
import { dayKeys } from '../../test/fixtures/days';
import { clampDay, DAY_COUNT_FIELDS, DAY_MS_FIELDS, dayCapacityMs, dayLengthMs, knownNow, MAX_COUNT } from './day-limits';
import { type DayStats, EMPTY_DAY, type History } from './history';

// vitest.config.ts pins America/New_York: clocks go forward on 2026-03-08 and back on 2026-11-01.
const H = 3_600_000;
const at = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 2 * MAX_COUNT }),
  fc.double({ min: 0, max: 30 * H, noNaN: true }),
  fc.constantFrom(0, MAX_COUNT, MAX_COUNT + 1, 23 * H, 24 * H, 25 * H),
);
const anyStats = fc.record(
  Object.fromEntries([...DAY_MS_FIELDS, ...DAY_COUNT_FIELDS].map((field) => [field, anyNumber])) as Record<
    keyof DayStats,
    typeof anyNumber
  >,
);

describe('day limits', () => {
  it('knows the 23-hour and 25-hour days where New York changes its clocks', () => {
    expect(dayLengthMs('2026-03-08')).toBe(23 * H);
    expect(dayLengthMs('2026-11-01')).toBe(25 * H);
    expect(dayLengthMs('2026-06-10')).toBe(24 * H);
  });

  it('does not read a day of year 18 as a day of 1918, when New York first changed its clocks', () => {
    expect(dayLengthMs('1918-03-31')).toBe(23 * H);
    expect(dayLengthMs('0018-03-31')).toBe(24 * H);
  });

  it('lets a 25-hour day hold 25 hours of sitting, and a 23-hour day only 23', () => {
    const full = { ...EMPTY_DAY, sittingMs: 25 * H, bouts: 1, longestBoutMs: 25 * H };
    expect(clampDay('2026-11-01', full)).toBe(full);
    expect(clampDay('2026-03-08', full)).toMatchObject({ sittingMs: 23 * H, longestBoutMs: 23 * H });
  });

  it('lets today hold only the time that has passed since its midnight, and a later day nothing', () => {
    const now = at(2026, 6, 10, 12);
    expect(dayCapacityMs('2026-06-10', now)).toBe(12 * H);
    expect(dayCapacityMs('2026-06-09', now)).toBe(24 * H);
    expect(dayCapacityMs('2026-06-11', now)).toBe(0);
    // Midday on the short day is only eleven hours after its midnight.
    expect(dayCapacityMs('2026-03-08', at(2026, 3, 8, 12))).toBe(11 * H);
    const day = { ...EMPTY_DAY, sittingMs: 13 * H, bouts: 2, longestBoutMs: 13 * H, movedMs: 20 * H };
    expect(clampDay('2026-06-10', day, now)).toMatchObject({ sittingMs: 12 * H, longestBoutMs: 12 * H, movedMs: 12 * H });
  });

  it('holds counts to whole numbers up to MAX_COUNT, and unreadable numbers to zero', () => {
    const day = { ...EMPTY_DAY, partialBreaks: MAX_COUNT + 1, nudges: 2.7, snoozes: -3, guidedBreaks: Number.NaN };
    expect(clampDay('2026-06-10', day)).toEqual({ ...EMPTY_DAY, partialBreaks: MAX_COUNT, nudges: 2 });
  });

  it('never lets the longest bout or prolonged sitting exceed the sitting', () => {
    const day = { ...EMPTY_DAY, sittingMs: 2 * H, bouts: 2, longestBoutMs: 3 * H, prolongedMs: 5 * H };
    expect(clampDay('2026-06-10', day)).toEqual({ ...day, longestBoutMs: 2 * H, prolongedMs: 2 * H });
  });

  it('counts a day with sitting as having at least one bout', () => {
    expect(clampDay('2026-06-10', { ...EMPTY_DAY, sittingMs: H })).toEqual({ ...EMPTY_DAY, sittingMs: H, bouts: 1 });
  });

  it('returns the very same day when it already fits, so callers can tell nothing changed', () => {
    const day = { ...EMPTY_DAY, sittingMs: 2 * H, bouts: 2, longestBoutMs: H };
    expect(clampDay('2026-06-10', day)).toBe(day);
  });

  it('is idempotent: a clamped day fits, with or without a `now`', () => {
    fc.assert(
      fc.property(dayKeys, anyStats, fc.option(fc.integer({ min: -1e13, max: 1e13 }), { nil: undefined }), (day, stats, now) => {
        const once = clampDay(day, stats, now);
        expect(clampDay(day, once, now)).toBe(once);
        for (const field of DAY_MS_FIELDS) expect(once[field]).toBeLessThanOrEqual(dayCapacityMs(day, now));
        for (const field of DAY_COUNT_FIELDS) expect(Number.isInteger(once[field]) && once[field] <= MAX_COUNT).toBe(true);
      }),
    );
  });
});

describe('the latest instant the books prove was reached', () => {
  const now = at(2026, 6, 10, 9);
  const day = (sittingMs: number, movedMs = 0): DayStats => ({ ...EMPTY_DAY, sittingMs, bouts: 1, movedMs });

  it('is now when there are no books, or the last day has no stats', () => {
    expect(knownNow({}, now)).toBe(now);
    expect(knownNow({ '2026-06-11': undefined } as unknown as History, now)).toBe(now);
  });

  it('is now when every day lies before it', () => {
    expect(knownNow({ '2026-06-08': day(2 * H), '2026-06-09': day(3 * H) }, now)).toBe(now);
  });

  it('reaches into a day recorded ahead of a clock set back, as far as its largest time counted', () => {
    const history = { '2026-06-11': day(2 * H, 3 * H), '2026-06-08': day(H), '2026-06-09': day(H) };
    expect(knownNow(history, now)).toBe(at(2026, 6, 11, 3));
  });

  it('stays within that day, however much it claims', () => {
    expect(knownNow({ '2026-06-11': day(30 * H) }, now)).toBe(at(2026, 6, 12) - 1);
  });
});
