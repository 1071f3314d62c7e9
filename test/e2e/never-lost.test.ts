import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { INITIAL_NUDGES } from '../../src/core/nudges';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension, unpackedExtensionId, waitForExtensionPage } from './extension';
import { activeBout, installSettled, pageErrorLog, readStorage, scheduleTick, seedHistory, until } from './stored';

const MIN = 60_000;

const storedNudges = async (page: Page) => (await readStorage(page)).nudges;
const lastSignalAt = async (page: Page) => (await readStorage(page)).engine?.lastSignalAt ?? 0;

async function setSettings(page: Page, settings: Record<string, unknown>) {
  await page.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    await chrome.storage.sync.set({ settings: values });
  }, settings);
}

/** The break tabs open now. */
const breakTabs = (ext: LaunchedExtension) => ext.context.pages().filter((page) => page.url().endsWith('/break.html'));

describe('Nudges never silently lost, in Chromium', () => {
  let ext: LaunchedExtension | undefined;
  const { errors: pageErrors, watch: watchErrors } = pageErrorLog();

  afterEach(async () => {
    await ext?.close();
    ext = undefined;
  });

  it('opens the break tab once when the last reminder of a bout goes unanswered', async () => {
    ext = await launchExtension();
    const control = await ext.openPage('options.html');
    watchErrors(control);
    await installSettled(control);
    // Headless Chromium reports input at every moment; a nudge would wait two minutes for a pause in typing.
    await setSettings(control, { maxReminders: 0, waitForTypingPause: false });
    const now = Date.now();
    const boutStart = now - 33 * MIN;
    // The one nudge of this bout went out at 30 min and its snooze length passed unanswered.
    await seedHistory(
      control,
      {},
      { engine: activeBout(boutStart, now), nudges: { ...INITIAL_NUDGES, boutStartedAt: boutStart, shown: 1, dueAtMs: 31 * MIN } },
    );
    expect(breakTabs(ext)).toHaveLength(0);

    await scheduleTick(control, 1_500, 2_000);
    const breakTab = await waitForExtensionPage(ext, 'break.html', { timeoutMs: 15_000 });
    watchErrors(breakTab);
    await breakTab.getByTestId('move-name').waitFor();
    expect((await storedNudges(control))?.settledReminder).toBe(1);

    // Two more ticks: the follow-up came once for this bout.
    const after = await lastSignalAt(control);
    await until(
      'two more ticks',
      () => lastSignalAt(control),
      (at) => at >= after + 3_000,
    );
    expect(breakTabs(ext)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('with notifications turned off for HipCheck, nudges with the break tab and the popup says why', async () => {
    ext = await launchExtension({ blockNotifications: true });
    expect(ext.extensionId).toBe(unpackedExtensionId(process.env.HIPCHECK_EXTENSION_DIR ?? '.output/chrome-mv3'));
    const control = await ext.openPage('options.html');
    watchErrors(control);
    await installSettled(control);
    expect(await control.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.notifications.getPermissionLevel())).toBe(
      'denied',
    );

    await setSettings(control, { waitForTypingPause: false });
    const now = Date.now();
    await seedHistory(control, {}, { engine: activeBout(now - 30 * MIN + 2_000, now) });
    await scheduleTick(control, 3_000);

    const breakTab = await waitForExtensionPage(ext, 'break.html', { timeoutMs: 15_000 });
    watchErrors(breakTab);
    await breakTab.getByTestId('move-name').waitFor();
    await until(
      'the block remembered',
      () => storedNudges(control),
      (nudges) => nudges?.notificationsBlocked === true,
    );

    const popup = await ext.openPage('popup.html');
    watchErrors(popup);
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Notifications are blocked' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
