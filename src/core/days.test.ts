import { isDayKey } from './days';

describe('which keys name a day', () => {
  it('takes real calendar dates, leap days included', () => {
    for (const key of ['2025-06-10', '2024-02-29', '2025-12-31', '2026-01-01']) expect(isDayKey(key)).toBe(true);
  });

  it('refuses dates the calendar does not have, even where the Date constructor would roll them over', () => {
    for (const key of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-06-00', '2025-06-31'])
      expect(isDayKey(key)).toBe(false);
  });

  it('refuses a day key with anything before or after it', () => {
    for (const key of ['x2025-06-10', '2025-06-10x', ' 2025-06-10', '2025-06-10T00:00']) expect(isDayKey(key)).toBe(false);
  });
});
