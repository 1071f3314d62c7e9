import { addDays, type DayKey, dayKey } from './days';
import { closeAt, type Tracked } from './engine';
import { dayOf } from './history';
import type { Settings } from './settings';
import { type Computer, MINUTE, mergedSince, minutesOf, SHARED_DAYS, type Span } from './shared-days';

/*
 * Apart from shared-days.ts, which the options page loads: only the pages that merge this computer's live
 * figures need the engine for it.
 */

/**
 * This computer as a page merges it at `now`, fresher than its own record in sync: the minutes of its
 * closed bouts (`sat`) and of the open one up to now, and its own totals for the days shared, as it shares them.
 */
export function thisComputer(id: string, name: string, tracked: Tracked, sat: Span[], now: number, settings: Settings): Computer {
  const closed = closeAt({ ...tracked, sat }, now, settings);
  const totals: Record<DayKey, number> = {};
  for (let i = 0; i < SHARED_DAYS; i++) {
    const day = addDays(dayKey(now), -i);
    totals[day] = Math.round(dayOf(closed.history, day).sittingMs / MINUTE);
  }
  return { id, name, seen: now, origin: Math.floor(mergedSince(now) / MINUTE), minutes: minutesOf(closed.sat ?? []), totals };
}
