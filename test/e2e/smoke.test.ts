import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  controlServiceWorkers,
  type ExtensionGlobals,
  type LaunchedExtension,
  launchExtension,
  type ServiceWorkerControl,
} from './extension';
import {
  activeBout,
  getTickAlarm,
  localDayKey,
  minutesIn,
  readStorage,
  type StoredHistory,
  scheduleTick,
  seedHistory,
  startOfLocalDay,
  TICK_ALARM,
} from './stored';

const MIN = 60_000;
const ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts/', import.meta.url));

const HISTORY_MINUTES = 95;
const BOUT_MINUTES = 27;

/**
 * Writes a day with 95 minutes of sitting already booked and an active bout that started 27 minutes
 * (and 5 s, so rounding down survives a slow page) ago, counted up to now.
 */
async function seed(page: Page) {
  const now = Date.now();
  const boutStart = now - BOUT_MINUTES * MIN - 5_000;
  const today = localDayKey(now);
  const engine = activeBout(boutStart, now);
  const history: StoredHistory = {
    [today]: {
      sittingMs: HISTORY_MINUTES * MIN,
      bouts: 3,
      longestBoutMs: 50 * MIN,
      prolongedMs: 50 * MIN,
      naturalBreaks: 2,
      guidedBreaks: 0,
      partialBreaks: 0,
      nudges: 0,
      snoozes: 0,
      ignoredNudges: 0,
    },
  };
  await seedHistory(page, history, { engine });
  return { now, boutStart, today, engine, history };
}

describe('HipCheck in Chromium', () => {
  let ext: LaunchedExtension;
  /** An extension page to drive chrome.* from: the worker handle cannot be used once it has been stopped. */
  let control: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    control = await ext.openPage('popup.html');
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('starts the service worker, which keeps the one-minute tick alarm', async () => {
    expect(ext.worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
    // The install handler creates the alarm once it has learnt the person is active: poll, bounded.
    await expect.poll(() => getTickAlarm(control), { timeout: 10_000, interval: 100 }).not.toBeNull();
    const [alarm, idleState, { engine }] = await Promise.all([
      getTickAlarm(control),
      control.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.idle.queryState(60)),
      readStorage(control),
    ]);
    expect(alarm, `idle state ${idleState}, engine ${JSON.stringify(engine)}`).toMatchObject({ name: TICK_ALARM, periodInMinutes: 1 });
    // Headless Chromium reports 'active', so a fresh install is sitting from the start.
    expect(engine?.presence.kind).toBe('active');
  });

  it('shows the booked day plus the open bout in the popup', async () => {
    const seeded = await seed(control);
    const popup = await ext.openPage('popup.html', { viewport: { width: 320, height: 400 } });
    const errors: Error[] = [];
    popup.on('pageerror', (error) => errors.push(error));
    try {
      const total = popup.getByTestId('today-total');
      const bout = popup.getByTestId('current-bout');
      await total.waitFor({ timeout: 10_000 });

      // The popup closes the open bout at its own "now": 95 + 27 = 122 minutes, unless the bout began before midnight.
      const todayPart = (at: number) => Math.floor((at - Math.max(seeded.boutStart, startOfLocalDay(at))) / MIN);
      const expectedTotal = HISTORY_MINUTES + todayPart(Date.now());
      const totalText = await total.textContent();
      expect(minutesIn(totalText), `today total ${JSON.stringify(totalText)}`).toBeGreaterThanOrEqual(expectedTotal - 1);
      expect(minutesIn(totalText), `today total ${JSON.stringify(totalText)}`).toBeLessThanOrEqual(expectedTotal);
      if (seeded.boutStart >= startOfLocalDay(seeded.now)) expect(totalText).toMatch(/^2\D+2\D*$/);

      const boutText = await bout.textContent();
      expect(minutesIn(boutText), `current bout ${JSON.stringify(boutText)}`).toBe(BOUT_MINUTES);
      expect(boutText).toMatch(/^27\D*$/);

      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await popup.screenshot({ path: `${ARTIFACTS_DIR}popup.png` });
      expect(errors).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('paints the popup from one read: a call to each storage area before "Sitting today" is in the document', async () => {
    await seed(control);
    const popup = await ext.context.newPage();
    try {
      // Counts the storage reads the page makes before "Sitting today" is first in the document.
      await popup.addInitScript(() => {
        const counted = globalThis as unknown as { readsBeforeTotal?: string[]; reads: string[] };
        counted.reads = [];
        const apis = [(globalThis as unknown as ExtensionGlobals).chrome, (globalThis as { browser?: ExtensionGlobals['chrome'] }).browser];
        for (const area of new Set(apis.flatMap((api) => (api?.storage ? [api.storage.local, api.storage.sync] : [])))) {
          const name = area === apis[0]?.storage.sync ? 'sync' : 'local';
          const get = area.get.bind(area) as (keys?: unknown) => Promise<unknown>;
          area.get = ((keys?: unknown) => {
            counted.reads.push(name);
            return get(keys);
          }) as unknown as typeof area.get;
        }
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-testid="today-total"]')) return;
          counted.readsBeforeTotal = [...counted.reads];
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await popup.getByTestId('today-total').waitFor({ timeout: 10_000 });
      const reads = await popup.evaluate(() => (globalThis as unknown as { readsBeforeTotal?: string[] }).readsBeforeTotal);
      expect(reads?.sort()).toEqual(['local', 'sync']);
    } finally {
      await popup.close();
    }
  });

  describe('after the service worker is stopped', () => {
    let workers: ServiceWorkerControl;
    beforeAll(async () => {
      workers = await controlServiceWorkers(control, ext.extensionId);
    });
    afterAll(async () => {
      await workers?.dispose();
    });

    it('keeps its state, and the restarted worker handles the next tick without counting twice', async () => {
      const seeded = await seed(control);

      const stopped = await workers.stopAll();
      const stoppedAt = Date.now();
      const atStop = await readStorage(control);
      expect(atStop.engine).toEqual(seeded.engine);
      expect(atStop.history).toEqual(seeded.history);
      expect(await getTickAlarm(control), 'alarms survive a stopped worker').toMatchObject({ periodInMinutes: 1 });

      // Unpacked extensions may use alarms shorter than 30 s: an alarm due while stopped restarts the worker.
      await scheduleTick(control, 2_000);
      await workers.waitForStatus('running', { after: stopped, timeoutMs: 15_000 });

      await expect
        .poll(async () => (await readStorage(control)).engine?.lastSignalAt ?? 0, { timeout: 10_000, interval: 100 })
        .toBeGreaterThan(stoppedAt);
      const after = await readStorage(control);
      const tickAt = after.engine?.lastSignalAt as number;
      // The tick extended the same bout up to itself: one span from the bout's start, nothing re-added.
      expect(after.engine).toEqual({
        presence: { kind: 'active', since: seeded.boutStart },
        lastSignalAt: tickAt,
        bout: { startedAt: seeded.boutStart, spans: [[seeded.boutStart, tickAt]] },
      });
      // History is only written when a bout ends: today's books are exactly as seeded.
      expect(after.history).toEqual(seeded.history);
      expect(after.history$).toEqual({ v: 3 });
      expect(await getTickAlarm(control)).toMatchObject({ name: TICK_ALARM, periodInMinutes: 1 });
      // The badge shows the bout's whole minutes.
      await expect
        .poll(() => control.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({})), { timeout: 5_000 })
        .toBe(String(BOUT_MINUTES));
    });
  });
});
