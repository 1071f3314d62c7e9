import { useEffect, useState } from 'preact/hooks';
import type { Tracked } from '../core/engine';
import type { Settings } from '../core/settings';
import { engineItem, historyItem, loadSettings, loadTracked, settingsItem } from '../storage/stores';

export interface TrackedSnapshot {
  settings: Settings;
  tracked: Tracked;
}

/** Reads storage directly (never waits on the worker) and follows every change the worker writes. */
export function useTracked(): TrackedSnapshot | null {
  const [snapshot, setSnapshot] = useState<TrackedSnapshot | null>(null);
  useEffect(() => {
    const refresh = async () => {
      const [settings, { engine, history }] = await Promise.all([loadSettings(), loadTracked()]);
      setSnapshot({ settings: settings.value, tracked: { engine: engine.value, history: history.value } });
    };
    void refresh();
    const unwatch = [settingsItem, engineItem, historyItem].map((item) => item.watch(() => void refresh()));
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
