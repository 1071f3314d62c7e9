import { useEffect, useState } from 'preact/hooks';
import { watchHistory } from '../storage/history-store';
import { engineItem, nudgesItem, repairsItem, type Snapshot, settingsItem } from '../storage/items';

const watchStored = (onChange: () => void) => {
  const unwatch = [settingsItem, engineItem, nudgesItem, repairsItem].map((item) => item.watch(onChange));
  unwatch.push(watchHistory(onChange));
  return () => {
    for (const stop of unwatch) stop();
  };
};

/** A read started before the first render, watched from its start so that a write during it is not missed. */
export interface EarlySnapshot {
  /** The snapshot for the first render only; null after that, so a remount reads afresh. */
  take(): Snapshot | null;
  /** Whether storage changed after the read began. */
  stale(): boolean;
  release(): void;
}

/** Starts `read` now, for a page to render with at once (see mountPageWith); rejects as `read` does. */
export async function readEarly(read: () => Promise<Snapshot>): Promise<EarlySnapshot> {
  let changed = false;
  const release = watchStored(() => {
    changed = true;
  });
  try {
    let first: Snapshot | null = await read();
    return {
      take: () => {
        const snapshot = first;
        first = null;
        return snapshot;
      },
      stale: () => changed,
      release,
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Reads storage directly (never waits on the worker) and follows every change the worker writes.
 * `read` is the popup's light read or the validating one the other pages use; `early`, a read started
 * before the first render, which spares the page an empty first frame and a second read.
 */
export function useSnapshot(read: () => Promise<Snapshot>, early?: EarlySnapshot): Snapshot | null {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(() => early?.take() ?? null);
  useEffect(() => {
    const refresh = async () => setSnapshot(await read());
    const unwatch = watchStored(() => void refresh());
    // Watched without a gap: the early read's own watch is released only once these are in place.
    if (snapshot === null || early?.stale()) void refresh();
    early?.release();
    return unwatch;
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
