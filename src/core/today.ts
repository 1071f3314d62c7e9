import { dayKey } from './days';
import { currentBout, currentStanding, liveHistory, type Tracked } from './engine';
import { type DayStats, dayOf } from './history';
import type { Settings } from './settings';

export interface TodayView {
  day: DayStats;
  /** The bout in progress, or null while away long enough for it to have ended. */
  bout: { startedAt: number; sittingMs: number } | null;
  /** The standing period in progress (a sit-stand desk), or null while sitting. */
  standing: { since: number; standingMs: number } | null;
  away: boolean;
}

/** What the popup shows at `now`: today's books with the open bout counted up to this moment, as History counts it. */
export function todayView(tracked: Tracked, now: number, settings: Settings): TodayView {
  return {
    day: dayOf(liveHistory(tracked, now, settings), dayKey(now)),
    bout: currentBout(tracked.engine, now, settings),
    standing: currentStanding(tracked.engine, now, settings),
    away: tracked.engine.presence.kind !== 'active',
  };
}
