import type { Page } from 'playwright-core';
import { activeBout, localDayKey, type StoredDay, type StoredEngine, type StoredHistory, seedHistory } from './stored';

/** What the page tests seed: a month of plausible office days and a bout in progress, in any language. */

const MIN = 60_000;

/** The day `offset` calendar days from the day of `at` (noon, so DST never skips one). */
export function dayAt(at: number, offset: number): string {
  const d = new Date(at);
  return localDayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset, 12).getTime());
}
/** A plausible office day: `sitting` minutes in `bouts` bouts, some of them past 30 minutes. */
export function officeDay(sitting: number, bouts: number, longest: number, prolonged: number, guided: number): StoredDay {
  return {
    sittingMs: sitting * MIN,
    bouts,
    longestBoutMs: longest * MIN,
    prolongedMs: prolonged * MIN,
    naturalBreaks: bouts - 1 - guided,
    guidedBreaks: guided,
    partialBreaks: 0,
    movedMs: guided * 3 * MIN,
    nudges: guided + 1,
    snoozes: 1,
    ignoredNudges: 0,
    standingMs: 0,
    standingPeriods: 0,
    meetingHolds: 0,
  };
}

/** The last six days before today with distinct totals, oldest first, in minutes; then today's booked part and its open bout. */
export const PAST_MINUTES = [252, 348, 215, 380, 295, 160];
export const TODAY_BOOKED_MINUTES = 125;
export const BOUT_MINUTES = 17;
/** Days of history before the last week, so the History page's month and week-over-week have something to show. */
const OLDER_DAYS = 28;

/** Four weeks of workdays (weekends off), then the week the popup shows, then today. */
export function monthOfHistory(now: number): StoredHistory {
  const history: StoredHistory = {};
  for (let offset = -6 - OLDER_DAYS; offset < -6; offset++) {
    const day = dayAt(now, offset);
    const weekday = new Date(`${day}T12:00:00`).getDay();
    if (weekday === 0 || weekday === 6) continue;
    const minutes = 180 + ((offset * -37) % 200);
    history[day] = officeDay(minutes, 7 + (-offset % 6), 35 + (-offset % 30), Math.round(minutes * 0.45), -offset % 3);
  }
  PAST_MINUTES.forEach((minutes, i) => {
    history[dayAt(now, i - 6)] = officeDay(minutes, 9 + i, 38 + i * 4, Math.round(minutes * 0.4), i % 3);
  });
  history[localDayKey(now)] = officeDay(TODAY_BOOKED_MINUTES, 5, 41, 41, 1);
  return history;
}

/** A mid-bout engine: sitting for `minutes` (and 5 s, so rounding down survives a slow page), counted up to now. */
export function midBout(now: number, minutes: number): StoredEngine {
  return activeBout(now - minutes * MIN - 5_000, now);
}

/** Seeds a month of history (the last week with distinct totals) and an open 17-minute bout; returns what it wrote. */
export async function seedMonth(page: Page) {
  const now = Date.now();
  const history = monthOfHistory(now);
  const engine = midBout(now, BOUT_MINUTES);
  await seedHistory(page, history, { engine });
  return { now, history, engine, boutStart: engine.bout?.startedAt as number };
}

/** Resolves once the page has rendered past its loading state (every page shows `<main aria-busy>` while it reads storage). */
export async function ready(page: Page, name: string): Promise<void> {
  await page.locator('main:not([aria-busy])').first().waitFor({ timeout: 10_000 });
  if (name === 'popup') await page.locator('[data-stats-ready]').waitFor({ timeout: 10_000 });
  if (name === 'break') {
    // Paused, the routine stays on its first step while axe or the camera looks at it.
    await page.getByTestId('move-name').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Space');
    await page.locator('button[aria-pressed="true"]').waitFor({ timeout: 5_000 });
  }
}

/** Waits two frames, so styles for a new colour scheme have been applied and painted. */
export const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
