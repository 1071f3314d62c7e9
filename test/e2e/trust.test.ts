import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension } from './extension';
import { activeBout, installSettled, pageErrorLog, readStorage } from './stored';

/** Settings and reminder states that once left the popup on "tidying up" for good (issue 8, finding 12). */
const CORRUPT_SHAPES: Array<[string, { sync?: Record<string, unknown>; local?: Record<string, unknown> }]> = [
  ['working hours as text', { sync: { settings: { workingHours: 'nine to five' } } }],
  [
    'working hours as seven objects',
    { sync: { settings: { workingHours: Array.from({ length: 7 }, () => ({ start: 540, end: 1020 })) } } },
  ],
  ['a custom routine as text', { sync: { settings: { customRoutine: 'stretch', routine: 'custom' } } }],
  ['a daily goal of 1e308 minutes', { sync: { settings: { dailyGoalMinutes: 1e308 } } }],
  ['reminders paused until the year 318857', { local: { nudges: { pausedUntil: 1e16 } } }],
  ['settings that are a list', { sync: { settings: [1, 2, 3] } }],
  ['a bout with a 26-year span', { local: { engine: activeBout(Date.now() - 26 * 365 * 86_400_000, Date.now()) } }],
  ['engine state a year ahead', { local: { engine: activeBout(Date.now() + 365 * 86_400_000, Date.now() + 366 * 86_400_000) } }],
];

const seed = (page: Page, { sync, local }: { sync?: Record<string, unknown>; local?: Record<string, unknown> }) =>
  page.evaluate(
    async ({ sync, local }) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      if (sync) await chrome.storage.sync.set(sync);
      if (local) await chrome.storage.local.set(local);
    },
    { sync, local },
  );

const ask = (page: Page, request: unknown) =>
  page.evaluate((message) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage(message), request);

describe('trust in real Chromium', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.openPage('options.html');
    await installSettled(page, 20_000);
  });
  afterAll(async () => ext?.close());

  it.each(CORRUPT_SHAPES)('shows numbers in the popup and on the History page after the worker repairs %s', async (_, shape) => {
    const log = pageErrorLog();
    await seed(page, shape);
    await ask(page, { type: 'repair' });
    const popup = await ext.openPage('popup.html', { viewport: { width: 360, height: 600 } });
    log.watch(popup);
    await popup.waitForSelector('[data-testid="today-total"]', { timeout: 10_000 });
    const text = (await popup.textContent('main')) ?? '';
    expect(text).toMatch(/Goal: under \d+ hr/);
    expect(text).not.toMatch(/NaN|Infinity|undefined|tidying/);
    const { engine } = await readStorage(page);
    for (const [from, to] of engine?.bout?.spans ?? []) {
      expect(to - from).toBeLessThanOrEqual(24 * 3_600_000);
      expect(to).toBeLessThanOrEqual(Date.now());
    }
    await popup.close();
    // The History page reads as lightly as the popup (storage/light-read.ts).
    const history = await ext.openPage('history.html');
    log.watch(history);
    await history.waitForSelector('[data-testid="counting-since"]', { timeout: 10_000 });
    expect((await history.textContent('main')) ?? '').not.toMatch(/NaN|Infinity|undefined|tidying/);
    await history.close();
    expect(log.errors).toEqual([]);
    await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      await chrome.storage.sync.clear();
    });
  });

  it('opens one break tab when ten requests to start a break arrive at once', async () => {
    // Counted from the browser's own tab list once every request is answered: by then each tab opened exists, loaded or not.
    const breakTabs = () =>
      page.evaluate(async () => {
        const { chrome } = globalThis as unknown as ExtensionGlobals;
        const tabs = await chrome.tabs.query({});
        return tabs.filter((tab) => (tab.pendingUrl ?? tab.url ?? '').endsWith('/break.html')).map((tab) => tab.id);
      });
    const replies = await page.evaluate(() => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      return Promise.all(Array.from({ length: 10 }, () => chrome.runtime.sendMessage({ type: 'break:open' })));
    });
    expect(replies).toEqual(Array.from({ length: 10 }, () => ({ ok: true })));
    const opened = await breakTabs();
    expect(opened).toHaveLength(1);
    // Asked again later, the same tab comes forward instead of a second one.
    expect(await ask(page, { type: 'break:open' })).toEqual({ ok: true });
    expect(await breakTabs()).toEqual(opened);
    await page.evaluate((ids) => (globalThis as unknown as ExtensionGlobals).chrome.tabs.remove(ids as number[]), opened);
  });

  it('keeps both changes when two options pages save at the same moment', async () => {
    const other = await ext.openPage('options.html');
    const results = await Promise.all([
      ask(page, { type: 'settings:update', patch: { breakIntervalMinutes: 45 } }),
      ask(other, { type: 'settings:update', patch: { snoozeMinutes: 9 } }),
    ]);
    expect(results).toEqual([
      { ok: true, changed: ['breakIntervalMinutes'] },
      { ok: true, changed: ['snoozeMinutes'] },
    ]);
    const stored = await page.evaluate(
      async () => (await (globalThis as unknown as ExtensionGlobals).chrome.storage.sync.get('settings')).settings,
    );
    expect(stored).toMatchObject({ breakIntervalMinutes: 45, snoozeMinutes: 9 });
    await other.close();
  });
});
