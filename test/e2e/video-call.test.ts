import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension } from './extension';
import {
  activeBout,
  installSettled,
  NUDGE_ID,
  notificationIds,
  pageErrorLog,
  readStorage,
  scheduleTick,
  seedHistory,
  until,
  whenNotified,
} from './stored';

/**
 * The build `npm run build:call-stand-in` writes: the shipped code plus a local page standing in for a
 * call site (http://127.0.0.1/*, rooms under /meet/), all call sites granted at install so the
 * permission request needs no prompt (src/call-sites.ts, wxt.config.ts). The real sites cannot be
 * reached from here.
 */
const STAND_IN_DIR =
  process.env.HIPCHECK_CALL_STAND_IN_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3-call-stand-in', import.meta.url));

const MIN = 60_000;
/** The default break interval. */
const INTERVAL_MS = 30 * MIN;
/** Unpacked extensions may tick this fast; the worker keeps a tick alarm that comes sooner than it would set one. */
const TICK_PERIOD_MS = 2_000;
const LABEL = 'Hold nudges while a video call is open in this browser';

/** A meeting site in miniature: a room at /meet/room-1 and a home page at /. */
function startCallSite(): Promise<Server> {
  const server = createServer((request, response) => {
    const room = request.url?.startsWith('/meet/');
    response.writeHead(room || request.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>${room ? 'Room 1' : 'Stand-in meetings'}</title><h1>${room ? 'In a call' : 'Home'}</h1>`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const settingsNow = (page: Page) =>
  page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    return ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
  });

const lastTickAt = async (page: Page) => (await readStorage(page)).engine?.lastSignalAt ?? 0;
const nudgesShown = async (page: Page) => ((await readStorage(page)) as { nudges?: { shown: number } }).nudges?.shown ?? 0;

describe('Hold nudges while a video call is open, in Chromium', () => {
  let ext: LaunchedExtension;
  let control: Page;
  let server: Server;
  let site = '';
  const { errors: pageErrors, watch: watchErrors } = pageErrorLog();

  beforeAll(async () => {
    server = await startCallSite();
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ext = await launchExtension({ extensionDir: STAND_IN_DIR });
    control = await ext.openPage('options.html');
    watchErrors(control);
    await installSettled(control);
  });

  afterAll(async () => {
    await ext?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('is turned on from the options page with the keyboard: access granted and the setting saved', async () => {
    const box = control.getByRole('checkbox', { name: LABEL });
    expect(await box.isChecked()).toBe(false);
    await box.focus();
    await control.keyboard.press('Space');
    await until(
      'the setting stored on',
      () => settingsNow(control),
      (settings) => settings.holdDuringCalls === true,
    );
    const origins = (await control.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      return chrome.runtime.getManifest().optional_host_permissions;
    })) as string[];
    expect(origins).toContain('http://127.0.0.1/*');
    const granted = await control.evaluate(async (wanted) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      return chrome.permissions.contains({ origins: wanted });
    }, origins);
    expect(granted).toBe(true);
    expect(await box.isChecked()).toBe(true);
    expect(await control.getByRole('status').filter({ hasText: 'Without access' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('holds a due nudge while the call is open, not for the home page, and nudges at the next tick once the call closes', async () => {
    await control.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      // Headless Chromium reports input at every moment: without this the nudge would wait for a pause in typing.
      await chrome.storage.sync.set({ settings: { holdDuringCalls: true, waitForTypingPause: false } });
    });
    const call = await ext.context.newPage();
    await call.goto(`${site}/meet/room-1`);

    const now = Date.now();
    const boutStart = now - INTERVAL_MS + 2_000;
    await seedHistory(control, {}, { engine: activeBout(boutStart, now) });
    await scheduleTick(control, 500, TICK_PERIOD_MS);
    const dueAt = boutStart + INTERVAL_MS;

    // Two ticks past due with the call open: held.
    await until(
      'two ticks past due',
      () => lastTickAt(control),
      (at) => at >= dueAt + TICK_PERIOD_MS,
    );
    expect((await notificationIds(control)).ids).not.toContain(NUDGE_ID);
    expect(await nudgesShown(control)).toBe(0);

    // The site's home page is no call; the room still is.
    const home = await ext.context.newPage();
    await home.goto(`${site}/`);
    const homeOpenAt = Date.now();
    await until(
      'two ticks with the home page open too',
      () => lastTickAt(control),
      (at) => at >= homeOpenAt + TICK_PERIOD_MS,
    );
    expect((await notificationIds(control)).ids).not.toContain(NUDGE_ID);
    expect(await nudgesShown(control)).toBe(0);

    const closedAt = Date.now();
    await call.close();
    const seenAt = await whenNotified(control, NUDGE_ID, { intervalMs: 50, timeoutMs: 15_000 });
    expect(seenAt, 'no nudge after the call closed').not.toBeNull();
    console.log(`nudge seen ${(seenAt as number) - closedAt} ms after the call tab closed (ticks every ${TICK_PERIOD_MS} ms)`);
    // The first tick after the close brings it: within one period, and a little for the worker's own work.
    expect((seenAt as number) - closedAt).toBeLessThan(TICK_PERIOD_MS + 3_000);
    expect(await nudgesShown(control)).toBe(1);
    await home.close();
    expect(pageErrors).toEqual([]);
  });
});
