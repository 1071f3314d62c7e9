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
  local: Record<string, unknown>;
  /** The settings and, while this computer shares, the other computers' records. */
  sync: Record<string, unknown>;
}

const popupMonths = (now: number): MonthKey[] => monthKeysBetween(dayKey(startOfDay(now, -POPUP_DAYS)), dayKey(now));

export async function readPopupItems(now: number): Promise<PopupItems> {
  const [local, sync] = await Promise.all([
    browser.storage.local.get([...LIGHT_LOCAL_KEYS, ...historyKeys(popupMonths(now))]),
    browser.storage.sync.get(null),
  ]);
  return { local, sync };
}
