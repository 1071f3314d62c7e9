import { local } from '../../test/timeline';
import { addDays } from './days';
import { EMPTY_DAY } from './history';
import { DEFAULT_SETTINGS, NUMBER_SETTINGS } from './settings';
import {
  type Computer,
  countIn,
  decodeMinutes,
  encodeMinutes,
  INACTIVE_MS,
  isInactive,
  keptSpans,
  MAX_NAME,
  MERGED_DAYS,
  MINUTE,
  mergeDays,
  mergedSince,
  minutesOf,
  SHARED_DAYS,
  SYNC_ITEM_BYTES,
  SYNC_QUOTA_BYTES,
  shareDue,
  shareRecord,
  syncBytes,
  union,
} from './shared-days';

const MIN = MINUTE;
const at = (h: number, m = 0) => local(2026, 11, 30, h, m);
/** The epoch minute of a local time on the test day. */
const minute = (h: number, m = 0) => at(h, m) / MIN;

/** A computer whose minutes are `spans`, covering the merged days before `now`. */
function computer(id: string, spans: Array<[number, number]>, now = at(18), totals: Record<string, number> = {}): Computer {
  return { id, name: id, seen: now, origin: mergedSince(now) / MIN, minutes: minutesOf(spans), totals };
}

describe('minute sets', () => {
  it('counts a minute as sat when its middle was', () => {
    // 9:00:20 to 9:02:40: the middles of 9:00, 9:01 and 9:02 are inside.
    expect(minutesOf([[at(9) + 20_000, at(9, 2) + 40_000]])).toEqual([[minute(9), minute(9, 3)]]);
    // 9:00:40 to 9:01:20 holds no minute's middle but 9:01's… which is at 9:01:30: none.
    expect(minutesOf([[at(9) + 40_000, at(9, 1) + 20_000]])).toEqual([]);
  });

  it('joins spans that overlap or touch, in any order', () => {
    expect(
      union(
        [
          [10, 12],
          [20, 25],
        ],
        [
          [12, 15],
          [5, 6],
          [22, 30],
        ],
      ),
    ).toEqual([
      [5, 6],
      [10, 15],
      [20, 30],
    ]);
    expect(union([[3, 3]])).toEqual([]);
  });

  it('counts only the minutes that begin inside the range', () => {
    const set = [[minute(9), minute(10)] as [number, number]];
    expect(countIn(set, at(9, 30), at(12))).toBe(30);
    expect(countIn(set, at(10), at(12))).toBe(0);
    expect(countIn(set, at(8), at(9, 1))).toBe(1);
  });

  it('writes the minutes of spans as a bitmap and reads them back, leaving out what lies outside the window', () => {
    const spans: Array<[number, number]> = [
      [at(0, 5), at(0, 7)],
      [at(9) + 10_000, at(12, 13) + 29_000],
      [at(12), at(12, 30)],
      [at(17, 59), at(18)],
    ];
    const origin = minute(0);
    const set = [
      [minute(0, 5), minute(0, 7)],
      [minute(9), minute(12, 30)],
      [minute(17, 59), minute(18)],
    ];
    expect(minutesOf(spans)).toEqual(set);
    expect(decodeMinutes(encodeMinutes(spans, origin, minute(24)), origin)).toEqual(set);
    expect(decodeMinutes(encodeMinutes(spans, minute(9, 30), minute(12)), minute(9, 30))).toEqual([[minute(9, 30), minute(12)]]);
    expect(encodeMinutes([], origin, minute(24))).toBe('');
  });

  it('spends one bit a minute, whatever the pattern', () => {
    const origin = at(0);
    const everyOther: Array<[number, number]> = Array.from({ length: 720 }, (_, i) => [origin + 2 * i * MIN, origin + (2 * i + 1) * MIN]);
    expect(encodeMinutes(everyOther, origin / MIN, origin / MIN + 1440)).toHaveLength(240);
    expect(encodeMinutes([[origin, origin + 1440 * MIN]], origin / MIN, origin / MIN + 1440)).toHaveLength(240);
  });
});

