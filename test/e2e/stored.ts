/**
 * What the end-to-end tests share about the extension's storage: the stored shapes, written out here
 * rather than imported so the tests pin what is really stored, and small helpers to read, seed and
 * wait on it from an extension page.
 */
import type { Page } from 'playwright-core';
import { expect, vi } from 'vitest';
import type { ExtensionGlobals } from './extension';

/** The tick alarm's name (TICK_ALARM in src/background/tick-alarm.ts), so tests can read and reschedule it. */
export const TICK_ALARM = 'hipcheck:tick';
/** The nudge notification's id (NUDGE_ID in src/background/notify.ts), so tests can look for it. */
export const NUDGE_ID = 'hipcheck:nudge';

/** One counted stretch of sitting, [from, to] in epoch ms, as the engine stores it. */
export type Span = [number, number];
/** The engine as stored under `engine`: what the worker knows of the person and the open bout. */
export interface StoredEngine {
  presence: { kind: 'active'; since: number } | { kind: 'away'; reason: 'idle' | 'locked'; since: number } | { kind: 'unknown' };
  lastSignalAt: number | null;
  bout: { startedAt: number; spans: Span[] } | null;
}
/** One day's totals as the extension writes them. */
export interface StoredDay {
  sittingMs: number;
  bouts: number;
  longestBoutMs: number;
  prolongedMs: number;
  naturalBreaks: number;
  guidedBreaks: number;
  partialBreaks: number;
  movedMs: number;
  nudges: number;
  snoozes: number;
  ignoredNudges: number;
  standingMs: number;
  standingPeriods: number;
  meetingHolds: number;
}
/** History keyed by local day; days may be partial because tests seed only the fields they need. */
export type StoredHistory = Record<string, Partial<StoredDay>>;
/** chrome.storage.local as the tests read and seed it (keys the tests never look at are left out). */
export interface Stored {
  engine?: StoredEngine;
  history?: StoredHistory;
  history$?: { v: number };
  /** What the last repair dropped, until the popup has said so. */
  repairs?: unknown[];
  /** The nudge rules' state (src/core/nudges.ts), typed for the fields tests read. */
  nudges?: StoredNudges;
  /** This computer's part in sharing its sitting across computers (src/storage/computers.ts). */
  sharing?: { on: boolean; id: string; name: string; failedAt: number | null; failure: string };
}

export interface StoredNudges extends Record<string, unknown> {
  boutStartedAt: number | null;
  shown: number;
  dueAtMs: number;
  meetingUntil: number | null;
  notificationsBlocked: boolean;
  settledReminder: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The local calendar day, as the extension keys its history. */
export function localDayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
/** Local midnight before `at`, for the part of an open bout that counts towards today. */
export const startOfLocalDay = (at: number) => new Date(new Date(at).setHours(0, 0, 0, 0)).getTime();

/** Reads "2 hr 2 min", "27 min", "3 hr" (en-US short units) back into minutes. */
export function minutesIn(text: string | null): number {
  const match = /^\s*(?:(\d+)\s*hr?\.?)?\s*(?:(\d+)\s*min\.?)?\s*$/.exec(text ?? '');
  if (!match || (match[1] === undefined && match[2] === undefined)) throw new Error(`Not a duration: ${JSON.stringify(text)}`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

/** An engine sitting since `boutStart`, counted by the worker up to `now`: the state a seeded bout starts from. */
export function activeBout(boutStart: number, now: number): StoredEngine {
  return { presence: { kind: 'active', since: boutStart }, lastSignalAt: now, bout: { startedAt: boutStart, spans: [[boutStart, now]] } };
}

/**
 * The month item a day is stored in (`history:2026-11`, see src/storage/history-months.ts), written
 * out here so the tests pin the layout; the mark says the months are complete.
 */
const monthOf = (day: string) => `history:${day.slice(0, 7)}`;
const MONTH_LAYOUT = { v: 3 };

/**
 * Everything in chrome.storage.local, read through an extension page (the worker handle hangs once
 * stopped), with the month items joined into one `history`, as the tests compare it.
 */
export async function readStorage(page: Page): Promise<Stored> {
  const raw = await page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    return (await chrome.storage.local.get(null)) as Record<string, unknown>;
  });
  const stored: Record<string, unknown> = {};
  let history: StoredHistory | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (/^history:\d{4}-\d{2}$/.test(key)) history = { ...history, ...(value as StoredHistory) };
    else stored[key] = value;
  }
  return { ...stored, ...(history ? { history } : {}) } as Stored;
}

/**
 * Seeds `history` in place of any stored, as the worker stores it: one item per month and the
 * layout's mark, with `also` in the same write.
 */
