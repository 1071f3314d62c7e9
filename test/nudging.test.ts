import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLORS } from '../src/background/badge';
import { NUDGE_ID, SNOOZE_BUTTON, STRETCH_BUTTON } from '../src/background/notify';
import { RESUME_ALARM } from '../src/background/tick-alarm';
import type { EngineState } from '../src/core/engine';
import type { History } from '../src/core/history';
import type { NudgeState } from '../src/core/nudges';
import { engineItem, nudgesItem, settingsItem } from '../src/storage/items';
import { fireCommand } from './fakes/commands';
import { installBackground, rgba, send, tickFor } from './harness';
import { storedHistory } from './stored-history';
import { local, MIN } from './timeline';

const T0 = local(2026, 6, 10, 9);

const notifications = () => fakeBrowser.notifications.getAll();
const today = async () => ((await storedHistory()) as History)['2026-06-10'];

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('nudging from the background', () => {
  it('shows a nudge naming the suggested move when the bout reaches 30 minutes, and colours the badge', async () => {
    await installBackground();
    await tickFor(23);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.calm));
    await tickFor(1);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.warning));
    await tickFor(5);
    expect(await notifications()).toEqual({});
    await tickFor(1);
    const shown = await notifications();
    expect(Object.keys(shown)).toEqual([NUDGE_ID]);
    expect(shown[NUDGE_ID]).toMatchObject({ title: 'Time to stand up', message: expect.stringContaining('30 min') });
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.alert));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('30');
    expect(await today()).toMatchObject({ nudges: 1 });
  });

  it('"Stretch now" opens the break page; a completed break ends the bout and clears the nudge', async () => {
    const { tracker } = await installBackground();
    await tickFor(30);
    await fakeBrowser.notifications.onButtonClicked.trigger(NUDGE_ID, STRETCH_BUTTON);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((tab) => tab.url?.endsWith('/break.html'))).toBe(true);
    const startedAt = Date.now();
    vi.advanceTimersByTime(3 * MIN);
    await send({ type: 'break:done', startedAt, completed: true });
    await tracker.settled();
    expect(await today()).toMatchObject({ guidedBreaks: 1, bouts: 1, sittingMs: 30 * MIN, movedMs: 3 * MIN });
    expect(await notifications()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0');
    expect(((await engineItem.getValue()) as EngineState).bout?.startedAt).toBe(startedAt + 3 * MIN);
  });

  it('leaves notifications alone on quiet ticks', async () => {
    await installBackground();
    const clears = vi.spyOn(fakeBrowser.notifications, 'clear');
    await tickFor(20);
    expect(clears).not.toHaveBeenCalled();
  });

  it('snoozes from the notification button, counts it, and nudges again after the snooze length', async () => {
    const { tracker } = await installBackground();
    await tickFor(30);
    await fakeBrowser.notifications.onButtonClicked.trigger(NUDGE_ID, SNOOZE_BUTTON);
    await tracker.settled();
    expect(await notifications()).toEqual({});
    expect(await today()).toMatchObject({ snoozes: 1 });
    await tickFor(4);
    expect(await notifications()).toEqual({});
    await tickFor(1);
    expect(Object.keys(await notifications())).toEqual([NUDGE_ID]);
  });

  it('waits while a tab plays sound and nudges as soon as it stops', async () => {
    await installBackground();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.test/call' });
    await fakeBrowser.tabs.update(tab.id, { audible: true } as never);
    await tickFor(32);
    expect(await notifications()).toEqual({});
    await fakeBrowser.tabs.update(tab.id, { audible: false } as never);
    await tickFor(1);
    expect(Object.keys(await notifications())).toEqual([NUDGE_ID]);
  });

  it('waits while the focused window is fullscreen and nudges as soon as it leaves fullscreen', async () => {
    const focused = vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ state: 'fullscreen' } as never);
    await installBackground();
    await tickFor(32);
    expect(await notifications()).toEqual({});
    focused.mockResolvedValue({ state: 'maximized' } as never);
    await tickFor(1);
    expect(Object.keys(await notifications())).toEqual([NUDGE_ID]);
  });

  it('nudges over a fullscreen window when asked not to wait for it', async () => {
    await settingsItem.setValue({ deferWhileFullscreen: false });
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ state: 'fullscreen' } as never);
    await installBackground();
    await tickFor(30);
    expect(Object.keys(await notifications())).toEqual([NUDGE_ID]);
  });

  it('nudges over a tab playing sound when asked not to wait for it', async () => {
    await settingsItem.setValue({ deferWhileAudible: false });
    await installBackground();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.test/call' });
    await fakeBrowser.tabs.update(tab.id, { audible: true } as never);
    await tickFor(30);
    expect(Object.keys(await notifications())).toEqual([NUDGE_ID]);
  });

  it('nudges when the browser cannot say which window has focus', async () => {
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockRejectedValue(new Error('No last-focused window'));
    await installBackground();
    await tickFor(30);
    expect(Object.keys(await notifications())).toEqual([NUDGE_ID]);
  });

  it('treats idle during sound as sitting, and counts the person away once the sound stops', async () => {
    const { idle, tracker } = await installBackground();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.test/film' });
    await fakeBrowser.tabs.update(tab.id, { audible: true } as never);
    await tickFor(10);
    await idle.change('idle');
    await tracker.settled();
    await tickFor(20);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('30');
    await fakeBrowser.tabs.update(tab.id, { audible: false } as never);
    await tickFor(1);
    expect(((await engineItem.getValue()) as EngineState).presence).toMatchObject({ kind: 'away', reason: 'idle' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('ends sitting at a lock even while sound plays, and counts a natural break once the lock has lasted its length', async () => {
    await settingsItem.setValue({ lockedBreakMinutes: 2 });
    const { idle, tracker } = await installBackground();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.test/call' });
    await fakeBrowser.tabs.update(tab.id, { audible: true } as never);
    const lockFor = async (ms: number) => {
      await idle.change('locked');
      await tracker.settled();
      vi.advanceTimersByTime(ms);
      await idle.change('active');
      await tracker.settled();
    };
    await tickFor(10);
    await idle.change('idle');
    await tracker.settled();
    await tickFor(5);
    // A lock a moment short of 2 minutes is sitting still, in the same bout; 2 minutes end it as a break.
    await lockFor(2 * MIN - 1);
    expect(((await engineItem.getValue()) as EngineState).bout?.spans).toEqual([[T0, T0 + 17 * MIN - 1]]);
    await tickFor(3);
    await lockFor(2 * MIN);
    expect(await today()).toMatchObject({ sittingMs: 20 * MIN - 1, bouts: 1, naturalBreaks: 1 });
  });

  it('pauses from a message, shows it on the badge, and resumes by alarm', async () => {
    const { tracker } = await installBackground();
    await tickFor(10);
    await send({ type: 'pause', choice: { minutes: 60 } });
    await tracker.settled();
    expect(await fakeBrowser.alarms.get(RESUME_ALARM)).toMatchObject({ scheduledTime: T0 + 70 * MIN });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('||');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.paused));
    await tickFor(59);
    expect(await notifications()).toEqual({});
    vi.advanceTimersByTime(MIN);
    await fakeBrowser.alarms.onAlarm.trigger({ name: RESUME_ALARM, scheduledTime: Date.now() });
    await tracker.settled();
    expect(((await nudgesItem.getValue()) as NudgeState).pausedUntil).toBeNull();
    expect(Object.keys(await notifications())).toEqual([NUDGE_ID]);
  });

  it('toggles the pause with the keyboard command', async () => {
    const { tracker } = await installBackground();
    await fireCommand('toggle-pause');
    await tracker.settled();
    expect(((await nudgesItem.getValue()) as NudgeState).pausedUntil).toBe(T0 + 60 * MIN);
    await fireCommand('toggle-pause');
    await tracker.settled();
    expect(((await nudgesItem.getValue()) as NudgeState).pausedUntil).toBeNull();
    expect(await fakeBrowser.alarms.get(RESUME_ALARM)).toBeUndefined();
  });

  it('stays quiet outside working hours while still counting', async () => {
    await settingsItem.setValue({ workingHours: Array.from({ length: 7 }, () => [{ start: 13 * 60, end: 17 * 60 }]) });
    await installBackground();
    await tickFor(45);
    expect(await notifications()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('45');
  });

  it('rejects a malformed message without touching storage', async () => {
    await installBackground();
    const before = await fakeBrowser.storage.local.get();
    const replies = await send({ type: 'break:done', startedAt: 'yesterday', completed: true } as never);
    expect(replies).toContainEqual({ ok: false, errors: [{ key: 'problem_unknownRequest' }] });
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });
});