describe('merging computers', () => {
  const today = '2026-11-30';

  it('counts the same minutes on two computers once', () => {
    const laptop = computer('laptop', [[at(9), at(11)]]);
    const desktop = computer('desktop', [[at(10), at(12)]]);
    expect(mergeDays([laptop, desktop], [today])).toEqual([{ day: today, all: 180, each: [120, 120] }]);
  });

  it('adds sitting the computers did at different times', () => {
    const laptop = computer('laptop', [[at(9), at(10)]]);
    const desktop = computer('desktop', [[at(14), at(15, 30)]]);
    expect(mergeDays([laptop, desktop], [today])[0]?.all).toBe(150);
  });

  it('merges only where every computer’s minutes reach, and gives older days each computer’s own total', () => {
    const old = addDays(today, -MERGED_DAYS);
    const laptop = computer('laptop', [[at(9), at(10)]], at(18), { [old]: 200 });
    const desktop = computer('desktop', [], at(18), { [old]: 45 });
    expect(mergeDays([laptop, desktop], [old, today])).toEqual([
      { day: old, all: null, each: [200, 45] },
      { day: today, all: 60, each: [60, 0] },
    ]);
    // A computer last heard from five days ago has its minutes for a day the other has only a total for.
    const quiet = computer('quiet', [[local(2026, 11, 20, 9), local(2026, 11, 20, 10)]], local(2026, 11, 25, 18));
    const earlier = addDays(today, -9);
    const both = mergeDays([quiet, { ...desktop, totals: { [earlier]: 30 } }], [earlier, '2026-11-20']);
    expect(both).toEqual([
      { day: earlier, all: null, each: [0, 30] },
      { day: '2026-11-20', all: null, each: [60, null] },
    ]);
    // A day no record reaches is not known, and so not merged either.
    expect(mergeDays([laptop, desktop], [addDays(today, -40)])).toEqual([{ day: addDays(today, -40), all: null, each: [null, null] }]);
  });

  it('takes a computer’s total as the least its minutes can be, so no day shows less than one computer counted', () => {
    // This computer counted 3 hours today before it kept minutes (the day it was updated): 1 hour of minutes.
    const updated = computer('updated', [[at(9), at(10)]], at(18), { [today]: 180 });
    const other = computer('other', [[at(9, 30), at(10, 30)]]);
    expect(mergeDays([updated, other], [today])).toEqual([{ day: today, all: 180, each: [180, 60] }]);
    // Totals that fall short of the minutes change nothing.
    expect(mergeDays([computer('short', [[at(9), at(10)]], at(18), { [today]: 59 }), other], [today])[0]).toEqual({
      day: today,
      all: 90,
      each: [60, 60],
    });
  });

  it('splits the merged sitting at local midnight', () => {
    const late = computer('late', [[local(2026, 11, 29, 23, 30), at(0, 30)]]);
    expect(mergeDays([late], ['2026-11-29', today]).map((day) => day.all)).toEqual([30, 30]);
  });

  it('calls a computer inactive once it has not been heard from for 30 days', () => {
    expect(isInactive({ seen: at(12) }, at(12) + INACTIVE_MS - 1)).toBe(false);
    expect(isInactive({ seen: at(12) }, at(12) + INACTIVE_MS)).toBe(true);
  });
});

describe('when a computer shares', () => {
  it('shares at the first event of each 10-minute slot while the person is active, and not again within it', () => {
    expect(shareDue(false, false, true, at(9, 9), at(9, 10))).toBe(true);
    expect(shareDue(false, false, true, at(9, 10), at(9, 19) + 59_000)).toBe(false);
    expect(shareDue(false, false, true, null, at(9))).toBe(true);
  });

  it('shares when a bout ends and when the person leaves, never merely because time passed while away', () => {
    expect(shareDue(true, false, false, at(9, 11), at(9, 12))).toBe(true);
    expect(shareDue(false, true, false, at(9, 11), at(9, 12))).toBe(true);
    expect(shareDue(false, false, false, at(9, 9), at(9, 40))).toBe(false);
  });

  it('keeps only the spans that reach into the merged days', () => {
    const now = at(12);
    const old: [number, number] = [mergedSince(now) - 2 * MIN, mergedSince(now)];
    const edge: [number, number] = [mergedSince(now) - MIN, mergedSince(now) + MIN];
    expect(keptSpans([old, edge, [at(9), at(10)]], now)).toEqual([edge, [at(9), at(10)]]);
  });
});

