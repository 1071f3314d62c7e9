import { type DayStats, EMPTY_DAY } from '../core/history';
import { changedMonths, inMonthLayout, isMonthKey, joinMonths, monthKeysBetween } from './history-months';

const day = (bouts: number): DayStats => ({ ...EMPTY_DAY, bouts });

it('knows a month item by its whole key', () => {
  expect(isMonthKey('history:2026-06')).toBe(true);
  for (const key of ['history:2026-13', 'history;2026-06', 'history:x2026-06', 'history:2026-06x']) expect(isMonthKey(key)).toBe(false);
});

it('lists every month between two days, across a year', () => {
  expect(monthKeysBetween('2026-06-10', '2026-06-20')).toEqual(['history:2026-06']);
  expect(monthKeysBetween('2025-11-30', '2026-02-01')).toEqual([
    'history:2025-11',
    'history:2025-12',
    'history:2026-01',
    'history:2026-02',
  ]);
});

it('takes the single item for the history until the mark says version 3', () => {
  const single = { history: { '2026-06-08': day(1) } };
  expect(inMonthLayout({ ...single, history$: { v: 3 } })).toBe(true);
  expect(inMonthLayout({ ...single, history$: { v: 2 } })).toBe(false);
  expect(inMonthLayout({ ...single, history$: { v: '3' } })).toBe(false);
});

it('passes over a month storage lists as undefined without calling it broken', () => {
  expect(joinMonths({ 'history:2026-05': undefined, 'history:2026-06': { '2026-06-08': day(1) } })).toEqual({
    days: { '2026-06-08': day(1) },
    dropped: [],
  });
});

describe('the months to write', () => {
  const before = { '2026-05-31': day(1), '2026-06-01': day(2) };

  it('are only those where a day changed', () => {
    expect(changedMonths(before, { ...before, '2026-06-01': day(3) })).toEqual(new Map([['history:2026-06', { '2026-06-01': day(3) }]]));
  });

  it('include a month emptied, to be removed', () => {
    const { '2026-05-31': _, ...after } = before;
    expect(changedMonths(before, after)).toEqual(new Map([['history:2026-05', null]]));
  });
});
