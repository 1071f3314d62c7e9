import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_ORIGINS } from '../fixtures/call-origins';
import {
  ADDON_ID,
  BACKGROUND_IDLE_TIMEOUT_MS,
  type ExtensionPage,
  FIREFOX_EXTENSION_DIR,
  type LaunchedFirefox,
  launchFirefox,
  pollUntil,
} from './firefox';

const TICK_ALARM = 'hipcheck:tick';
const MIN = 60_000;

// The storage shapes, written out here rather than imported so the test pins what is really stored.
interface StoredEngine {
  presence: { kind: string; since?: number };
  lastSignalAt: number | null;
  bout: { startedAt: number; spans: [number, number][] } | null;
}
interface StoredLocal {
  engine?: StoredEngine;
  nudges?: Record<string, unknown>;
}
interface Alarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

const readLocal = (page: ExtensionPage) => page.evaluate<StoredLocal>('browser.storage.local.get()');
const readAlarms = (page: ExtensionPage) => page.evaluate<Alarm[]>('browser.alarms.getAll()');

/**
 * `npm run test:firefox` (vitest.firefox.config.ts) sets this; the unit-test run (`npm test`) matches
 * test/**\/*.test.ts too and must not start a browser.
 */
const enabled = process.env.HIPCHECK_FIREFOX_SMOKE === '1';

describe.skipIf(!enabled)('Firefox build', () => {
  it('has the gecko id, no data collection, an event page, exactly the four permissions and the call sites as optional hosts', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: ADDON_ID,
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    // Asked for only when "hold nudges while a video call is open" is turned on (src/core/calls.ts).
    expect(manifest.optional_host_permissions).toEqual(CALL_ORIGINS);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });
});

