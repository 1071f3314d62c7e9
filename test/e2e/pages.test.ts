import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/storage/export-format';
import { axeViolations, formatViolations } from './axe';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension, type Viewport } from './extension';
import { dayAt, midBout, officeDay, PAST_MINUTES, ready, seedMonth, settle, TODAY_BOOKED_MINUTES } from './office';
import {
  activeBout,
  installSettled,
  localDayKey,
  minutesIn,
  NUDGE_ID,
  notificationIds,
  pageErrorLog,
  readStorage,
  type StoredHistory,
  scheduleTick,
  seedHistory,
  setLocal,
  startOfLocalDay,
  whenNotified,
} from './stored';

const MIN = 60_000;
const ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts/', import.meta.url));
const DOCS_SCREENSHOTS_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
/** docs/screenshots/ is committed: it is only rewritten when asked, so a test run leaves the work tree clean. */
const UPDATE_DOC_SCREENSHOTS = process.env.HIPCHECK_DOC_SCREENSHOTS === '1';
const DOC_SCREENSHOT_MAX_BYTES = 250 * 1024;

/** The Chrome Web Store's screenshot size; the popup is shot at about its own size. */
const STORE: Viewport = { width: 1280, height: 800 };
const POPUP: Viewport = { width: 360, height: 600 };
const PAGES = [
  { name: 'popup', viewport: POPUP },
  { name: 'history', viewport: STORE },
  { name: 'options', viewport: STORE },
  { name: 'break', viewport: STORE },
  { name: 'welcome', viewport: STORE },
] as const;
type PageName = (typeof PAGES)[number]['name'];
const THEMES = ['light', 'dark'] as const;
/** The shots worth showing in the README and the store listing. */
const DOC_SHOTS: ReadonlyArray<[PageName, (typeof THEMES)[number]]> = [
  ['popup', 'light'],
  ['popup', 'dark'],
  ['break', 'light'],
  ['history', 'light'],
  ['options', 'light'],
];

interface StoredSettings {
  breakIntervalMinutes: number;
  idleDetectionSeconds: number;
  [key: string]: unknown;
}

/** "Monday, June 8", as the chart's text alternative names a day (en-US, the locale the browser runs in). */
function longDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(y, m - 1, d, 12));
}

const readSettings = (page: Page) =>
  page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    return ((await chrome.storage.sync.get('settings')).settings ?? null) as StoredSettings | null;
  });

/** Everything the extension stores, local and sync, as one string: equal strings mean nothing changed. */
const storageFingerprint = (page: Page) =>
  page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    const [local, sync] = await Promise.all([chrome.storage.local.get(null), chrome.storage.sync.get(null)]);
    return JSON.stringify({ local, sync });
  });

