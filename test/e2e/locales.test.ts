import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeNames, mergedMessages } from '../../scripts/locales';
import { axeViolations, formatViolations } from './axe';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension, type Viewport } from './extension';
import { midBout, monthOfHistory, ready, settle } from './office';
import { installSettled, localDayKey, pageErrorLog, recordOf, seedHistory, setLocal } from './stored';

/**
 * Every language HipCheck ships, as a person reading it would meet it: Chromium started in that
 * language (its own UI language picks the extension's messages), the popup at its 360 px, options and
 * a paused break page, light and dark; no text may overflow its box and axe may find nothing.
 */

const SHOTS_DIR = fileURLToPath(new URL('../../artifacts/locales/', import.meta.url));
const POPUP: Viewport = { width: 360, height: 600 };
const PAGE: Viewport = { width: 1280, height: 800 };
const PAGES = [
  { name: 'popup', viewport: POPUP, shows: 'todaySitting' },
  { name: 'options', viewport: PAGE, shows: 'optionsLead' },
  { name: 'break', viewport: PAGE, shows: 'finishEarly' },
] as const;
const THEMES = ['light', 'dark'] as const;
const MIN = 60_000;

/** Chrome's locale folder names ("pt_BR") as the language tags a browser is started with ("pt-BR"). */
const browserTag = (locale: string) => locale.replace('_', '-');

/** Elements whose content is wider than their box, where nothing is meant to scroll; and a page that scrolls sideways. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in ${window.innerWidth})`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      // Drawings scale to their box; screen-reader-only text is clipped to a pixel on purpose.
      if (element instanceof SVGElement || element.closest('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || ['auto', 'scroll'].includes(style.overflowX)) continue;
      // Inline boxes have no width of their own: their block's check covers them.
      if (element.clientWidth === 0 || element.scrollWidth <= element.clientWidth + 1) continue;
      const text = (element.textContent || element.getAttribute('aria-label') || '').replace(/\s+/g, ' ').slice(0, 60);
      found.push(
        `<${element.tagName.toLowerCase()} class="${element.className}"> "${text}" is ${element.scrollWidth} px in ${element.clientWidth}`,
      );
    }
    return found;
  });
}

describe.each(localeNames())('HipCheck in %s', (locale) => {
  const messages = mergedMessages(locale);
  let ext: LaunchedExtension;
  let control: Page;
  const { errors: pageErrors, watch: watchErrors } = pageErrorLog();

  beforeAll(async () => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    ext = await launchExtension({ locale: browserTag(locale) });
    control = await ext.openPage('options.html');
    await installSettled(control);
    // A full month, and a today with standing too, so the longest lines each page can show are there.
    const now = Date.now();
    const history = monthOfHistory(now);
    const today = localDayKey(now);
    history[today] = { ...history[today], standingMs: 48 * MIN, standingPeriods: 2 };
    await seedHistory(control, history, { engine: midBout(now, 17) });
    // Sharing across computers on, with another computer heard from, so the popup's line about all the
    // computers and the options page's list are there too.
    await setLocal(control, { sharing: { on: true, id: 'thiscomputer01', name: 'Chromium on Linux', failedAt: null, failure: '' } });
    const desktop = recordOf('Office desktop, second floor', [[now - 3 * 60 * MIN, now - 2 * 60 * MIN]], now - MIN, {});
    await control.evaluate(async (record) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      await chrome.storage.sync.set({ 'computer:desktop000001': record });
    }, desktop);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it.each(PAGES)(
    'shows the $name page in its language, every text within its box, with no axe violation, light and dark',
    async ({ name, viewport, shows }) => {
      const page = await ext.openPage(`${name}.html`, { viewport });
      watchErrors(page);
      try {
        await ready(page, name);
        expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${browserTag(locale).split('-')[0]}`));
        await page
          .getByText(messages[shows]?.message ?? shows, { exact: false })
          .first()
          .waitFor({ timeout: 5_000 });
        for (const colorScheme of THEMES) {
          await page.emulateMedia({ colorScheme });
          await settle(page);
          await page.screenshot({
            path: `${SHOTS_DIR}${locale}-${name}-${colorScheme}.png`,
            fullPage: name !== 'popup',
            animations: 'disabled',
          });
          expect(await overflowing(page), `${locale} ${name} ${colorScheme}`).toEqual([]);
          const violations = await axeViolations(page);
          expect(violations, formatViolations(`${locale} ${name} ${colorScheme}`, violations)).toEqual([]);
        }
      } finally {
        await page.close();
      }
      expect(pageErrors).toEqual([]);
    },
  );
});
