import { browser } from 'wxt/browser';

export const TICK_ALARM = 'hipcheck:tick';
export const TICK_PERIOD_MINUTES = 1;
export const RESUME_ALARM = 'hipcheck:resume';

/**
 * Keeps the minute tick only while someone is active. An existing alarm is left alone:
 * re-creating it on every worker start pushes its next firing out, so it never fires.
 */
export async function keepTicking(active: boolean): Promise<void> {
  const existing = await browser.alarms.get(TICK_ALARM);
  if (active && !existing) {
    await browser.alarms.create(TICK_ALARM, { delayInMinutes: TICK_PERIOD_MINUTES, periodInMinutes: TICK_PERIOD_MINUTES });
  }
  if (!active && existing) await browser.alarms.clear(TICK_ALARM);
}
