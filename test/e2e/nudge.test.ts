import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionGlobals, type LaunchedExtension, launchExtension, waitForExtensionPage } from './extension';
import {
  activeBout,
  BADGE_RGBA,
  badge,
  installSettled,
  localDayKey,
  NUDGE_ID,
  notificationIds,
  pageErrorLog,
  readStorage,
  type Span,
  scheduleTick,
  seedHistory,
  whenNotified,
} from './stored';

const MIN = 60_000;
/** The default break interval: the nudge is due when the bout reaches it. */
const INTERVAL_MS = 30 * MIN;
const VIEWPORT = { width: 1280, height: 800 };
const ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts/', import.meta.url));

/**
 * A shortened custom routine: the standing hip-flexor stretch runs left then right (2 s each), then
 * one 2-second squat, so a break takes about 6 s.
 */
const SHORT_ROUTINE = {
  // Headless Chromium reports input at every moment, so a nudge would always wait two minutes for a pause in typing.
  waitForTypingPause: false,
  routine: 'custom',
  customRoutine: [
    { moveId: 'standing_hip_flexor', dose: { kind: 'hold', seconds: 2 } },
    { moveId: 'squat', dose: { kind: 'reps', count: 1, secondsPerRep: 2 } },
  ],
};
const ROUTINE_MS = 6_000;

const spanMs = (spans: Span[]) => spans.reduce((sum, [from, to]) => sum + (to - from), 0);

