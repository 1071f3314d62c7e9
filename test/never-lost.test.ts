import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NUDGE_ID, SNOOZE_BUTTON } from '../src/background/notify';
import type { NudgeState } from '../src/core/nudges';
import type { Settings } from '../src/core/settings';
import { nudgesItem, settingsItem } from '../src/storage/items';
import { installBackground, tickFor } from './harness';
import { local, MIN } from './timeline';

/* Issue 12, item 4: a nudge is never silently lost, to blocked notifications or to a missed one. */

const T0 = local(2026, 6, 10, 9);

const shownNotifications = async () => Object.keys(await fakeBrowser.notifications.getAll());
const breakTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/break.html')).length;
const nudges = async () => (await nudgesItem.getValue()) as NudgeState;

/** Chrome's answer about the notification permission; Firefox has no such function at all. */
function permission(level: 'granted' | 'denied') {
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: async () => level });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
  delete (fakeBrowser.notifications as { getPermissionLevel?: unknown }).getPermissionLevel;
});

describe('blocked notifications', () => {
  it('bring the break tab instead, say so in storage, and are noticed once they are allowed again', async () => {
    permission('denied');
    await installBackground();
    await tickFor(30);
    expect(await shownNotifications()).toEqual([]);
    expect(await breakTabs()).toBe(1);
    expect((await nudges()).notificationsBlocked).toBe(true);
    // The reminder after it stays quiet, as with nudgeStyle 'tab': the tab is already there.
    await tickFor(5);
    expect(await breakTabs()).toBe(1);

    permission('granted');
    await tickFor(5);
    expect(await shownNotifications()).toEqual([NUDGE_ID]);
    expect((await nudges()).notificationsBlocked).toBe(false);
  });

  it('stay told across bouts, until a notification shows', async () => {
    permission('denied');
    const { idle, tracker } = await installBackground();
    await tickFor(30);
    await idle.change('idle');
    await tracker.settled();
    vi.advanceTimersByTime(10 * MIN);
    await idle.change('active');
    await tracker.settled();
    await tickFor(1);
    expect((await nudges()).boutStartedAt).toBe(Date.now() - MIN);
    expect((await nudges()).notificationsBlocked).toBe(true);
  });

  it('count as blocked when creating one fails, as Firefox tells it', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Notifications are disabled'));
    await installBackground();
    await tickFor(30);
    expect(await breakTabs()).toBe(1);
    expect((await nudges()).notificationsBlocked).toBe(true);
  });

  it('bring the tab at once when they become blocked in the middle of a bout', async () => {
    await installBackground();
    await tickFor(30);
    expect(await breakTabs()).toBe(0);
    permission('denied');
    await tickFor(5);
    expect(await breakTabs()).toBe(1);
  });
});

describe('the break tab after an unanswered last reminder', () => {
  async function sitWith(settings: Partial<Settings> = {}) {
    await settingsItem.setValue(settings);
    return installBackground();
  }

  it('opens a snooze length after the last reminder, once a bout', async () => {
    await sitWith();
    // The nudge at 30 min, reminders at 35, 40 and 45: none of them opens the tab.
    await tickFor(49);
    expect(await shownNotifications()).toEqual([NUDGE_ID]);
    expect(await breakTabs()).toBe(0);
    await tickFor(1);
    expect(await breakTabs()).toBe(1);
    await tickFor(30);
    expect(await breakTabs()).toBe(1);
  });

  it('opens again in the next bout left unanswered', async () => {
    const { idle, tracker } = await sitWith();
    await tickFor(50);
    expect(await breakTabs()).toBe(1);
    await idle.change('idle');
    await tracker.settled();
    vi.advanceTimersByTime(10 * MIN);
    await idle.change('active');
    await tracker.settled();
    await tickFor(50);
    expect(await breakTabs()).toBe(2);
  });

  it('does not open with the option off', async () => {
    await sitWith({ openTabIfUnanswered: false });
    await tickFor(80);
    expect(await breakTabs()).toBe(0);
  });

  it('does not open when the person snoozed the last reminder', async () => {
    const { tracker } = await sitWith();
    await tickFor(45);
    await fakeBrowser.notifications.onButtonClicked.trigger(NUDGE_ID, SNOOZE_BUTTON);
    await tracker.settled();
    await tickFor(35);
    expect(await breakTabs()).toBe(0);
  });

  it('does not open again when the person started the break from the last reminder', async () => {
    const { tracker } = await sitWith();
    await tickFor(45);
    await fakeBrowser.notifications.onClicked.trigger(NUDGE_ID);
    await tracker.settled();
    expect(await breakTabs()).toBe(1);
    await tickFor(35);
    expect(await breakTabs()).toBe(1);
  });

  it('does not open when the person closed the last reminder', async () => {
    const { tracker } = await sitWith();
    await tickFor(45);
    await fakeBrowser.notifications.onClosed.trigger(NUDGE_ID, true);
    await tracker.settled();
    await tickFor(35);
    expect(await breakTabs()).toBe(0);
  });

  it('does not open for the badge style, which is meant to be quiet', async () => {
    await sitWith({ nudgeStyle: 'badge' });
    await tickFor(80);
    expect(await breakTabs()).toBe(0);
    expect(await shownNotifications()).toEqual([]);
  });
});
