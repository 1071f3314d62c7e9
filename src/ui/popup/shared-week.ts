import { dayKey, startOfDay } from '../../core/days';
import { closeAt } from '../../core/engine';
import { dayOf, type History } from '../../core/history';
import { countIn, MERGED_DAYS, MINUTE, minutesOf, union } from '../../core/shared-days';
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
  // Fresher than this computer's own record in sync: its closed bouts, and the open one up to now.
  const mine = minutesOf(closeAt({ ...tracked, sat: shared.sat }, now, settings).sat ?? []);
  const all = union(mine, ...shared.others.map((computer) => computer.minutes));
  const history: Record<string, History[string]> = { ...tracked.history };
  for (let i = 0; i < MERGED_DAYS; i++) {
    const [from, to] = [startOfDay(now, -i), startOfDay(now, 1 - i)];
    history[dayKey(from)] = { ...dayOf(tracked.history, dayKey(from)), sittingMs: countIn(all, from, to) * MINUTE };
  }
  const today = [startOfDay(now), startOfDay(now, 1)] as const;
  return { history, all: countIn(all, ...today) * MINUTE, mine: countIn(mine, ...today) * MINUTE };
}
