import { browser } from 'wxt/browser';
import { settingsItem } from '../storage/stores';
import { TICK_ALARM } from './tick-alarm';
import { createTracker, type TrackerOptions } from './tracker';

/** Registers every listener synchronously, so events that woke the worker are not missed. */
export function startBackground(options?: TrackerOptions) {
  const tracker = createTracker(options);
  browser.idle.onStateChanged.addListener((state) => tracker.signal(state));
  // Listeners return their work so tests (and nothing else) can wait for it.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) return tracker.signal('tick');
  });
  browser.runtime.onStartup.addListener(() => tracker.startup());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // An update keeps counting where it was; only a fresh install starts from nothing.
    if (reason === 'install') return tracker.startup();
  });
  settingsItem.watch(() => void tracker.wake());
  void tracker.wake();
  return tracker;
}