/** Records every name the break page shows, in order, from now on (read with `shownMoveNames`). */
async function recordMoveNames(page: Page): Promise<void> {
  await page.getByTestId('move-name').waitFor({ timeout: 10_000 });
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { hipcheckMoveNames: string[] }).hipcheckMoveNames = seen;
    const record = () => {
      const text = document.querySelector('[data-testid="move-name"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    };
    record();
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const shownMoveNames = (page: Page) => page.evaluate(() => (globalThis as unknown as { hipcheckMoveNames: string[] }).hipcheckMoveNames);

describe('Nudge, stretch, back to work, in Chromium', () => {
  let ext: LaunchedExtension;
  /** An extension page to drive chrome.* from. */
  let control: Page;
  /** The break tab the "Stretch now" request opened. */
  let breakPage: Page;
  let boutStart = 0;
  let breakRequestedAt = 0;
  const today = () => localDayKey(Date.now());
  const { errors: pageErrors, watch: watchErrors } = pageErrorLog();

  beforeAll(async () => {
    ext = await launchExtension();
    control = await ext.openPage('popup.html');
    watchErrors(control);
    // Let the install handler finish its own first write before seeding over it.
    await installSettled(control);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('nudges once the bout reaches the break interval, with an alert badge', async () => {
    await control.evaluate(async (settings) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      await chrome.storage.sync.set({ settings });
    }, SHORT_ROUTINE);

    const now = Date.now();
    boutStart = now - INTERVAL_MS + 2_000;
    await seedHistory(control, {}, { engine: activeBout(boutStart, now) });
    expect((await notificationIds(control)).ids).not.toContain(NUDGE_ID);

    // Unpacked extensions may use alarms shorter than 30 s: make the next tick come in 3 s.
    const tickDueAt = await scheduleTick(control, 3_000);

    const seenAt = await whenNotified(control, NUDGE_ID, { intervalMs: 25 });
    const { engine } = await readStorage(control);
    expect(seenAt, `no ${NUDGE_ID} notification within 15 s; engine ${JSON.stringify(engine)}`).not.toBeNull();
    const dueAt = boutStart + INTERVAL_MS;
    const tickAt = engine?.lastSignalAt ?? Number.NaN;
    console.log(
      `nudge latency: notification seen ${(seenAt as number) - dueAt} ms after the bout reached 30:00 ` +
        `(tick alarm set for +${tickDueAt - dueAt} ms, handled at +${tickAt - dueAt} ms; seen ${(seenAt as number) - tickAt} ms after the tick)`,
    );
    expect(seenAt as number).toBeGreaterThanOrEqual(dueAt);
    expect(tickAt).toBeGreaterThanOrEqual(dueAt);

    // The tick extended the same bout; the badge shows its whole minutes in the alert colour.
    expect(engine?.bout).toEqual({ startedAt: boutStart, spans: [[boutStart, tickAt]] });
    expect(await badge(control)).toEqual({ text: '30', color: [...BADGE_RGBA.alert] });
    expect((await readStorage(control)).history?.[today()]).toMatchObject({ nudges: 1 });
  });

  it('opens the break page on "Stretch now" and starts the routine with its first step', async () => {
    const before = ext.context.pages();
    breakRequestedAt = Date.now();
    // The notification's "Stretch now" button cannot be clicked headless; its handler and this request both call openBreakTab.
    const reply = await control.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      return chrome.runtime.sendMessage({ type: 'break:open' });
    });
    expect(reply).toEqual({ ok: true });

    breakPage = await waitForExtensionPage(ext, 'break.html', { exclude: before });
    watchErrors(breakPage);
    await breakPage.setViewportSize(VIEWPORT);
    await recordMoveNames(breakPage);
    const [first] = await shownMoveNames(breakPage);
    expect(first).toContain('Standing hip-flexor stretch');
    expect(first).toContain('left side');
    await expect.poll(() => breakPage.getByTestId('seconds-left').textContent()).toMatch(/^[12]$/);
  });

  it('finishes the short routine, books a guided break, starts a new bout and calms the badge', async () => {
    const backToWork = breakPage.getByRole('button', { name: 'Back to work' });
    await backToWork.waitFor({ timeout: ROUTINE_MS + 10_000 });
    expect(await shownMoveNames(breakPage)).toEqual([
      'Standing hip-flexor stretch · left side',
      'Standing hip-flexor stretch · right side',
      'Squat',
    ]);

    // The page reports the break; the worker books it and starts a fresh bout.
    await expect
      .poll(async () => (await readStorage(control)).history?.[today()]?.guidedBreaks, { timeout: 10_000, interval: 100 })
      .toBe(1);
    const { engine, history, history$ } = await readStorage(control);
    const day = history?.[today()] as Record<string, number>;
    expect(day.guidedBreaks).toBe(1);
    expect(day.partialBreaks).toBe(0);
    expect(day.movedMs).toBeGreaterThan(0);
    expect(day.movedMs).toBeLessThan(ROUTINE_MS + 5_000);
    expect(day.nudges).toBe(1);
    // The 30-minute bout was booked (up to the break's start) as one prolonged bout.
    expect(day.bouts).toBe(1);
    expect(day.sittingMs).toBeGreaterThanOrEqual(INTERVAL_MS - 2_000);
    expect(day.sittingMs).toBeLessThan(INTERVAL_MS + MIN);
    expect(day.prolongedMs).toBe(day.sittingMs);
    expect(history$).toEqual({ v: 3 });

    expect(engine?.presence.kind).toBe('active');
    expect(engine?.bout?.startedAt).toBeGreaterThanOrEqual(breakRequestedAt);
    expect(spanMs(engine?.bout?.spans ?? [])).toBeLessThan(MIN);

    await expect.poll(async () => (await notificationIds(control)).ids, { timeout: 5_000, interval: 100 }).not.toContain(NUDGE_ID);
    await expect.poll(() => badge(control), { timeout: 5_000, interval: 100 }).toEqual({ text: '0', color: [...BADGE_RGBA.calm] });

    // The finish screen follows storage: the booked break shows up there too.
    await expect.poll(() => breakPage.getByTestId('breaks-today').textContent(), { timeout: 5_000 }).toBe('1');
    console.log(`finish screen: moved today ${JSON.stringify(await breakPage.getByTestId('moved-today').textContent())}`);
    expect(pageErrors).toEqual([]);
  });

  it('renders the break and finish screens in light and dark', async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await breakPage.emulateMedia({ colorScheme });
      await breakPage.screenshot({ path: `${ARTIFACTS_DIR}finish-${colorScheme}.png` });
    }

    // A second break page, paused on its first step, for the mid-routine screenshots.
    const midway = await ext.openPage('break.html', { viewport: VIEWPORT });
    watchErrors(midway);
    await midway.getByTestId('move-name').waitFor({ timeout: 10_000 });
    await midway.keyboard.press('Space');
    await midway.getByRole('button', { name: 'Resume' }).waitFor({ timeout: 5_000 });
    // Paused, the page stays on its step: the same move and seconds after the step would have ended
    // unpaused. Real time passing is the point, and "nothing changed" has no event to wait for.
    const shownNow = () => Promise.all([midway.getByTestId('move-name').textContent(), midway.getByTestId('seconds-left').textContent()]);
    const paused = await shownNow();
    // The seconds shown are rounded up, so the step would have ended within them; two of the page's 250 ms clock ticks more.
    await midway.waitForTimeout(Number(paused[1]) * 1000 + 500);
    expect(await shownNow()).toEqual(paused);
    for (const colorScheme of ['light', 'dark'] as const) {
      await midway.emulateMedia({ colorScheme });
      await midway.screenshot({ path: `${ARTIFACTS_DIR}break-${colorScheme}.png` });
    }

    // Closing a break mid-routine reports it as partial; the guided break booked before stays.
    await midway.close({ runBeforeUnload: true });
    await expect
      .poll(async () => (await readStorage(control)).history?.[today()]?.partialBreaks, { timeout: 10_000, interval: 100 })
      .toBe(1);
    expect((await readStorage(control)).history?.[today()]?.guidedBreaks).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
