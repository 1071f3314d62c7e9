import { useEffect, useState } from 'preact/hooks';
import type { Tracked } from '../core/engine';
import type { NudgeState } from '../core/nudges';
import type { Settings } from '../core/settings';
import { engineItem, historyItem, loadBooks, loadSettings, nudgesItem, settingsItem } from '../storage/stores';

export interface TrackedSnapshot {
  settings: Settings;
  tracked: Tracked;
  nudges: NudgeState;
}

/** Reads storage directly (never waits on the worker) and follows every change the worker writes. */
export function useTracked(): TrackedSnapshot | null {
  const [snapshot, setSnapshot] = useState<TrackedSnapshot | null>(null);
  useEffect(() => {
    const refresh = async () => {
      const [settings, books] = await Promise.all([loadSettings(), loadBooks()]);
      setSnapshot({
        settings: settings.value,
        tracked: { engine: books.engine.value, history: books.history.value },
        nudges: books.nudges.value,
      });
    };
    void refresh();
    const unwatch = [settingsItem, engineItem, historyItem, nudgesItem].map((item) => item.watch(() => void refresh()));
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);
  return snapshot;
}

/** The current time, refreshed every `periodMs`, so durations tick up while a page is open. */
export function useNow(periodMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return now;
}
