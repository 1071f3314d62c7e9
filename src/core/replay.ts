import { closeAt, INITIAL_ENGINE, type Signal, step, type Tracked } from './engine';
import type { DayStats } from './history';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface ReplayOptions {
  settings?: Partial<Settings>;
  /** Where the replay closes the books; defaults to the last signal. */
  until?: number;
}

/** Runs a timeline through the same engine the background uses, in the process's local time zone. */
export function replay(signals: ReadonlyArray<Signal>, options: ReplayOptions = {}): { days: Record<string, DayStats> } {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  let tracked: Tracked = { engine: INITIAL_ENGINE, history: {} };
  for (const signal of signals) tracked = step(tracked, signal, settings);
  const until = options.until ?? signals.at(-1)?.at;
  if (until !== undefined) tracked = closeAt(tracked, until, settings);
  return { days: { ...tracked.history } };
}
