import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension, waitForExtensionPage } from './extension';
import { activeBout, installSettled, pageErrorLog, readStorage, scheduleTick, seedHistory, until } from './stored';

const MIN = 60_000;
const INTERVAL_MS = 30 * MIN;

/** When the stored hold ends, or null without one. */
const meetingUntil = async (page: Page) =>
  ((await readStorage(page)) as { nudges?: { meetingUntil: number | null } }).nudges?.meetingUntil ?? null;

/** A hold ends one minute past a half hour (src/core/meeting.ts). */
const onHalfHourPlusOne = (at: number) => new Date(at).getSeconds() === 0 && [1, 31].includes(new Date(at).getMinutes());

describe('"In a meeting", in Chromium', () => {
  let ext: LaunchedExtension;
  let control: Page;
  const { errors: pageErrors, watch: watchErrors } = pageErrorLog();

  beforeAll(async () => {
    ext = await launchExtension();
    control = await ext.openPage('options.html');
    watchErrors(control);
    await installSettled(control);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('from the popup: holds reminders, says until when, and "Meeting over" ends the hold', async () => {
    const now = Date.now();
    await seedHistory(control, {}, { engine: activeBout(now - 12 * MIN, now) });
    const popup = await ext.openPage('popup.html');
    watchErrors(popup);
    await popup.getByRole('button', { name: 'Pause reminders' }).click();
    await popup.getByRole('button', { name: 'In a meeting' }).click();

    const heldUntil = await until(
      'a stored hold',
      () => meetingUntil(control),
      (at) => at !== null,
    );
    expect(onHalfHourPlusOne(heldUntil as number), new Date(heldUntil as number).toString()).toBe(true);
    await expect
      .poll(() => popup.getByTestId('status').textContent())
      .toMatch(/^In a meeting: reminders wait until (\w{3} )?\d{1,2}:\d{2}\s[AP]M$/);

    await popup.getByRole('button', { name: 'Meeting over' }).click();
    await until(
      'the hold to end',
      () => meetingUntil(control),
      (at) => at === null,
    );
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/^Next nudge in/);
    await popup.close();
  });

  it('from a break tab a nudge opened: holds reminders and closes the tab, with no break booked', async () => {
    await control.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      // Headless Chromium reports input at every moment; the nudge would wait two minutes for a pause in typing.
      await chrome.storage.sync.set({ settings: { nudgeStyle: 'tab', waitForTypingPause: false } });
    });
    const now = Date.now();
    await seedHistory(control, {}, { engine: activeBout(now - INTERVAL_MS + 2_000, now) });
    const before = ext.context.pages();
    await scheduleTick(control, 3_000);

    const breakTab = await waitForExtensionPage(ext, 'break.html', { exclude: before, timeoutMs: 20_000 });
    watchErrors(breakTab);
    const closed = breakTab.waitForEvent('close', { timeout: 10_000 });
    await breakTab.getByRole('button', { name: 'In a meeting' }).click();
    await closed;

    const heldUntil = await until(
      'a stored hold',
      () => meetingUntil(control),
      (at) => at !== null,
    );
    expect(onHalfHourPlusOne(heldUntil as number)).toBe(true);
    const { history } = await readStorage(control);
    const breaks = Object.values(history ?? {}).map((day) => (day.guidedBreaks ?? 0) + (day.partialBreaks ?? 0));
    expect(
      breaks.every((count) => count === 0),
      JSON.stringify(history),
    ).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
