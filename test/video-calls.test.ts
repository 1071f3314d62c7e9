import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NUDGE_ID } from '../src/background/notify';
import { WATCHED_ORIGINS } from '../src/call-sites';
import type { Settings } from '../src/core/settings';
import { settingsItem } from '../src/storage/items';
import { permissionsFake } from './fakes/permissions';
import { installBackground, tickFor } from './harness';
import { local } from './timeline';

/* Issue 12, item 2: nudges wait while a video call is open in this browser, when the person asks. */

const T0 = local(2026, 6, 10, 9);
const MEET_ROOM = 'https://meet.google.com/abc-defg-hij';

const shownNotifications = async () => Object.keys(await fakeBrowser.notifications.getAll());
const storedSettings = async () => (await settingsItem.getValue()) as Partial<Settings>;
/** How often the background asked the browser for tabs by address. */
const urlQueries = (query: { mock: { calls: unknown[][] } }) => query.mock.calls.filter(([info]) => (info as { url?: unknown }).url).length;

/** The option as the options page leaves it once the person said yes: stored on, the call sites granted. */
async function holdDuringCalls(on = true) {
  for (const origin of WATCHED_ORIGINS) permissionsFake().granted.add(origin);
  await settingsItem.setValue({ holdDuringCalls: on });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('holding nudges during a video call', () => {
  it('holds the nudge while a meeting room is open, and nudges at the first tick after the call ends', async () => {
    await holdDuringCalls();
    await installBackground();
    const call = await fakeBrowser.tabs.create({ url: MEET_ROOM });
    await tickFor(35);
    expect(await shownNotifications()).toEqual([]);
    // Hanging up leaves the room (fakeBrowser's tabs.remove cannot close a tab opened without a window).
    await fakeBrowser.tabs.update(call.id as number, { url: 'https://meet.google.com/' });
    await tickFor(1);
    expect(await shownNotifications()).toEqual([NUDGE_ID]);
  });

  it('holds it for a room on any of the call sites, Zoom web client to Whereby', async () => {
    await holdDuringCalls();
    await installBackground();
    await fakeBrowser.tabs.create({ url: 'https://us02web.zoom.us/wc/81234567890/join' });
    await tickFor(31);
    expect(await shownNotifications()).toEqual([]);
  });

  it("does not hold it for a call site's home page", async () => {
    await holdDuringCalls();
    await installBackground();
    await fakeBrowser.tabs.create({ url: 'https://meet.google.com/' });
    await tickFor(30);
    expect(await shownNotifications()).toEqual([NUDGE_ID]);
  });

  it('does not hold it with the option off, even with access to the sites', async () => {
    await holdDuringCalls(false);
    await installBackground();
    await fakeBrowser.tabs.create({ url: MEET_ROOM });
    await tickFor(30);
    expect(await shownNotifications()).toEqual([NUDGE_ID]);
  });

  it('does not hold it when the browser refuses to show the tabs (access taken back)', async () => {
    await holdDuringCalls();
    const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (info: Parameters<typeof query>[0]) => {
      if (info.url) throw new Error('Missing host permission');
      return query(info);
    });
    await installBackground();
    await fakeBrowser.tabs.create({ url: MEET_ROOM });
    await tickFor(30);
    expect(await shownNotifications()).toEqual([NUDGE_ID]);
  });

  it('asks about tabs only on ticks that find a nudge due, never while the bout runs', async () => {
    await holdDuringCalls();
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    const tabListeners = [vi.spyOn(fakeBrowser.tabs.onRemoved, 'addListener'), vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener')];
    await installBackground();
    await fakeBrowser.tabs.create({ url: MEET_ROOM });
    await tickFor(29);
    expect(urlQueries(query)).toBe(0);
    await tickFor(3);
    // Each due tick asks once, or twice when it runs again on the history (tracker.ts, withoutHistory).
    expect(urlQueries(query)).toBeGreaterThanOrEqual(3);
    expect(urlQueries(query)).toBeLessThanOrEqual(6);
    // No tab listener: a call closing wakes nothing, the next tick sees it.
    for (const listen of tabListeners) expect(listen).not.toHaveBeenCalled();
  });
});

describe('access to the call sites taken back in the browser', () => {
  it('turns the option off, so it reads as off everywhere', async () => {
    await holdDuringCalls();
    const { tracker } = await installBackground();
    await permissionsFake().revoke(['https://meet.google.com/*']);
    await tracker.settled();
    expect(await storedSettings()).toMatchObject({ holdDuringCalls: false });
  });

  it('leaves it on when what went was not a call site', async () => {
    await holdDuringCalls();
    const { tracker } = await installBackground();
    await permissionsFake().revoke(['https://example.com/*']);
    await tracker.settled();
    expect(await storedSettings()).toMatchObject({ holdDuringCalls: true });
  });
});
