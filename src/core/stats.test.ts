import { EMPTY_DAY, type History } from './history';
import { bestDay, countingSince, lastDays, weeklyAverages, weekOverWeek } from './stats';

const H = 3_600_000;
const day = (sittingH: number, extra: Partial<typeof EMPTY_DAY> = {}) => ({ ...EMPTY_DAY, sittingMs: sittingH * H, ...extra });

const history: History = {
  '2026-06-01': day(8, { prolongedMs: 6 * H, naturalBreaks: 2 }),
  '2026-06-02': day(6, { prolongedMs: 1 * H, guidedBreaks: 4, naturalBreaks: 2 }),
  '2026-06-03': day(7, { prolongedMs: 1 * H, guidedBreaks: 2 }),
  '2026-06-08': day(5, { prolongedMs: 0.5 * H, guidedBreaks: 5 }),
  '2026-06-10': day(4, { prolongedMs: 0.5 * H, guidedBreaks: 6, naturalBreaks: 1 }),
};

describe('history statistics', () => {
  it('fills the last days with empty ones, oldest first, across a month end', () => {
    const rows = lastDays(history, '2026-06-02', 4);
    expect(rows.map((r) => r.day)).toEqual(['2026-05-30', '2026-05-31', '2026-06-01', '2026-06-02']);
    expect(rows.map((r) => r.sittingMs / H)).toEqual([0, 0, 8, 6]);
  });

  it('dates the start of counting from the oldest day held, or today when nothing is', () => {
    expect(countingSince(history, '2026-06-10')).toBe('2026-06-01');
    expect(countingSince({}, '2026-06-10')).toBe('2026-06-10');
    // A day dated ahead (the clock was set back) does not move the start past today.
    expect(countingSince({ '2026-06-12': day(1) }, '2026-06-10')).toBe('2026-06-10');
  });

  it('compares this week with last week over the days actually tracked', () => {
    const { thisWeek, lastWeek } = weekOverWeek(history, '2026-06-10');
    expect(thisWeek).toEqual({ days: 2, sittingMs: 4.5 * H, prolongedMs: 0.5 * H, breaks: 6 });
    expect(lastWeek).toEqual({ days: 3, sittingMs: 7 * H, prolongedMs: (8 / 3) * H, breaks: 10 / 3 });
  });

  it('averages weekly blocks ending with the last day', () => {
    const weeks = weeklyAverages(lastDays(history, '2026-06-10', 10));
    expect(weeks.map((w) => [w.from, w.to, w.days])).toEqual([
      ['2026-06-01', '2026-06-03', 3],
      ['2026-06-04', '2026-06-10', 2],
    ]);
  });

  it('picks the day with the least prolonged sitting, then the most breaks', () => {
    expect(bestDay(lastDays(history, '2026-06-10', 10))?.day).toBe('2026-06-10');
    expect(bestDay(lastDays({}, '2026-06-10', 7))).toBeNull();
  });

  it('breaks a tie on prolonged sitting by all breaks, natural ones counting as much as guided ones', () => {
    const tied: History = {
      '2026-06-08': day(5, { prolongedMs: H, guidedBreaks: 3 }),
      '2026-06-09': day(6, { prolongedMs: H, guidedBreaks: 2, naturalBreaks: 2 }),
      '2026-06-10': day(4, { prolongedMs: H, guidedBreaks: 1, naturalBreaks: 1 }),
    };
    expect(bestDay(lastDays(tied, '2026-06-10', 3))?.day).toBe('2026-06-09');
  });

  it('breaks a tie on prolonged sitting and breaks by the least sitting', () => {
    const tied: History = {
      '2026-06-08': day(5, { prolongedMs: H, guidedBreaks: 1, naturalBreaks: 2 }),
      '2026-06-09': day(4, { prolongedMs: H, guidedBreaks: 3 }),
      '2026-06-10': day(6, { prolongedMs: H, naturalBreaks: 3 }),
    };
    expect(bestDay(lastDays(tied, '2026-06-10', 3))?.day).toBe('2026-06-09');
  });
});
