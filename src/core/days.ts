/** Local calendar days, keyed `YYYY-MM-DD`, in the process's time zone. */
export type DayKey = string;

const pad = (n: number) => String(n).padStart(2, '0');

export function dayKey(at: number): DayKey {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first instant of the local day after the one holding `at` (23 or 25 hours away on DST days). */
export function nextMidnight(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** The first instant of the local day holding `at`, or of the day `offset` calendar days from it. */
export function startOfDay(at: number, offset = 0): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset).getTime();
}

/** Splits [from, to) at local midnights into the milliseconds that fall on each day. */
export function splitByDay(from: number, to: number): Array<[DayKey, number]> {
  const parts: Array<[DayKey, number]> = [];
  let cursor = from;
  while (cursor < to) {
    const end = Math.min(nextMidnight(cursor), to);
    parts.push([dayKey(cursor), end - cursor]);
    cursor = end;
  }
  return parts;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a key that names a real calendar date (no 2025-02-30). */
export function isDayKey(key: string): boolean {
  const m = DAY_KEY.exec(key);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The day `offset` calendar days after `key` (negative goes back). */
export function addDays(key: DayKey, offset: number): DayKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + offset));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
