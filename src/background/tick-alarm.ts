import { browser } from 'wxt/browser';
import { TICK_MS } from '../core/engine';

export const TICK_ALARM = 'hipcheck:tick';
export const TICK_PERIOD_MINUTES = TICK_MS / 60_000;
export const RESUME_ALARM = 'hipcheck:resume';

/**
 * How late the alarm set may be for the moment wanted before it is set again. Firefox reschedules a
 * repeating alarm from when it fired, so it drifts by that lateness each period; Chrome keeps it in line.
 */
const LATE_MS = 1000;

/** The longest minimum delay a browser puts on an alarm: packed Chrome's 30 s (unpacked 1 s; Firefox none). */
const CLAMP_MS = 30_000;

/**
 * Keeps the tick alarm on `at` (from nextTickAt), or drops it when no tick is wanted (`at` null).
 * The alarm repeats every period after `at`, so a tick whose handler never sets the next one (a worker
 * killed mid-event, a failed write) still leaves ticks coming. An alarm that comes no later than `at`
 * is left alone: its tick sets the next one, and re-creating it on every worker start would only cost
 * calls. Nor is one due within the clamp replaced: a browser that held it back to its minimum delay
 * would hold a new one back from now again, and wakes closer together than that would push the tick
 * out for ever. So a clamp makes a tick late by at most the clamp, and never loses it.
 */
export async function keepTicking(at: number | null, now: number): Promise<void> {
  const existing = await browser.alarms.get(TICK_ALARM);
  if (at === null) {
    if (existing) await browser.alarms.clear(TICK_ALARM);
    return;
  }
  if (existing && existing.scheduledTime <= Math.max(at, now + CLAMP_MS) + LATE_MS) return;
  await browser.alarms.create(TICK_ALARM, { when: at, periodInMinutes: TICK_PERIOD_MINUTES });
}
