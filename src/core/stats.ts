import { addDays, type DayKey } from './days';
import { type DayStats, dayOf, type History } from './history';

export interface DayRow extends DayStats {
  day: DayKey;
}

/** The `count` days ending with `today`, oldest first, with empty days filled in. */
export function lastDays(history: History, today: DayKey, count: number): DayRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = addDays(today, i - count + 1);
    return { day, ...dayOf(history, day) };
  });
}

/**
 * The first day HipCheck counted: the oldest day it holds (imported ones too), or `today` when nothing
 * is recorded yet. No install date is stored: pass the books with the open bout included (liveHistory),
 * and a day is there as soon as anything was counted on it. A first day with nothing counted would only
 * have shown an empty row. Days before this one were not counted, which is not the same as empty.
 */
export function countingSince(history: History, today: DayKey): DayKey {
  let first = today;
  for (const day of Object.keys(history)) if (day < first) first = day;
  return first;
}

/** Days the person was at the computer at all: empty days (weekends, leave) do not drag averages down. */
const tracked = (rows: readonly DayRow[]) => rows.filter((row) => row.sittingMs > 0);

function average(rows: readonly DayRow[], field: keyof DayStats): number | null {
  const days = tracked(rows);
  return days.length ? days.reduce((sum, row) => sum + row[field], 0) / days.length : null;
}

export interface WeekSummary {
  days: number;
  sittingMs: number | null;
  prolongedMs: number | null;
  breaks: number | null;
}

function summarise(rows: readonly DayRow[]): WeekSummary {
  const breaks = tracked(rows).map((row) => row.guidedBreaks + row.naturalBreaks);
  return {
    days: tracked(rows).length,
    sittingMs: average(rows, 'sittingMs'),
    prolongedMs: average(rows, 'prolongedMs'),
    breaks: breaks.length ? breaks.reduce((a, b) => a + b, 0) / breaks.length : null,
  };
}

/** This week (the 7 days ending today) against the 7 before, as daily averages over tracked days. */
export function weekOverWeek(history: History, today: DayKey): { thisWeek: WeekSummary; lastWeek: WeekSummary } {
  const fortnight = lastDays(history, today, 14);
  return { thisWeek: summarise(fortnight.slice(7)), lastWeek: summarise(fortnight.slice(0, 7)) };
}

/** Weekly averages for the rows, in 7-day blocks ending with the last row. */
export function weeklyAverages(rows: readonly DayRow[]): Array<{ from: DayKey; to: DayKey } & WeekSummary> {
  const weeks = [];
  for (let end = rows.length; end > 0; end -= 7) {
    const block = rows.slice(Math.max(0, end - 7), end);
    weeks.unshift({ from: (block[0] as DayRow).day, to: (block.at(-1) as DayRow).day, ...summarise(block) });
  }
  return weeks;
}

/**
 * The best day: the tracked day with the least prolonged sitting (bouts over 30 minutes), then
 * the most breaks, then the least sitting. Moving often matters more than sitting less.
 */
export function bestDay(rows: readonly DayRow[]): DayRow | null {
  const days = tracked(rows);
  if (!days.length) return null;
  return [...days].sort(
    (a, b) =>
      a.prolongedMs - b.prolongedMs || b.guidedBreaks + b.naturalBreaks - (a.guidedBreaks + a.naturalBreaks) || a.sittingMs - b.sittingMs,
  )[0] as DayRow;
}