describe.skipIf(!enabled)('Firefox ESR smoke (temporary add-on, headless)', () => {
  let firefox: LaunchedFirefox;
  let installedAt: number;
  let page: ExtensionPage;

  beforeAll(async () => {
    installedAt = Date.now();
    firefox = await launchFirefox();
    page = await firefox.openPage('popup.html');
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('installs under its gecko id', () => {
    expect(firefox.addonId).toBe(ADDON_ID);
    expect(firefox.extensionOrigin).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}\/$/);
  });

  it('starts the event page, which records the engine state and schedules the tick alarm', async () => {
    // Only the background writes engine state: finding it proves the event page ran its install handler.
    const stored = await pollUntil(
      'engine state in storage.local',
      () => readLocal(page),
      (s) => s.engine !== undefined,
    );
    const now = Date.now();
    expect(stored.engine?.presence.kind).toBe('active');
    expect(stored.engine?.bout?.startedAt).toBeGreaterThanOrEqual(installedAt);
    expect(stored.engine?.bout?.startedAt).toBeLessThanOrEqual(now);
    expect(stored.nudges).toBeTypeOf('object');

    const alarms = await pollUntil(
      'the tick alarm',
      () => readAlarms(page),
      (a) => a.some((alarm) => alarm.name === TICK_ALARM),
    );
    const tick = alarms.find((alarm) => alarm.name === TICK_ALARM);
    expect(tick?.periodInMinutes).toBe(1);
    // A minute after the bout started, give or take the time Firefox took to get here.
    expect(tick?.scheduledTime).toBeGreaterThan(installedAt + MIN - 1_000);
    expect(tick?.scheduledTime).toBeLessThanOrEqual(now + MIN + 1_000);
  });

  it('reads settings from storage.sync (empty on a fresh profile)', async () => {
    const sync = await page.evaluate<Record<string, unknown>>('browser.storage.sync.get()');
    // Nothing writes settings until the person saves some: a fresh profile's sync area is empty.
    expect(sync).toEqual({});
  });

  it('renders the popup with Preact and the bundled messages', async () => {
    const messages = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, '_locales/en/messages.json'), 'utf8'));
    const text = await pollUntil(
      'popup content',
      () => page.evaluate<string>(`document.querySelector('[data-testid="today-total"]')?.closest('main')?.innerText ?? ''`),
      (t) => t.trim().length > 0,
    );
    // Today's total as a duration, under its label from the bundled messages, and the status line.
    expect(text).toContain(messages.popupTitle.message);
    expect(text).toContain(messages.todaySitting.message);
    expect(await page.evaluate<string>(`document.querySelector('[data-testid="today-total"]').textContent`)).toMatch(/^\d+ min$/);
    expect(await page.evaluate<string>(`document.querySelector('[data-testid="status"]').textContent`)).not.toBe('');
  });

  it('suspends the idle event page, wakes it for a message, and keeps the tick alarm as it was', async () => {
    const before = (await readAlarms(page)).find((alarm) => alarm.name === TICK_ALARM);
    expect(before).toBeDefined();

    await pollUntil(
      'the event page suspended',
      () => firefox.backgroundState(),
      (state) => state === 'stopped',
      {
        timeoutMs: BACKGROUND_IDLE_TIMEOUT_MS + 10_000,
      },
    );

    const reply = await page.evaluate<{ ok: boolean }>(`browser.runtime.sendMessage({ type: 'repair' })`);
    expect(reply).toEqual({ ok: true });
    expect(await firefox.backgroundState()).toBe('running');

    // Re-creating the alarm on every wake would push its first firing out forever.
    const after = (await readAlarms(page)).find((alarm) => alarm.name === TICK_ALARM);
    expect(after).toEqual(before);
  });
  it('nudges when the bout is due, with options Firefox accepts', async () => {
    // Headless Firefox has no alert service: it closes a notification within a moment, so getAll()
    // cannot see it. Every extension page hears notifications.onClosed, which only fires for one
    // Firefox really created.
    await page.evaluate(
      `(globalThis.closedNotifications = [], browser.notifications.onClosed.addListener((id) => globalThis.closedNotifications.push(id)), true)`,
    );
    // Headless Firefox reports input at every moment, so the nudge would wait two minutes for a pause in typing.
    await page.evaluate(`browser.storage.sync.set({ settings: { waitForTypingPause: false } })`);
    const now = Date.now();
    const start = now - 30 * MIN + 2_000;
    await page.evaluate(
      `browser.storage.local.set(${JSON.stringify({
        engine: { presence: { kind: 'active', since: start }, lastSignalAt: now, bout: { startedAt: start, spans: [[start, now]] } },
      })})`,
    );
    await page.evaluate(`browser.alarms.create('${TICK_ALARM}', { when: Date.now() + 3000, periodInMinutes: 1 })`);
    await pollUntil(
      'the nudge notification',
      () => page.evaluate<string[]>('globalThis.closedNotifications'),
      (ids) => ids.includes('hipcheck:nudge'),
      { timeoutMs: 15_000 },
    );
    const { nudges } = (await readLocal(page)) as { nudges?: { shown?: number } };
    expect(nudges?.shown).toBe(1);
  });

  it('turns holding nudges during calls on and off from the options page with a click: the call sites granted, then given back', async () => {
    const options = await firefox.openPage('options.html');
    const hasAccess = () => options.evaluate<boolean>(`browser.permissions.contains({ origins: ${JSON.stringify(CALL_ORIGINS)} })`);
    const stored = () => options.evaluate<{ settings?: { holdDuringCalls?: boolean } }>(`browser.storage.sync.get('settings')`);
    // Not from a script: Firefox grants optional permissions only to a request made while handling user input.
    await expect(options.evaluate(`browser.permissions.request({ origins: ${JSON.stringify(CALL_ORIGINS)} })`)).rejects.toThrow(
      /user input/,
    );
    await pollUntil(
      'the options form',
      () => options.evaluate<boolean>(`document.getElementById('holdDuringCalls') !== null`),
      (found) => found,
    );

    await options.click('#holdDuringCalls');
    await pollUntil('the setting stored on', stored, (s) => s.settings?.holdDuringCalls === true);
    expect(await hasAccess()).toBe(true);
    expect(await options.evaluate<boolean>(`document.getElementById('holdDuringCalls').checked`)).toBe(true);

    await options.click('#holdDuringCalls');
    await pollUntil('the setting stored off', stored, (s) => s.settings?.holdDuringCalls === false);
    await pollUntil('the access given back', hasAccess, (has) => !has);
  });
});
