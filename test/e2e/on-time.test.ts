import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension } from './extension';
import {
  activeBout,
  badge,
  getTickAlarm,
  installSettled,
  NUDGE_ID,
  notificationIds,
  readStorage,
  setLocal,
  TICK_ALARM,
  until,
} from './stored';

const MIN = 60_000;
/** The default break interval: the nudge is due when the bout reaches it. */
const INTERVAL_MS = 30 * MIN;
/** How far ahead of now the seeded bout reaches the interval. */
const LEAD_MS = 8_000;
/** How late the nudge and the badge's minute may come after the bout reaches the interval. */
const ON_TIME_MS = 5_000;

/** The page's clock when the badge first reads `text` and when the nudge is first seen, polled every 25 ms. */
async function whenShown(page: Page, text: string, timeoutMs: number) {
  const seen: { badgeAt?: number; nudgeAt?: number } = {};
  await until(
    `the badge to read ${text} and the nudge`,
    async () => {
      const [{ at, ids }, shown] = await Promise.all([notificationIds(page), badge(page)]);
      if (seen.nudgeAt === undefined && ids.includes(NUDGE_ID)) seen.nudgeAt = at;
      if (seen.badgeAt === undefined && shown.text === text) seen.badgeAt = at;
      return seen;
    },
    (s) => s.badgeAt !== undefined && s.nudgeAt !== undefined,
    timeoutMs,
  );
  return seen as Required<typeof seen>;
}

describe('The tick comes when the bout reaches the interval, in Chromium', () => {
  let ext: LaunchedExtension;
  let control: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    control = await ext.openPage('popup.html');
    await installSettled(control);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('sets the alarm for the due moment, then nudges and turns the badge to 30 within 5 s of it', async () => {
    // A bout 8 s short of the interval, and no tick alarm, as if the worker had died before setting it:
    // the next event (a page's message) sets it for the moment the bout reaches 30:00, not a minute on.
    const now = Date.now();
    const boutStart = now - INTERVAL_MS + LEAD_MS;
    const dueAt = boutStart + INTERVAL_MS;
    await setLocal(control, { engine: activeBout(boutStart, now), history: {}, history$: { v: 2 } });
    await control.evaluate(async (name) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      // Headless Chromium reports input at every moment: on time here means with the wait for a pause in typing off.
      await chrome.storage.sync.set({ settings: { waitForTypingPause: false } });
      await chrome.alarms.clear(name);
      return chrome.runtime.sendMessage({ type: 'repair' });
    }, TICK_ALARM);
    expect(await getTickAlarm(control)).toMatchObject({ scheduledTime: dueAt, periodInMinutes: 1 });
    expect((await badge(control)).text).toBe('29');
    expect((await notificationIds(control)).ids).not.toContain(NUDGE_ID);

    const { badgeAt, nudgeAt } = await whenShown(control, '30', LEAD_MS + 15_000);
    const tickAt = (await readStorage(control)).engine?.lastSignalAt ?? Number.NaN;
    console.log(
      `on time: tick handled ${tickAt - dueAt} ms after the bout reached 30:00, badge read 30 at +${badgeAt - dueAt} ms, nudge seen at +${nudgeAt - dueAt} ms`,
    );
    for (const at of [tickAt, badgeAt, nudgeAt]) {
      expect(at).toBeGreaterThanOrEqual(dueAt);
      expect(at - dueAt).toBeLessThanOrEqual(ON_TIME_MS);
    }
    // The next tick is the bout's next whole minute.
    expect(await getTickAlarm(control)).toMatchObject({ scheduledTime: dueAt + MIN });
  });
});
