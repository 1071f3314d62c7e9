import { browser } from 'wxt/browser';
import type { Reply, Request } from '../messages';
import { problem } from '../problems';
import { settingsItem } from '../storage/items';
import { hasCallAccess } from './call-access';
import { NUDGE_ID, SNOOZE_BUTTON, STRETCH_BUTTON, WARN_ID } from './notify';
import { requestSchema } from './protocol';
import { RESUME_ALARM, TICK_ALARM } from './tick-alarm';
import { createTracker, type Tracker, type TrackerOptions } from './tracker';

const PAUSE_COMMAND_MINUTES = 60;

async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

async function handle(tracker: Tracker, request: Request): Promise<Reply> {
  switch (request.type) {
    case 'import':
      return tracker.importExport(request.text, request.id);
    case 'reset':
      await tracker.reset();
      return { ok: true };
    case 'settings:update':
      return tracker.updateSettings(request.patch);
    case 'sharing':
      return tracker.share(request);
    case 'computer:forget':
      return tracker.forget(request.id);
    default:
      await act(tracker, request);
      return { ok: true };
  }
}

async function act(tracker: Tracker, request: Request): Promise<void> {
  switch (request.type) {
    case 'break:open':
      return tracker.openBreak();
    case 'break:done':
      return tracker.breakDone(request.startedAt, request.completed);
    case 'nudge:snooze':
      return tracker.snooze();
    case 'pause':
      return tracker.pause(request.choice);
    case 'resume':
      return tracker.resume();
    case 'meeting':
      return tracker.meeting(request.held);
    case 'posture':
      return tracker.posture(request.posture);
    case 'posture:seen':
      return tracker.postureSeen();
    case 'repair':
      return tracker.wake();
    case 'repairs:seen':
      return tracker.repairsSeen();
  }
}

async function answer(tracker: Tracker, message: unknown): Promise<Reply> {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, errors: [problem('problem_unknownRequest')] };
  return handle(tracker, parsed.data);
}

/**
 * Registers every listener synchronously, so the event that woke the worker is not missed.
 * Listeners return their work so tests can wait for it.
 */
export function startBackground(options?: TrackerOptions): Tracker {
  const tracker = createTracker(options);
  browser.idle.onStateChanged.addListener((state) => tracker.signal(state));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) return tracker.signal('tick');
    if (alarm.name === RESUME_ALARM) return tracker.pauseOver();
  });
  browser.runtime.onStartup.addListener(() => tracker.startup());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // An update keeps counting where it was; only a fresh install starts from nothing, and says hello.
    if (reason === 'install') return Promise.all([tracker.startup(), openWelcome()]);
  });
  browser.runtime.onMessage.addListener((message) => answer(tracker, message));
  browser.notifications.onClicked.addListener((id) => {
    if (id === NUDGE_ID || id === WARN_ID) return tracker.openBreak();
  });
  browser.notifications.onClosed?.addListener((id, byUser) => {
    if (id === NUDGE_ID && byUser) return tracker.nudgeDismissed();
  });
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    if (id !== NUDGE_ID) return;
    if (button === STRETCH_BUTTON) return tracker.openBreak();
    if (button === SNOOZE_BUTTON) return tracker.snooze();
  });
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'start-break') return tracker.openBreak();
    if (command === 'toggle-pause') return tracker.togglePause({ minutes: PAUSE_COMMAND_MINUTES });
    if (command === 'toggle-standing') return tracker.posture('toggle');
  });
  // Access to the call sites taken back in the browser's own settings: no call can be seen without it,
  // so "hold nudges during calls" reads as off, here and on every page.
  browser.permissions.onRemoved.addListener(async () => {
    if (!(await hasCallAccess())) return tracker.updateSettings({ holdDuringCalls: false });
  });
  settingsItem.watch(() => void tracker.settingsChanged());
  void tracker.wake(true);
  return tracker;
}
