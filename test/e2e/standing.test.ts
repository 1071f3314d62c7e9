import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension } from './extension';
import { activeBout, badge, installSettled, NUDGE_ID, notificationIds, readStorage, setLocal, TICK_ALARM, until } from './stored';

const MIN = 60_000;
/** The default break interval. */
const INTERVAL_MS = 30 * MIN;
/** How far ahead of now the seeded bout would reach the interval. */
const LEAD_MS = 6_000;

describe('A sit-stand desk in Chromium', () => {
  let ext: LaunchedExtension;
  let control: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    control = await ext.openPage('options.html');
    await installSettled(control);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('switches to standing from the popup: the badge and the popup say so, and no nudge comes while standing', async () => {
    // A bout 6 s short of the interval: sitting on, the nudge would come in 6 s.
    const now = Date.now();
    const boutStart = now - INTERVAL_MS + LEAD_MS;
    await setLocal(control, { engine: activeBout(boutStart, now) });
    await control.evaluate(async (name) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      await chrome.alarms.clear(name);
      return chrome.runtime.sendMessage({ type: 'repair' });
    }, TICK_ALARM);
    expect((await badge(control)).text).toBe('29');

    const popup = await ext.openPage('popup.html', { viewport: { width: 360, height: 600 } });
    const toggle = popup.getByRole('button', { name: 'I’m standing' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await popup.getByText(/Standing since/).waitFor({ timeout: 10_000 });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const standing = await until(
      'the badge to show standing',
      () => badge(control),
      (shown) => shown.text.startsWith('↑'),
      10_000,
    );
    expect(standing.text).toBe('↑0');
    expect((await readStorage(control)).engine?.bout ?? null).toBeNull();

    // Past the moment the bout would have reached the interval, and a tick after it: no nudge.
    const tickAfterDue = await until(
      'a tick after the bout would have been due',
      async () => (await readStorage(control)).engine?.lastSignalAt ?? 0,
      (at) => at >= boutStart + INTERVAL_MS,
      LEAD_MS + 70_000,
    );
    expect(tickAfterDue).toBeGreaterThanOrEqual(boutStart + INTERVAL_MS);
    expect((await notificationIds(control)).ids).not.toContain(NUDGE_ID);

    // Sitting down again starts a new bout from nothing: the badge counts it, not the standing minutes.
    await toggle.click();
    await until(
      'the badge to count sitting again',
      () => badge(control),
      (shown) => /^\d+$/.test(shown.text),
      10_000,
    );
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect((await badge(control)).text).toBe('0');
    await popup.close();
  });
});
