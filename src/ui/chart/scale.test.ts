import { barPath, barSlots, HOUR, hourScale } from './scale';

describe('hour scale', () => {
  it('uses hour steps for a short day and never goes below one hour', () => {
    expect(hourScale(0)).toEqual({ top: HOUR, ticks: [0, HOUR] });
    expect(hourScale(2.5 * HOUR)).toEqual({ top: 3 * HOUR, ticks: [0, HOUR, 2 * HOUR, 3 * HOUR] });
  });

  it('widens the step so there are at most five gridlines', () => {
    expect(hourScale(6 * HOUR).ticks.map((tick) => tick / HOUR)).toEqual([0, 2, 4, 6]);
    expect(hourScale(7.2 * HOUR).ticks.map((tick) => tick / HOUR)).toEqual([0, 2, 4, 6, 8]);
    expect(hourScale(11 * HOUR).ticks.map((tick) => tick / HOUR)).toEqual([0, 4, 8, 12]);
    expect(hourScale(20 * HOUR).ticks.map((tick) => tick / HOUR)).toEqual([0, 6, 12, 18, 24]);
  });

  it('keeps the smaller step for a day of exactly 4, 8 or 16 hours', () => {
    expect(hourScale(4 * HOUR).ticks.map((tick) => tick / HOUR)).toEqual([0, 1, 2, 3, 4]);
    expect(hourScale(8 * HOUR).ticks.map((tick) => tick / HOUR)).toEqual([0, 2, 4, 6, 8]);
    expect(hourScale(16 * HOUR).ticks.map((tick) => tick / HOUR)).toEqual([0, 4, 8, 12, 16]);
  });
});

describe('bar slots', () => {
  it('centres each bar in an equal share of the plot', () => {
    const slots = barSlots(7, 40, 280);
    expect(slots.slot).toBe(40);
    expect(slots.barWidth).toBeCloseTo(24.8);
    expect(slots.x(0)).toBeCloseTo(40 + 7.6);
    expect(slots.x(6)).toBeCloseTo(40 + 6 * 40 + 7.6);
  });

  it('keeps bars between 3 and 30 units wide', () => {
    expect(barSlots(2, 0, 1000).barWidth).toBe(30);
    expect(barSlots(100, 0, 100).barWidth).toBe(3);
  });
});

describe('bar path', () => {
  it('rounds the top corners and keeps the base flat on the axis', () => {
    expect(barPath(10, 100, 20, 50)).toBe('M10,100V54Q10,50 14,50H26Q30,50 30,54V100Z');
  });

  it('never rounds more than the bar is tall', () => {
    expect(barPath(0, 10, 20, 2)).toBe('M0,10V10Q0,8 2,8H18Q20,8 20,10V10Z');
  });

  it('never rounds a thin bar more than half its width, so its corners meet and do not cross', () => {
    expect(barPath(0, 100, 4, 50)).toBe('M0,100V52Q0,50 2,50H2Q4,50 4,52V100Z');
  });
});
