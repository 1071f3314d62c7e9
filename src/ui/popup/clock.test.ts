import { endsAtMidnight, formatClock } from './clock';

const NOW = new Date(2026, 5, 10, 10, 0).getTime(); // Wednesday 10:00

describe('clock', () => {
  it('gives only the time for later today', () => {
    expect(formatClock(new Date(2026, 5, 10, 14, 30).getTime(), NOW, 'en-US')).toMatch(/^2:30\sPM$/);
    expect(formatClock(new Date(2026, 5, 10, 14, 30).getTime(), NOW, 'es')).toBe('14:30');
  });

  it('names the day for another day', () => {
    expect(formatClock(new Date(2026, 5, 15, 9, 0).getTime(), NOW, 'en-US')).toMatch(/^Mon,? 9:00\sAM$/);
  });

  it('knows a pause until tomorrow', () => {
    expect(endsAtMidnight(new Date(2026, 5, 11).getTime(), NOW)).toBe(true);
    expect(endsAtMidnight(new Date(2026, 5, 11, 0, 30).getTime(), NOW)).toBe(false);
  });
});
