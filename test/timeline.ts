import type { Signal } from '../src/core/engine';

export const MIN = 60_000;
export const HOUR = 60 * MIN;

/** Epoch ms of a local wall-clock time (month is 1-based). */
export const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => new Date(y, mo - 1, d, h, mi, s).getTime();

/** Active at `from`, then a tick every minute up to and including `to`, as the worker's alarm would fire. */
export function sitting(from: number, to: number): Signal[] {
  const signals: Signal[] = [{ at: from, type: 'active' }];
  for (let t = from + MIN; t < to; t += MIN) signals.push({ at: t, type: 'tick' });
  signals.push({ at: to, type: 'tick' });
  return signals;
}

/** Ticks only (the state is already active), every minute after `from` up to `to`. */
export function ticks(from: number, to: number): Signal[] {
  const signals: Signal[] = [];
  for (let t = from + MIN; t < to; t += MIN) signals.push({ at: t, type: 'tick' });
  signals.push({ at: to, type: 'tick' });
  return signals;
}
