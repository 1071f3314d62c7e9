import { formatDuration, wholeMinutes } from './format';

const MIN = 60_000;

describe('formatDuration', () => {
  it('shows whole minutes, hours and minutes, or whole hours', () => {
    expect(formatDuration(27 * MIN + 59_999, 'en')).toBe('27 min');
    expect(formatDuration(192 * MIN, 'en')).toBe('3 hr 12 min');
    expect(formatDuration(120 * MIN, 'en')).toBe('2 hr');
    expect(formatDuration(-5 * MIN, 'en')).toBe('0 min');
  });

  it('shows seconds below a minute only when asked, and never for nothing', () => {
    expect(formatDuration(40_400, 'en', { seconds: true })).toBe('40 sec');
    expect(formatDuration(1_499, 'en', { seconds: true })).toBe('1 sec');
    expect(formatDuration(40_400, 'en')).toBe('0 min');
    expect(formatDuration(0, 'en', { seconds: true })).toBe('0 min');
    expect(formatDuration(MIN, 'en', { seconds: true })).toBe('1 min');
  });

  it('keeps each locale and unit to its own formatter, whatever was formatted before', () => {
    expect(formatDuration(5 * MIN, 'en')).toBe('5 min');
    expect(formatDuration(65 * MIN, 'de')).toBe('1 Std. 5 Min.');
    expect(formatDuration(5 * MIN, 'en')).toBe('5 min');
    expect(formatDuration(3 * 60 * MIN, 'de')).toBe('3 Std.');
  });
});

describe('wholeMinutes', () => {
  it('counts only finished minutes', () => {
    expect(wholeMinutes(59_999)).toBe(0);
    expect(wholeMinutes(MIN)).toBe(1);
    expect(wholeMinutes(-1)).toBe(0);
  });
});
