import { EMPTY_DAY } from '../../core/history';
import type { DayRow } from '../../core/stats';
import { dateLabel } from '../history/date-label';
import { dayBars, weekdayLabel } from './day-bars';

const rows: DayRow[] = [
  { ...EMPTY_DAY, day: '2026-06-09', sittingMs: 5 * 3_600_000 + 20 * 60_000 },
  { ...EMPTY_DAY, day: '2026-06-10', sittingMs: 45 * 60_000 },
];

describe('day bars', () => {
  it('labels a week by weekday and marks today', () => {
    const bars = dayBars(rows, '2026-06-10', 'en-US', weekdayLabel('en-US'));
    expect(bars.map((bar) => [bar.label, bar.sublabel, bar.current])).toEqual([
      ['Tue', undefined, false],
      ['Wed', undefined, true],
    ]);
    expect(bars[0]?.description).toBe('Tuesday, June 9: 5 hr 20 min');
    expect(bars[1]?.value).toBe(45 * 60_000);
  });

  it('labels a month by date with the weekday initial underneath', () => {
    expect(dayBars(rows, '2026-06-10', 'en-US', dateLabel('en-US')).map((bar) => [bar.label, bar.sublabel])).toEqual([
      ['9', 'T'],
      ['10', 'W'],
    ]);
  });

  it('carries standing, and says it in words only for a day someone stood', () => {
    const stood = dayBars([{ ...(rows[0] as DayRow), standingMs: 80 * 60_000 }], '2026-06-10', 'en-US', weekdayLabel('en-US'))[0];
    expect(stood).toMatchObject({ standing: 80 * 60_000, description: 'Tuesday, June 9: 5 hr 20 min, standing 1 hr 20 min' });
  });

  it('speaks the reader’s language', () => {
    expect(dayBars(rows, '2026-06-10', 'es', weekdayLabel('es'))[0]?.label).toBe('mar');
  });
});
