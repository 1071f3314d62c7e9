const MINUTE = 60_000;

/** The whole minutes every duration here shows: figures that are added or compared on screen must start from these. */
export function wholeMinutes(ms: number): number {
  return Math.floor(Math.max(0, ms) / MINUTE);
}

type Unit = 'second' | 'minute' | 'hour';

// Building a formatter costs far more than using one, and a month's chart and table format a hundred durations.
const formatters = new Map<string, Intl.NumberFormat>();

function formatUnit(value: number, unit: Unit, locale: string): string {
  const key = `${locale} ${unit}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** "3 h 12 min", "27 min", "0 min" in the reader's locale; with `seconds`, "40 s" below a minute. */
export function formatDuration(ms: number, locale: string, { seconds = false } = {}): string {
  if (seconds && ms > 0 && ms < MINUTE) return formatUnit(Math.round(ms / 1000), 'second', locale);
  const totalMinutes = wholeMinutes(ms);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, unit: Unit) => formatUnit(value, unit, locale);
  if (hours === 0) return unit(minutes, 'minute');
  return minutes === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}
