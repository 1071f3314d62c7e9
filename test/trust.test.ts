import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLORS } from '../src/background/badge';
import { NUDGE_ID } from '../src/background/notify';
import type { History } from '../src/core/history';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import type { Reply, Request } from '../src/messages';
import { settingsItem } from '../src/storage/items';
import { installBackground, send, tickFor } from './harness';
import { seedHistory, storedHistory } from './stored-history';
import { local, MIN } from './timeline';

const T0 = local(2026, 6, 10, 9);
const rgba = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).concat(255);
const today = async () => ((await storedHistory()) as History)['2026-06-10'];
const ask = async (request: Request) => (await send(request)).find(Boolean) as unknown as Reply;
const breakTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/break.html'));

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('a guided break is counted once', () => {
  it('counts the same finished break once however often its end is reported', async () => {
    const { tracker } = await installBackground();
    await tickFor(10);
    const startedAt = Date.now();
    vi.advanceTimersByTime(3 * MIN);
    await Promise.all([1, 2, 3].map(() => send({ type: 'break:done', startedAt, completed: true })));
    await tracker.settled();
    vi.advanceTimersByTime(MIN);
    await send({ type: 'break:done', startedAt, completed: true });
    await tracker.settled();
    expect(await today()).toMatchObject({ guidedBreaks: 1, movedMs: 3 * MIN });
  });

  it('credits no more moving than time passed when a page floods made-up break ends', async () => {
    const { tracker } = await installBackground();
    await tickFor(137);
    for (let i = 0; i < 100; i++) void send({ type: 'break:done', startedAt: 0, completed: true });
    await tracker.settled();
    const day = await today();
    expect(day).toMatchObject({ guidedBreaks: 1, sittingMs: 107 * MIN });
    expect(day?.movedMs).toBe(30 * MIN);
  });
});

describe('a counter at its limit', () => {
  it('keeps the day, sitting included, when one more abandoned break would pass the limit', async () => {
    const { tracker } = await installBackground();
    await tickFor(30);
    const at = Date.now();
    await seedHistory({ '2026-06-10': { ...((await today()) as object), partialBreaks: 10_000 } });
    vi.advanceTimersByTime(MIN);
    await send({ type: 'break:done', startedAt: at, completed: false });
    await tracker.settled();
    await tickFor(1);
    expect(await today()).toMatchObject({ partialBreaks: 10_000 });
    expect(await fakeBrowser.storage.local.get('repairs')).toEqual({});
    await tracker.signal('startup');
    await tracker.settled();
    expect((await today())?.sittingMs).toBe(32 * MIN);
  });
});

describe('one break tab', () => {
  it('opens one tab when ten requests to start a break arrive at once', async () => {
    const { tracker } = await installBackground();
    await Promise.all(Array.from({ length: 10 }, () => send({ type: 'break:open' })));
    await tracker.settled();
    expect(await breakTabs()).toHaveLength(1);
  });

  it('opens a new tab once the earlier one is closed', async () => {
    const { tracker } = await installBackground();
    await send({ type: 'break:open' });
    await tracker.settled();
    // fakeBrowser's tabs.remove mixes up tab and window ids; a closed tab is one tabs.get no longer finds.
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id'));
    await send({ type: 'break:open' });
    await tracker.settled();
    expect(await breakTabs()).toHaveLength(2);
  });
});

describe('a settings change reaches the bout in progress', () => {
  it('nudges at once when the interval is lowered below the bout, and badge and notification agree', async () => {
    const { tracker } = await installBackground();
    await tickFor(7);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await settingsItem.setValue({ breakIntervalMinutes: 5 });
    await tracker.settled();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([NUDGE_ID]);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.alert));
    expect(await today()).toMatchObject({ nudges: 1 });
  });

  it('uses the interval the welcome page saved for the very first bout', async () => {
    const { tracker } = await installBackground();
    await tickFor(1);
    await settingsItem.setValue({ breakIntervalMinutes: 20 });
    await tracker.settled();
    await tickFor(18);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await tickFor(1);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([NUDGE_ID]);
  });

  it('holds the nudge until the new time when the interval is raised mid-bout', async () => {
    const { tracker } = await installBackground();
    await tickFor(20);
    await settingsItem.setValue({ breakIntervalMinutes: 45 });
    await tracker.settled();
    await tickFor(24);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.warning));
    await tickFor(1);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([NUDGE_ID]);
  });
});

describe('settings written by pages', () => {
  it('keeps both changes when two pages save different settings at the same moment', async () => {
    const { tracker } = await installBackground();
    const replies = await Promise.all([
      ask({ type: 'settings:update', patch: { breakIntervalMinutes: 45 } }),
      ask({ type: 'settings:update', patch: { theme: 'dark' } }),
    ]);
    await tracker.settled();
    expect(replies).toEqual([
      { ok: true, changed: ['breakIntervalMinutes'] },
      { ok: true, changed: ['theme'] },
    ]);
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, breakIntervalMinutes: 45, theme: 'dark' });
  });

  it('refuses a patch with an invalid value and writes nothing', async () => {
    await installBackground();
    const reply = await ask({ type: 'settings:update', patch: { breakIntervalMinutes: 2, theme: 'dark' } as never });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? [] : reply.errors.length).toBeGreaterThan(0);
    expect(await settingsItem.getValue()).toBeNull();
  });

  it('answers with the reason when sync storage refuses the write, and nothing is stored', async () => {
    await installBackground();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const reply = await ask({ type: 'settings:update', patch: { breakIntervalMinutes: 45 } });
    expect(reply).toEqual({ ok: false, errors: [{ key: 'problem_notStored', subs: ['QUOTA_BYTES quota exceeded'] }] });
    expect(await settingsItem.getValue()).toBeNull();
  });
});

describe('a clock set back', () => {
  it('keeps every minute counted before the clock was set back two hours', async () => {
    const { tracker } = await installBackground();
    await tickFor(60);
    vi.setSystemTime(Date.now() - 2 * 60 * MIN);
    await tickFor(1);
    await tracker.settled();
    expect((await today())?.sittingMs).toBe(60 * MIN);
    expect(await fakeBrowser.storage.local.get('repairs')).toEqual({});
  });
});
