import { useEffect, useState } from 'preact/hooks';
import { watchHistory } from '../storage/history-store';
import { engineItem, nudgesItem, repairsItem, type Snapshot, settingsItem } from '../storage/items';

/**
 * Reads storage directly (never waits on the worker) and follows every change the worker writes.
 * `read` is the popup's light read or the validating one the other pages use.
 */
export function useSnapshot(read: () => Promise<Snapshot>): Snapshot | null {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  useEffect(() => {
    const refresh = async () => setSnapshot(await read());
    void refresh();
    const unwatch = [settingsItem, engineItem, nudgesItem, repairsItem].map((item) => item.watch(() => void refresh()));
    unwatch.push(watchHistory(() => void refresh()));
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
