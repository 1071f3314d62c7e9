import { useEffect, useState } from 'preact/hooks';
import type { Snapshot } from '../storage/items';
import { watchLight } from '../storage/light-read';

type Watch = (onChange: () => void) => () => void;

/** Follows changes to `items`; the returned function stops following. */
export const watchItems =
  (items: ReadonlyArray<{ watch(onChange: () => void): () => void }>): Watch =>
  (onChange) => {
    const unwatch = items.map((item) => item.watch(onChange));
    return () => {
      for (const stop of unwatch) stop();
    };
  };

// Everything a snapshot holds, followed with the browser's own API as the light read reads it.
const watchStored: Watch = watchLight;

/** A read started before the first render, watched from its start so that a write during it is not missed. */
export interface Early<T> {
  /** The value for the first render only; null after that, so a remount reads afresh. */
  take(): T | null;
  /** Whether storage changed after the read began. */
  stale(): boolean;
  release(): void;
}

export type EarlySnapshot = Early<Snapshot>;

/**
 * Starts `read` now, for a page to render with at once (see mountPageWith); rejects as `read` does.
 * `watch` follows what the read depends on: everything a snapshot holds, unless told otherwise.
 */
export async function readEarly<T>(read: () => Promise<T>, watch: Watch = watchStored): Promise<Early<T>> {
  let changed = false;
  const release = watch(() => {
    changed = true;
  });
  try {
    let first: T | null = await read();
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
    // Stryker disable next-line OptionalChaining: snapshot is only set at first from early, so early is there whenever stale() is asked
    if (snapshot === null || early?.stale()) void refresh();
    early?.release();
    return unwatch;
    // Stryker disable next-line ArrayDeclaration: a dependency list that never changes runs the effect once, whatever it holds
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
