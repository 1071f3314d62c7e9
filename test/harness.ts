import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import { TICK_ALARM } from '../src/background/tick-alarm';
import type { Request } from '../src/messages';
import { installIdleFake } from './fakes/idle';
import { MIN } from './timeline';

/** A fresh install of the real background over fakeBrowser, with the idle fake that drives it. */
export async function installBackground() {
  const idle = installIdleFake('active');
  const tracker = startBackground({ log: () => {} });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  await tracker.settled();
  return { idle, tracker };
}

/** Moves the fake clock a minute at a time, firing the tick alarm each minute as the browser would. */
export async function tickFor(minutes: number) {
  for (let i = 0; i < minutes; i++) {
    vi.advanceTimersByTime(MIN);
    await fakeBrowser.alarms.onAlarm.trigger({ name: TICK_ALARM, scheduledTime: Date.now(), periodInMinutes: 1 });
  }
}

/**
 * Fires `alarm` as Chrome does: a repeating alarm moves on by whole periods, in line with its first
 * time, and a one-shot one is removed, both before any listener hears it.
 */
export async function fireAlarm(alarm: Browser.alarms.Alarm) {
  if (alarm.periodInMinutes) {
    const period = alarm.periodInMinutes * MIN;
    const periods = Math.floor((Date.now() - alarm.scheduledTime) / period) + 1;
    await fakeBrowser.alarms.create(alarm.name, { when: alarm.scheduledTime + periods * period, periodInMinutes: alarm.periodInMinutes });
  } else await fakeBrowser.alarms.clear(alarm.name);
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
}

/**
 * Lets `ms` pass, stopping at each alarm's scheduled time to fire it, as the browser would:
 * fakeBrowser's alarms never fire by themselves, so a test of "nothing happens" needs this to mean it.
 * `fired` hears each alarm as it fires, at its time.
 */
export async function runAlarmsFor(ms: number, fired?: (alarm: Browser.alarms.Alarm) => void) {
  const end = Date.now() + ms;
  for (;;) {
    const alarms = [...(await fakeBrowser.alarms.getAll())];
    const next = Math.min(end, ...alarms.map((alarm) => alarm.scheduledTime));
    vi.advanceTimersByTime(Math.max(0, next - Date.now()));
    const due = alarms.filter((alarm) => alarm.scheduledTime <= Date.now());
    if (!due.length && Date.now() >= end) return;
    for (const alarm of due) {
      fired?.(alarm);
      await fireAlarm(alarm);
    }
  }
}

/** Badge colours come back from the API as RGBA. */
export const rgba = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).concat(255);

/** A page's message to the background, answered as the page would see it. */
export const send = (request: Request) => fakeBrowser.runtime.onMessage.trigger(request, {});