export async function seedHistory(page: Page, history: StoredHistory, also: Omit<Stored, 'history'> = {}): Promise<void> {
  const items: Record<string, unknown> = { ...also, history$: MONTH_LAYOUT };
  for (const [day, stats] of Object.entries(history)) items[monthOf(day)] = { ...(items[monthOf(day)] as object), [day]: stats };
  await page.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    const stored = Object.keys(await chrome.storage.local.get(null));
    await chrome.storage.local.remove(stored.filter((key) => /^history(:|$)/.test(key)));
    await chrome.storage.local.set(values);
  }, items);
}

/** Writes `items` into chrome.storage.local, for seeding a state the worker and pages then read. */
export async function setLocal(page: Page, items: Stored): Promise<void> {
  await page.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    await chrome.storage.local.set(values);
  }, items);
}

/** The tick alarm, or null before the install handler has created it. */
export const getTickAlarm = (page: Page) =>
  page.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    return (await chrome.alarms.get(name)) ?? null;
  }, TICK_ALARM);

/**
 * Moves the next tick to `inMs` from now, then every `periodMs` (the one-minute period unless told:
 * unpacked extensions may tick faster than packed ones); resolves with when it is due.
 */
export const scheduleTick = (page: Page, inMs: number, periodMs = 60_000) =>
  page.evaluate(
    async ({ name, inMs, periodMs }) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      const when = Date.now() + inMs;
      await chrome.alarms.create(name, { when, periodInMinutes: periodMs / 60_000 });
      return when;
    },
    { name: TICK_ALARM, inMs, periodMs },
  );

/** BADGE_COLORS in src/background/badge.ts, as chrome.action.getBadgeBackgroundColor reports them. */
export const BADGE_RGBA = { alert: [0xb3, 0x26, 0x1e, 255], calm: [0x1b, 0x6e, 0x4f, 255] } as const;

/** The toolbar badge's text and background colour. */
export const badge = (page: Page) =>
  page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    const [text, color] = await Promise.all([chrome.action.getBadgeText({}), chrome.action.getBadgeBackgroundColor({})]);
    return { text, color: [...color] };
  });

/**
 * Polls `read` every 100 ms until `ok` holds for what it returns, and resolves with that value;
 * throws after `timeoutMs`, showing the last value read.
 */
export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: last saw ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The ids of the notifications the extension shows, with the page's clock at the time of asking. */
export const notificationIds = (page: Page) =>
  page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    return { at: Date.now(), ids: Object.keys(await chrome.notifications.getAll()) };
  });

/** Polls every `intervalMs` for notification `id`; resolves with the page's clock when first seen, or null after `timeoutMs`. */
export async function whenNotified(page: Page, id: string, { intervalMs, timeoutMs = 15_000 }: { intervalMs: number; timeoutMs?: number }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { at, ids } = await notificationIds(page);
    if (ids.includes(id)) return at;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return null;
}

/**
 * Resolves once the install handler has made its first writes (the tick alarm, an active engine), so
 * they cannot land on top of what a test seeds. vi.waitFor, not expect.poll, which is for tests only.
 */
export async function installSettled(page: Page, timeoutMs = 10_000): Promise<void> {
  await vi.waitFor(
    async () => {
      expect(await getTickAlarm(page)).not.toBeNull();
      expect((await readStorage(page)).engine?.presence.kind).toBe('active');
    },
    { timeout: timeoutMs, interval: 100 },
  );
}

/** Collects uncaught errors and console errors from every page given to `watch`, so a test can expect none. */
export function pageErrorLog() {
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: console: ${message.text()}`);
    });
  };
  return { errors, watch };
}

/**
 * Another computer's record as HipCheck 0.1 writes it under `computer:<id>` in storage.sync, written out
 * here rather than built with the extension's code, so the tests pin the stored format: the minutes it
 * sat as a bitmap in base64 from `origin` (an epoch minute: its local midnight 7 days before), and its
 * own total minutes for each of the 30 days ending with the day it wrote, from `from`.
 */
export function recordOf(name: string, sat: Array<[number, number]>, seen: number, older: Record<string, number>) {
  const start = startOfLocalDay(seen) - 7 * DAY_MS;
  const origin = Math.floor(new Date(new Date(start).setHours(0, 0, 0, 0)).getTime() / MINUTE_MS);
  const bytes: number[] = [];
  for (const [from, to] of sat) {
    // A minute counts as sat when its middle was.
    for (let m = Math.ceil(from / MINUTE_MS - 0.5); m < Math.ceil(to / MINUTE_MS - 0.5); m++) {
      const bit = m - origin;
      bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (1 << (bit & 7));
    }
  }
  const bits = Buffer.from(Array.from(bytes, (byte) => byte ?? 0)).toString('base64');
  const firstOlder = new Date(origin * MINUTE_MS);
  firstOlder.setDate(firstOlder.getDate() - 22);
  const totals = Array.from({ length: 30 }, (_, i) => {
    const day = new Date(firstOlder);
    day.setDate(day.getDate() + i);
    return older[localDayKey(day.getTime())] ?? 0;
  });
  return { v: 1, name, seen, origin, bits, from: localDayKey(firstOlder.getTime()), totals };
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
