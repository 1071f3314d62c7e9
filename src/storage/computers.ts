import { addDays, isDayKey } from '../core/days';
import { type Computer, decodeMinutes, MAX_NAME, type Minutes, RECORD_VERSION, SHARED_DAYS, type Span } from '../core/shared-days';
import { browser } from '../native-browser';
import { isRecord } from './records';

/*
 * Sharing across computers, as stored: this computer's part in local storage (`sharing`, `sittingSpans`),
 * every computer's record in sync storage under `computer:<id>`. Read without the schema library: the
 * popup reads these too. One reader for each, used by the background, the pages and the export alike.
 */

export const COMPUTER_PREFIX = 'computer:';
export const SHARING_KEY = 'sharing';
export const SPANS_KEY = 'sittingSpans';
/** A random id: only letters and digits, so no key it makes can be anything but a computer's. */
const ID = /^[a-z0-9]{8,32}$/;
/** Far more spans than 8 days of bouts leave (a bout a minute would be 11,520): a stored list past it is not ours. */
const MAX_SPANS = 20_000;
/** A week's bitmap is 1,932 characters at most (shared-days.ts); a longer one is not a record of this version. */
const MAX_BITS = 2_000;

export const isComputerId = (id: unknown): id is string => typeof id === 'string' && ID.test(id);
export const computerKey = (id: string): string => `${COMPUTER_PREFIX}${id}`;

export interface Sharing {
  /** Whether this computer shares its sitting: off until the person turns it on. */
  on: boolean;
  /** Its random id, kept when turned off so that turning it on again is the same computer. */
  id: string | null;
  name: string;
  /** Since when writes to sync have failed (the first failure since the last write that worked), and the browser's words. */
  failedAt: number | null;
  failure: string;
}

export const NOT_SHARING: Sharing = { on: false, id: null, name: '', failedAt: null, failure: '' };

const text = (raw: unknown, max: number) => (typeof raw === 'string' ? raw.trim().slice(0, max) : '');

/** This computer's sharing state; anything unreadable reads as not sharing, the default. */
export function readSharing(raw: unknown): Sharing {
  if (!isRecord(raw) || !isComputerId(raw.id)) return NOT_SHARING;
  const failedAt = Number.isFinite(raw.failedAt) ? (raw.failedAt as number) : null;
  return { on: raw.on === true, id: raw.id, name: text(raw.name, MAX_NAME), failedAt, failure: text(raw.failure, 200) };
}

/** The spans of closed bouts: each a pair of instants, the first before the second; anything else is left out. */
export function readSpans(raw: unknown): Span[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .slice(-MAX_SPANS)
    .filter((span): span is Span => Array.isArray(span) && Number.isFinite(span[0]) && Number.isFinite(span[1]) && span[0] < span[1]);
}

/**
 * Another computer's record, or null when it is not one this version reads (another version's, or
 * without the time it was written). A broken part costs only itself: unreadable minutes read as none,
 * an unreadable total as unknown.
 */
export function readComputer(key: string, raw: unknown): Computer | null {
  const id = key.slice(COMPUTER_PREFIX.length);
  if (!key.startsWith(COMPUTER_PREFIX) || !isComputerId(id) || !isRecord(raw) || raw.v !== RECORD_VERSION) return null;
  const { seen, origin, bits, from, totals } = raw;
  if (typeof seen !== 'number' || !Number.isFinite(seen) || !Number.isSafeInteger(origin)) return null;
  let minutes: Minutes = [];
  try {
    if (typeof bits === 'string' && bits.length <= MAX_BITS) minutes = decodeMinutes(bits, origin as number);
  } catch {
    // Not base64: no minutes known.
  }
  const days: Computer['totals'] = {};
  if (typeof from === 'string' && isDayKey(from) && Array.isArray(totals)) {
    totals.slice(0, SHARED_DAYS).forEach((total, i) => {
      // No day holds more than 25 hours.
      if (Number.isInteger(total) && total >= 0 && total <= 1500) days[addDays(from, i)] = total;
    });
  }
  return { id, name: text(raw.name, MAX_NAME), seen, origin: origin as number, minutes, totals: days };
}

/** Every computer's record in sync storage but `ownId`'s, the most recently heard from first. */
export function readComputers(sync: Record<string, unknown>, ownId: string | null): Computer[] {
  const computers: Computer[] = [];
  for (const [key, raw] of Object.entries(sync)) {
    const computer = readComputer(key, raw);
    if (computer && computer.id !== ownId) computers.push(computer);
  }
  return computers.sort((a, b) => b.seen - a.seen);
}

/** What a page needs to merge: this computer's sharing state and closed spans, and the other computers. */
export interface Shared {
  sharing: Sharing;
  sat: Span[];
  others: Computer[];
}

/**
 * What the pages merge, from what storage holds (local: this computer's sharing state and spans; sync:
 * every computer's record); null while this computer does not share: then nothing changes on any page.
 */
export function sharedFrom(local: Record<string, unknown>, sync: Record<string, unknown>): Shared | null {
  const sharing = readSharing(local[SHARING_KEY]);
  if (!sharing.on) return null;
  return { sharing, sat: readSpans(local[SPANS_KEY]), others: readComputers(sync, sharing.id) };
}

export async function readShared(): Promise<Shared | null> {
  const [local, sync] = await Promise.all([browser.storage.local.get([SHARING_KEY, SPANS_KEY]), browser.storage.sync.get(null)]);
  return sharedFrom(local, sync);
}

/** What the options page shows: this computer's state, when its record was last written, and every other computer. */
export interface SharingState {
  sharing: Sharing;
  sharedAt: number | null;
  others: Computer[];
}

export async function readSharingState(): Promise<SharingState> {
  const [local, sync] = await Promise.all([browser.storage.local.get(SHARING_KEY), browser.storage.sync.get(null)]);
  const sharing = readSharing(local[SHARING_KEY]);
  const own = sharing.id === null ? null : readComputer(computerKey(sharing.id), sync[computerKey(sharing.id)]);
  return { sharing, sharedAt: own?.seen ?? null, others: readComputers(sync, sharing.id) };
}

/** Calls `changed` when this computer's sharing state or spans change, or any computer's record. */
export function watchShared(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    if (area === 'sync' ? keys.some((key) => key.startsWith(COMPUTER_PREFIX)) : keys.includes(SHARING_KEY) || keys.includes(SPANS_KEY))
      changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
