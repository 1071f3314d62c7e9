import { dayKey } from './days';
import { closeAt, currentBout, type Tracked } from './engine';
import { type DayStats, dayOf } from './history';
import type { Settings } from './settings';

export interface TodayView {
  day: DayStats;
  /** The bout in progress, or null while away long enough for it to have ended. */
  bout: { startedAt: number; sittingMs: number } | null;
  away: boolean;
}

/** What the popup shows at `now`: today's books with the open bout counted up to this moment. */
export function todayView(tracked: Tracked, now: number, settings: Settings): TodayView {
  const closed = closeAt(tracked, now, settings);
  return {
    day: dayOf(closed.history, dayKey(now)),
    bout: currentBout(tracked.engine, now, settings),
    away: tracked.engine.presence.kind !== 'active',
  };
}
