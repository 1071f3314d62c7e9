import { inject } from 'vitest';
import { dayLengthMs } from '../src/core/day-limits';
import { offsetChanges } from './arbitraries';

const HOUR = 3_600_000;

/** What each zone's clock changes do to its days in 2026; a zone the suite claims must be listed here. */
const CLOCK_CHANGE_DAYS: Record<string, Record<string, number>> = {
  'America/New_York': { '2026-03-08': 23 * HOUR, '2026-11-01': 25 * HOUR },
  'Australia/Lord_Howe': { '2026-04-05': 24.5 * HOUR, '2026-10-04': 23.5 * HOUR },
};

const zone = inject('zone');

describe(`the time zone this project claims: ${zone}`, () => {
  it('is the zone the process really runs in', () => {
    expect(Object.keys(CLOCK_CHANGE_DAYS)).toContain(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  it.each(Object.entries(CLOCK_CHANGE_DAYS[zone] ?? {}))('gives %s, a clock change, its real length', (day, length) => {
    expect(dayLengthMs(day)).toBe(length);
  });

  it('gives the generators its two clock changes a year to aim at', () => {
    expect(offsetChanges([2026])).toHaveLength(2);
  });
});
