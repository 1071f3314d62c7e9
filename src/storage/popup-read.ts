import { dayKey, startOfDay } from '../core/days';
import { browser } from '../native-browser';
import { SHARING_KEY, SPANS_KEY } from './computers';
import { type MonthKey, monthKeysBetween } from './history-months';
import { historyKeys } from './history-store';
import { ENGINE_KEY, NUDGES_KEY, REPAIRS_KEY } from './keys';

/** What the light read takes from local storage besides the history. */
export const LIGHT_LOCAL_KEYS = [ENGINE_KEY, NUDGES_KEY, REPAIRS_KEY, SHARING_KEY, SPANS_KEY];

/** Days before today the popup's week chart shows. */
const POPUP_DAYS = 7;

/** The items behind the popup's first frame, as stored: one call to each storage area. */
export interface PopupItems {
  /** The history months asked for: those of today and the week before it when the read began. */
  months: MonthKey[];
  local: Record<string, unknown>;
  /** The settings and, while this computer shares, the other computers' records. */
  sync: Record<string, unknown>;
}

export const popupMonths = (now: number): MonthKey[] => monthKeysBetween(dayKey(startOfDay(now, -POPUP_DAYS)), dayKey(now));

export async function readPopupItems(now: number): Promise<PopupItems> {
  const months = popupMonths(now);
  const [local, sync] = await Promise.all([
    browser.storage.local.get([...LIGHT_LOCAL_KEYS, ...historyKeys(months)]),
    browser.storage.sync.get(null),
  ]);
  return { months, local, sync };
}

/**
 * The popup's read is started by a small classic script in its <head> (entrypoints/popup-read.ts),
 * which runs while the page's module is still being fetched and compiled: on this machine that is the
 * longest wait before the first frame, and the read no longer adds to it. The module takes it over.
 */
const HEAD_START = 'hipcheckPopupRead';

interface HeadStart {
  read: Promise<PopupItems>;
  /** Whether storage changed after the read began: it may then hold what was there before. */
  changed: boolean;
  stop(): void;
}

type WithHeadStart = { [HEAD_START]?: HeadStart };

export function startPopupRead(now: number): void {
  const started: HeadStart = {
    read: readPopupItems(now),
    changed: false,
    stop: () => browser.storage.onChanged.removeListener(listener),
  };
  const listener = () => {
    started.changed = true;
  };
  browser.storage.onChanged.addListener(listener);
  // A read that fails here is read again by the module; it must not be reported as unhandled meanwhile.
  started.read.catch(() => {});
  (globalThis as WithHeadStart)[HEAD_START] = started;
}

/**
 * The head start's read, once, if it is still good for `now`: nothing was written since it began (the
 * caller follows changes from here on) and it asked for the months `now` needs (a page opened just
 * before midnight at the end of a month). Otherwise, and after it fails, a fresh read.
 */
export function takePopupRead(now: number): Promise<PopupItems> {
  const holder = globalThis as WithHeadStart;
  const started = holder[HEAD_START];
  delete holder[HEAD_START];
  if (!started) return readPopupItems(now);
  started.stop();
  if (started.changed) return readPopupItems(now);
  const wanted = popupMonths(now).join();
  return started.read.then(
    (items) => (items.months.join() === wanted ? items : readPopupItems(now)),
    () => readPopupItems(now),
  );
}
