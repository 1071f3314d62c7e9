import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from './axe';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension } from './extension';
import { activeBout, installSettled, localDayKey, minutesIn, pageErrorLog, recordOf, seedHistory, startOfLocalDay, until } from './stored';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const syncItems = (page: Page) =>
  page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    return (await chrome.storage.sync.get(null)) as Record<string, unknown>;
  });
const computerKeys = async (page: Page) => Object.keys(await syncItems(page)).filter((key) => key.startsWith('computer:'));

describe('sitting across computers, in Chromium', () => {
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

  it('shows the merged total in the popup and the split on History once turned on, and only this computer’s record goes when turned off', async () => {
    const now = Date.now();
    // This computer's bout began 40 minutes ago; the other computer sat an hour ending 20 minutes ago, so
    // 20 minutes overlap: an hour in all. Near midnight the lengths shrink to fit today.
    const bout = Math.max(2, Math.min(40, Math.floor((now - startOfLocalDay(now)) / MIN / 1.5 / 2) * 2)) * MIN;
    await seedHistory(control, {}, { engine: activeBout(now - bout, now) });
    const older = localDayKey(startOfLocalDay(now) - 10 * DAY + 12 * 60 * MIN);
    const desktop = recordOf('Desktop', [[now - 1.5 * bout, now - 0.5 * bout]], now - 60_000, { [older]: 200 });
    await control.evaluate(async (record) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      await chrome.storage.sync.set({ 'computer:desktop0000001': record });
    }, desktop);

    // Off by default: the popup counts this computer alone.
    let popup = await ext.openPage('popup.html');
    watchErrors(popup);
    await expect.poll(async () => minutesIn(await popup.getByTestId('today-total').textContent())).toBeGreaterThanOrEqual(bout / MIN);
    expect(minutesIn(await popup.getByTestId('today-total').textContent())).toBeLessThanOrEqual(bout / MIN + 1);
    expect(await popup.getByTestId('today-share').count()).toBe(0);
    await popup.close();

    await control.reload();
    const toggle = control.getByRole('checkbox', { name: 'Count my sitting across my computers' });
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await toggle.check();
    await control.getByText(/^This computer now counts your sitting across your computers, as “.+”\.$/).waitFor();
    const keys = await until(
      'this computer’s record in sync storage',
      () => computerKeys(control),
      (found) => found.length === 2,
    );
    expect(keys).toContain('computer:desktop0000001');
    await control.getByRole('table', { name: 'Computers that share your sitting' }).getByText('Desktop').waitFor();
    const optionsViolations = await axeViolations(control);
    expect(optionsViolations, formatViolations('options.html, sharing on', optionsViolations)).toEqual([]);

    popup = await ext.openPage('popup.html');
    watchErrors(popup);
    const merged = 1.5 * (bout / MIN);
    await expect.poll(async () => minutesIn(await popup.getByTestId('today-total').textContent())).toBeGreaterThanOrEqual(merged);
    expect(minutesIn(await popup.getByTestId('today-total').textContent())).toBeLessThanOrEqual(merged + 1);
    const share = (await popup.getByTestId('today-share').textContent()) ?? '';
    expect(share).toMatch(/^on all your computers \((.+) on this one\)$/);
    expect(minutesIn(/\((.+) on this one\)/.exec(share)?.[1] ?? null)).toBeGreaterThanOrEqual(bout / MIN);
    await popup.close();

    const history = await ext.openPage('history.html');
    watchErrors(history);
    const table = history.getByTestId('computers-table');
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(0, 2)).toEqual(['Date', 'All']);
    expect(headers[2]).toMatch(/ · this computer$/);
    expect(headers[3]).toBe('Desktop');
    const cells = async (row: number) =>
      (await table.locator('tbody tr').nth(row).locator('td').allTextContents()).map((text) => text.trim());
    const [all, mine, theirs] = await cells(0);
    expect(minutesIn(all ?? null)).toBeGreaterThanOrEqual(merged);
    expect(minutesIn(mine ?? null)).toBeGreaterThanOrEqual(bout / MIN);
    expect(minutesIn(theirs ?? null)).toBe(bout / MIN);
    // Ten days ago is older than the merged week: no merged figure, the desktop's own total.
    const [olderAll, , olderTheirs] = await cells(10);
    expect(olderAll).toBe('—not merged for this day');
    expect(olderTheirs).toBe('3 hr 20 min');
    const historyViolations = await axeViolations(history);
    expect(historyViolations, formatViolations('history.html, sharing on', historyViolations)).toEqual([]);
    await history.close();

    await control.getByRole('checkbox', { name: 'Count my sitting across my computers' }).uncheck();
    await control.getByText(/^This computer no longer shares your sitting/).waitFor();
    expect(await computerKeys(control)).toEqual(['computer:desktop0000001']);
    expect(pageErrors).toEqual([]);
  });
});
