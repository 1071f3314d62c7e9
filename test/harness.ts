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
