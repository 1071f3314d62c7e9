import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension } from './extension';
import { installSettled, pageErrorLog } from './stored';

/** A side-by-side move first (4 s a side), so the switch of sides comes quickly, then squats long enough to finish early from. */
const ROUTINE = {
  routine: 'custom',
  customRoutine: [
    { moveId: 'standing_hip_flexor', dose: { kind: 'hold', seconds: 4 } },
    { moveId: 'squat', dose: { kind: 'reps', count: 10, secondsPerRep: 4 } },
  ],
};

/** Where an element sits on the page (not in the viewport: clicking a button may scroll to it). */
const box = (locator: Locator) =>
  locator.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: x + window.scrollX, y: y + window.scrollY, width, height };
  });
const fontPx = (locator: Locator) => locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

describe('The break page holds still, in Chromium', () => {
  let ext: LaunchedExtension;
  const { errors: pageErrors, watch: watchErrors } = pageErrorLog();

  beforeAll(async () => {
    ext = await launchExtension();
    const control = await ext.openPage('options.html');
    await installSettled(control);
    await control.evaluate(async (settings) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      await chrome.storage.sync.set({ settings });
    }, ROUTINE);
  });

  afterAll(async () => {
    await ext?.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 480, height: 900 },
  ]) {
    it(`at ${viewport.width} px: Pause and Resume, and the switch of sides, move nothing; the right side is the left mirrored; the finish heading outranks its numbers`, async () => {
      const page: Page = await ext.openPage('break.html', { viewport });
      watchErrors(page);
      const title = page.getByTestId('move-name');
      await expect.poll(() => title.textContent()).toContain('left side');
      const art = page.locator('.session__art');
      const controls = page.locator('.session__controls');
      const pause = page.getByRole('button', { name: 'Pause' });
      const steps = page.locator('.session__steps');
      const before = { pause: await box(pause), controls: await box(controls), steps: await box(steps), art: await box(art) };
      expect(await art.evaluate((element) => getComputedStyle(element).transform)).toBe('none');

      await pause.click();
      const resume = page.getByRole('button', { name: 'Resume' });
      expect(await box(resume)).toEqual(before.pause);
      expect(await box(controls)).toEqual(before.controls);
      await resume.click();

      await expect.poll(() => title.textContent(), { timeout: 10_000 }).toContain('right side');
      await expect.poll(() => page.getByTestId('switch-sides').isVisible()).toBe(true);
      expect(await box(steps)).toEqual(before.steps);
      expect(await box(controls)).toEqual(before.controls);
      expect(await box(art)).toEqual(before.art);
      expect(await art.evaluate((element) => getComputedStyle(element).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');

      await page.getByRole('button', { name: 'Finish', exact: true }).click();
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      const numbers = page.locator('.finish__stats dd');
      await numbers.first().waitFor();
      for (const number of await numbers.all()) expect(await fontPx(heading)).toBeGreaterThan(await fontPx(number));
      await page.close();
      expect(pageErrors).toEqual([]);
    });
  }
});
