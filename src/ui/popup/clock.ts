import { dayKey, nextMidnight } from '../../core/days';

/** "2:30 PM" later today; "Tue 9:00 AM" on another day, so a time never points at the wrong day. */
export function formatClock(at: number, now: number, locale: string): string {
  const sameDay = dayKey(at) === dayKey(now);
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { weekday: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(at);
}

/** A pause chosen as "until tomorrow" ends exactly at the next midnight; "until 12:00 AM" would read oddly. */
export function endsAtMidnight(at: number, now: number): boolean {
  return at === nextMidnight(now);
}
