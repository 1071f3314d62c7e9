import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import { TICK_ALARM } from '../src/background/tick-alarm';
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
 * Lets `ms` pass a minute at a time and fires every alarm that has come due, as the browser would:
 * fakeBrowser's alarms never fire by themselves, so a test of "nothing happens" needs this to mean it.
 */
export async function runAlarmsFor(ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    vi.advanceTimersByTime(Math.min(MIN, end - Date.now()));
    for (const alarm of await fakeBrowser.alarms.getAll()) {
      if (alarm.scheduledTime > Date.now()) continue;
      await fakeBrowser.alarms.onAlarm.trigger(alarm);
      if (alarm.periodInMinutes)
        await fakeBrowser.alarms.create(alarm.name, {
          when: alarm.scheduledTime + alarm.periodInMinutes * MIN,
          periodInMinutes: alarm.periodInMinutes,
        });
      else await fakeBrowser.alarms.clear(alarm.name);
    }
  }
}