describe('a computer’s record', () => {
  it('holds the minutes of the last 8 days and its own totals for all 30', () => {
    const now = at(15);
    const history = {
      [addDays('2026-11-30', -8)]: { ...EMPTY_DAY, sittingMs: 95 * MIN + 29_000 },
      '2026-11-01': { ...EMPTY_DAY, sittingMs: 60 * MIN },
      '2026-11-30': { ...EMPTY_DAY, sittingMs: 30 * MIN },
    };
    const record = shareRecord('Chrome on Linux', [[at(9), at(10)]], history, now);
    expect(record).toMatchObject({ v: 1, name: 'Chrome on Linux', seen: now, origin: local(2026, 11, 23) / MIN, from: '2026-11-01' });
    expect(record.totals).toHaveLength(SHARED_DAYS);
    expect(record.totals[0]).toBe(60);
    expect(record.totals[SHARED_DAYS - MERGED_DAYS - 1]).toBe(95);
    expect(record.totals.at(-1)).toBe(30);
    expect(decodeMinutes(record.bits, record.origin)).toEqual([[minute(9), minute(10)]]);
  });

  it('leaves out minutes dated after it was written', () => {
    const record = shareRecord('x', [[at(9), at(23)]], {}, at(10));
    expect(decodeMinutes(record.bits, record.origin)).toEqual([[minute(9), minute(10)]]);
  });

  /** The largest record there can be: every minute of 8 days sat (one of them 25 hours long), every older day full, the longest name in 4-byte characters. */
  const worstRecord = () => {
    const now = local(2026, 11, 1, 23, 59);
    const sat: Array<[number, number]> = [[mergedSince(now), now]];
    const full = Object.fromEntries(
      Array.from({ length: SHARED_DAYS }, (_, i) => [addDays('2026-11-01', -i), { ...EMPTY_DAY, sittingMs: 25 * 60 * MIN }]),
    );
    return shareRecord('😀'.repeat(MAX_NAME), sat, full, now);
  };

  it('stays within Chrome’s 8,192 bytes an item at its largest, a DST week included', () => {
    const record = worstRecord();
    // The week before 1 November 2026 in New York holds the 25-hour day.
    expect(decodeMinutes(record.bits, record.origin).reduce((sum, [a, b]) => sum + b - a, 0)).toBe(8 * 1440 + 60 - 1);
    expect(syncBytes('computer:0123456789abcdef', record)).toBeLessThan(SYNC_ITEM_BYTES / 2);
  });

  it('leaves ten computers and the largest settings under 80 % of the sync quota', () => {
    const records = Array.from({ length: 10 }, (_, i) => syncBytes(`computer:${String(i).padStart(16, '0')}`, worstRecord()));
    // The largest settings: every list at its longest, every number at its widest.
    const settings = {
      ...DEFAULT_SETTINGS,
      ...Object.fromEntries(Object.entries(NUMBER_SETTINGS).map(([key, { max }]) => [key, max])),
      routine: 'x'.repeat(40),
      customRoutine: Array.from({ length: 20 }, () => ({
        moveId: 'x'.repeat(40),
        dose: { kind: 'breaths', count: 60, secondsPerBreath: 30 },
      })),
      workingHours: Array.from({ length: 7 }, () => Array.from({ length: 8 }, (_, i) => ({ start: i * 180, end: i * 180 + 179 }))),
    };
    const total = records.reduce((sum, bytes) => sum + bytes, syncBytes('settings', settings) + syncBytes('settings$', { v: 99 }));
    expect(total).toBeLessThan(0.8 * SYNC_QUOTA_BYTES);
  });
});
