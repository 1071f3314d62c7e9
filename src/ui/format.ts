const MINUTE = 60_000;

/** The whole minutes every duration here shows: figures that are added or compared on screen must start from these. */
export function wholeMinutes(ms: number): number {
  return Math.floor(Math.max(0, ms) / MINUTE);
}

/** "3 h 12 min", "27 min", "0 min" in the reader's locale; with `seconds`, "40 s" below a minute. */
export function formatDuration(ms: number, locale: string, { seconds = false } = {}): string {
  if (seconds && ms > 0 && ms < MINUTE) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(Math.round(ms / 1000));
  }
  const totalMinutes = wholeMinutes(ms);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, unit: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  if (hours === 0) return unit(minutes, 'minute');
  return minutes === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}
