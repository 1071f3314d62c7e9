import { addDays, dayKey } from '../../core/days';
import { dayOf, type History } from '../../core/history';
import { MERGED_DAYS, MINUTE, mergeDays } from '../../core/shared-days';
import { thisComputer } from '../../core/this-computer';
import type { Snapshot } from '../../storage/items';

export interface SharedWeek {
  /** The books with each of the week's days holding the sitting of all the person's computers. */
  history: History;
  /** Today on all of them, each minute once, and on this one: milliseconds, in whole minutes. */
  all: number;
  mine: number;
}

/**
 * The popup's totals and week merged across computers (core/shared-days.ts); null while this computer does
 * not share, and nothing changes. Every computer's minutes reach back over the whole week, so every day
 * merges; an inactive computer's minutes all lie a month back and add nothing.
 */
export function sharedWeek({ shared, tracked, settings }: Snapshot, now: number): SharedWeek | null {
  if (!shared) return null;
  const days = Array.from({ length: MERGED_DAYS }, (_, i) => addDays(dayKey(now), -i));
  // Fresher than this computer's own record in sync: its closed bouts, and the open one up to now.
  const merged = mergeDays([thisComputer('', '', tracked, shared.sat, now, settings), ...shared.others], days);
  const history: Record<string, History[string]> = { ...tracked.history };
  for (const { day, all } of merged) history[day] = { ...dayOf(tracked.history, day), sittingMs: (all ?? 0) * MINUTE };
  const [today] = merged;
  return { history, all: (today?.all ?? 0) * MINUTE, mine: (today?.each[0] ?? 0) * MINUTE };
}