describe('HipCheck pages in Chromium', () => {
  let ext: LaunchedExtension;
  /** An extension page to drive chrome.* from. */
  let control: Page;
  const { errors: pageErrors, watch: watchErrors } = pageErrorLog();

  const open = async (name: PageName, viewport: Viewport = PAGES.find((page) => page.name === name)?.viewport ?? STORE) => {
    const page = await ext.openPage(`${name}.html`, { viewport });
    watchErrors(page);
    await ready(page, name);
    return page;
  };

  /**
   * Closing a break page mid-routine reports a partial break, which books the open bout: wait until
   * the worker has done so, so it cannot land on top of what the next test seeds.
   */
  const close = async (page: Page, name: PageName) => {
    if (name !== 'break') return page.close();
    const partial = async () => (await readStorage(control)).history?.[localDayKey(Date.now())]?.partialBreaks ?? 0;
    const before = await partial();
    await page.close({ runBeforeUnload: true });
    await expect.poll(partial, { timeout: 10_000, interval: 100 }).toBeGreaterThan(before);
  };

  beforeAll(async () => {
    ext = await launchExtension();
    control = await ext.openPage('popup.html');
    watchErrors(control);
    // Let the install handler finish its own first writes before seeding over them.
    await installSettled(control);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  beforeEach(() => {
    pageErrors.length = 0;
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('has an axe harness that reports a planted violation (so zero below means zero)', async () => {
    const page = await open('popup');
    try {
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.src = '/icon/48.png';
        const faint = document.createElement('p');
        faint.textContent = 'Barely there';
        faint.style.cssText = 'color: #eee; background: #fff';
        document.querySelector('main')?.append(image, faint);
      });
      const violations = await axeViolations(page);
      const ids = violations.map(({ id }) => id);
      expect(ids, formatViolations('planted', violations)).toContain('image-alt');
      expect(ids, formatViolations('planted', violations)).toContain('color-contrast');
      expect(formatViolations('planted', violations)).toMatch(/image-alt \[critical\].*\n {4}target: img/);
    } finally {
      await page.close();
    }
  });

  it.each(PAGES.map(({ name }) => name))('axe finds no violations on %s, light and dark', async (name) => {
    await seedMonth(control);
    const page = await open(name);
    try {
      const reports: string[] = [];
      let count = 0;
      for (const colorScheme of THEMES) {
        await page.emulateMedia({ colorScheme });
        await settle(page);
        const violations = await axeViolations(page);
        count += violations.length;
        reports.push(formatViolations(`${name}.html (${colorScheme})`, violations));
      }
      expect(count, reports.join('\n\n')).toBe(0);
    } finally {
      await close(page, name);
    }
    expect(pageErrors).toEqual([]);
  });

  it('shows the seeded week in the popup: the today total and the chart’s text alternative', async () => {
    const seeded = await seedMonth(control);
    const popup = await open('popup');
    try {
      // Today: the booked 125 minutes plus the open bout up to the popup's "now" (only its part after midnight).
      const todayMinutes = (at: number) => TODAY_BOOKED_MINUTES + Math.floor((at - Math.max(seeded.boutStart, startOfLocalDay(at))) / MIN);
      const expectedToday = todayMinutes(Date.now());
      const totalText = await popup.getByTestId('today-total').textContent();
      expect(minutesIn(totalText), `today total ${JSON.stringify(totalText)}`).toBeGreaterThanOrEqual(expectedToday - 1);
      expect(minutesIn(totalText), `today total ${JSON.stringify(totalText)}`).toBeLessThanOrEqual(expectedToday);

      // The chart is one image to assistive technology: its name from <title>, every bar in words in <desc>.
      const chart = popup.getByRole('img', { name: 'Sitting per day, last 7 days', exact: true });
      await chart.waitFor({ timeout: 5_000 });
      const description = await chart.evaluate((svg) =>
        (svg.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      const described = [...description.matchAll(/(\w+day, \w+ \d+): ([^;.]+)/g)].map(([, date, duration]) => ({
        date,
        minutes: minutesIn(duration ?? null),
      }));
      const days = Array.from({ length: 7 }, (_, i) => dayAt(seeded.now, i - 6));
      const expected = days.map((day, i) => ({ date: longDate(day), minutes: PAST_MINUTES[i] ?? expectedToday }));
      expect(
        described.map(({ date }) => date),
        description,
      ).toEqual(expected.map(({ date }) => date));
      // Past days exactly as seeded, oldest first; today as the total above.
      expect(described.slice(0, 6), description).toEqual(expected.slice(0, 6));
      expect(described[6]?.minutes, description).toBeGreaterThanOrEqual(expectedToday - 1);
      expect(described[6]?.minutes, description).toBeLessThanOrEqual(todayMinutes(Date.now()));
      // Seven drawn bars, each with its own tooltip.
      expect(await popup.locator('svg.chart .chart__bar').count()).toBe(7);
    } finally {
      await popup.close();
    }
    expect(pageErrors).toEqual([]);
  });

  it('screenshots every page in light and dark', async () => {
    if (UPDATE_DOC_SCREENSHOTS) mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
    const docSizes: string[] = [];
    for (const { name } of PAGES) {
      await seedMonth(control);
      const page = await open(name);
      try {
        for (const colorScheme of THEMES) {
          await page.emulateMedia({ colorScheme });
          await settle(page);
          const path = `${ARTIFACTS_DIR}${name}-${colorScheme}.png`;
          await page.screenshot({ path, animations: 'disabled' });
          expect(statSync(path).size).toBeGreaterThan(5_000);
          if (!UPDATE_DOC_SCREENSHOTS || !DOC_SHOTS.some(([page, theme]) => page === name && theme === colorScheme)) continue;
          const doc = `${DOCS_SCREENSHOTS_DIR}${name}-${colorScheme}.png`;
          copyFileSync(path, doc);
          const size = statSync(doc).size;
          docSizes.push(`${name}-${colorScheme}.png ${(size / 1024).toFixed(1)} KB`);
          expect(size, `${doc} is over ${DOC_SCREENSHOT_MAX_BYTES} bytes`).toBeLessThanOrEqual(DOC_SCREENSHOT_MAX_BYTES);
        }
      } finally {
        await close(page, name);
      }
    }
    if (docSizes.length) console.log(`docs/screenshots: ${docSizes.join(', ')}`);
    expect(pageErrors).toEqual([]);
  });

  it('opens options at the section a link names, though that section is drawn after the first frame (the welcome page links to #routine)', async () => {
    for (const section of ['nudge', 'routine']) {
      const page = await ext.openPage(`options.html#${section}`, { viewport: STORE });
      watchErrors(page);
      try {
        const top = () => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? null, section);
        await expect.poll(top, { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
        // Both lie below the first screen: at the top of the window means the page scrolled to it.
        await expect.poll(top, { timeout: 5_000 }).toBeLessThan(STORE.height / 4);
        expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    }
    expect(pageErrors).toEqual([]);
  });

  it('saves a changed break interval and idle sensitivity, shows them after a reload, and the worker nudges by the new interval', async () => {
    // A bout too short to be due under either interval, so saving cannot nudge for it.
    await setLocal(control, { engine: midBout(Date.now(), 1) });
    const options = await open('options');
    try {
      const interval = options.getByLabel('Break interval', { exact: true });
      const idle = options.getByLabel('Idle sensitivity', { exact: true });
      expect(await interval.inputValue()).toBe('30');
      expect(await idle.inputValue()).toBe('60');
      await interval.fill('5');
      await idle.fill('90');
      // Headless Chromium reports input at every moment: with the wait on, the nudge below would wait two minutes for a pause.
      await options.getByLabel('Wait for a pause in typing').uncheck();
      await options.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => options.getByRole('status').filter({ hasText: 'Changes saved.' }).count(), { timeout: 5_000 }).toBe(1);

      expect(await readSettings(control)).toMatchObject({ breakIntervalMinutes: 5, idleDetectionSeconds: 90, waitForTypingPause: false });

      await options.reload();
      await ready(options, 'options');
      expect(await interval.inputValue()).toBe('5');
      expect(await idle.inputValue()).toBe('90');
    } finally {
      await options.close();
    }

    // A bout 2 s short of the new 5-minute interval, and a tick in 3 s: only a worker that read the new interval nudges.
    const now = Date.now();
    const boutStart = now - 5 * MIN + 2_000;
    await setLocal(control, { engine: activeBout(boutStart, now) });
    await control.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      await chrome.notifications.clear(id);
    }, NUDGE_ID);
    expect((await notificationIds(control)).ids).not.toContain(NUDGE_ID);
    await scheduleTick(control, 3_000);

    const seenAt = await whenNotified(control, NUDGE_ID, { intervalMs: 50 });
    const { engine } = await readStorage(control);
    expect(seenAt, `no ${NUDGE_ID} notification within 15 s; engine ${JSON.stringify(engine)}`).not.toBeNull();
    // Not before the bout reached 5:00, and by a tick that extended this same bout.
    expect(seenAt as number).toBeGreaterThanOrEqual(boutStart + 5 * MIN);
    expect(engine?.bout?.startedAt).toBe(boutStart);
    expect(engine?.lastSignalAt).toBeGreaterThanOrEqual(boutStart + 5 * MIN);
    expect(pageErrors).toEqual([]);
  });

  it('exports JSON through the options page, imports a modified copy, and refuses malformed files without changing anything', async () => {
    const seeded = await seedMonth(control);
    // No tick during the exchanges below: each compares storage before and after.
    await scheduleTick(control, 60_000);
    const settingsBefore = await readSettings(control);
    const options = await open('options');
    try {
      const [download] = await Promise.all([
        options.waitForEvent('download', { timeout: 10_000 }),
        options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`hipcheck-export-${localDayKey(Date.now())}.json`);
      const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
        format: string;
        version: number;
        settings: StoredSettings;
        history: StoredHistory;
      };
      expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, history: seeded.history });
      if (settingsBefore) expect(exported.settings).toEqual(settingsBefore);
      expect(Object.keys(exported.history).sort()).toEqual(Object.keys(seeded.history).sort());

      // The copy gains a day from before the seeded month; storage meanwhile holds only the last three days.
      const extraDay = dayAt(seeded.now, -60);
      const modified = { ...exported, history: { ...exported.history, [extraDay]: officeDay(233, 8, 52, 90, 2) } };
      const lastThree = Object.fromEntries(
        Object.entries(seeded.history)
          .sort(([a], [b]) => a.localeCompare(b))
          .slice(-3),
      );
      await seedHistory(control, lastThree);

      const fileInput = options.getByLabel('HipCheck export file');
      await fileInput.setInputFiles({
        name: 'hipcheck-export-modified.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(modified, null, 2)),
      });
      // Three days were stored and match the file; the rest of the month and the extra day are new.
      const added = Object.keys(modified.history).length - 3;
      const status = options.getByRole('status').filter({ hasText: 'Imported. Your history and settings now read:' });
      await status.waitFor({ timeout: 10_000 });
      expect(await status.getByRole('listitem').allTextContents()).toEqual([
        `New days: ${added}`,
        'Days updated with larger counts: 0',
        'Days already up to date: 3',
        'No setting changed.',
      ]);
      // Merged: the three days kept, the rest brought back and the extra one, field by field as in the file.
      const { history } = await readStorage(control);
      expect(history).toEqual(modified.history);
      expect(await readSettings(control)).toEqual(exported.settings);

      // A CSV export, then an export with one broken day next to a good new one: each is refused whole.
      const before = await storageFingerprint(control);
      await fileInput.setInputFiles({
        name: 'hipcheck-history.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`date,sitting_minutes,bouts\n${extraDay},233,8\n`),
      });
      const alert = options.getByRole('alert');
      await alert.filter({ hasText: 'Nothing was imported' }).waitFor({ timeout: 10_000 });
      expect(await alert.getByRole('listitem').allTextContents()).toEqual([
        'This is the CSV export, which is for spreadsheets; import the JSON export instead.',
      ]);
      expect(await storageFingerprint(control), 'a refused CSV file changed storage').toBe(before);

      const halfGood = {
        ...exported,
        history: {
          ...exported.history,
          [dayAt(seeded.now, -70)]: officeDay(100, 3, 40, 40, 0),
          [dayAt(seeded.now, -71)]: { sittingMs: 'lots' },
        },
      };
      await fileInput.setInputFiles({
        name: 'hipcheck-export-broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(halfGood)),
      });
      await expect
        .poll(() => alert.getByRole('listitem').allTextContents(), { timeout: 10_000 })
        .toEqual([expect.stringContaining(dayAt(seeded.now, -71))]);
      expect(await alert.count()).toBe(1);
      expect(await storageFingerprint(control), 'a refused JSON file changed storage').toBe(before);
    } finally {
      await options.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
