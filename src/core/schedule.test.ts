import { local } from '../../test/timeline';
import { isWorkingTime, pauseEnd } from './schedule';
import { ALWAYS, type WeekSchedule } from './settings';

const office: WeekSchedule = [
  [],
  [
    { start: 9 * 60, end: 12 * 60 + 30 },
    { start: 13 * 60 + 30, end: 18 * 60 },
  ],
  [{ start: 9 * 60, end: 18 * 60 }],
  [{ start: 9 * 60, end: 18 * 60 }],
  [{ start: 9 * 60, end: 18 * 60 }],
  [{ start: 9 * 60, end: 16 * 60 }],
  [],
];

describe('working hours', () => {
  it('is always working time by default', () => {
    expect(isWorkingTime(ALWAYS, local(2026, 6, 13, 3, 17))).toBe(true);
  });

  it('follows several ranges on a weekday and none at the weekend', () => {
    // 2026-06-08 is a Monday.
    expect(isWorkingTime(office, local(2026, 6, 8, 8, 59))).toBe(false);
    expect(isWorkingTime(office, local(2026, 6, 8, 9, 0))).toBe(true);
    expect(isWorkingTime(office, local(2026, 6, 8, 12, 45))).toBe(false);
    expect(isWorkingTime(office, local(2026, 6, 8, 13, 30))).toBe(true);
    expect(isWorkingTime(office, local(2026, 6, 8, 18, 0))).toBe(false);
    expect(isWorkingTime(office, local(2026, 6, 12, 15, 59))).toBe(true);
    expect(isWorkingTime(office, local(2026, 6, 12, 16, 0))).toBe(false);
    expect(isWorkingTime(office, local(2026, 6, 13, 10))).toBe(false);
    expect(isWorkingTime(office, local(2026, 6, 14, 10))).toBe(false);
  });
});

describe('pause', () => {
  it('ends after the chosen minutes', () => {
    expect(pauseEnd(local(2026, 6, 8, 14), { minutes: 30 })).toBe(local(2026, 6, 8, 14, 30));
  });

  it('"until tomorrow" ends at the next local midnight, also across a month end and a DST change', () => {
    expect(pauseEnd(local(2026, 6, 30, 23, 50), { until: 'tomorrow' })).toBe(local(2026, 7, 1));
    // America/New_York falls back on 2026-11-01: that day has 25 hours.
    expect(pauseEnd(local(2026, 11, 1, 0, 30), { until: 'tomorrow' }) - local(2026, 11, 1, 0, 30)).toBe(24.5 * 3_600_000);
  });
});
