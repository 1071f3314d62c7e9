import { browser } from 'wxt/browser';
import { addDays, dayKey } from '../core/days';
import type { Tracked } from '../core/engine';
import { MERGED_DAYS, mergedSince, SHARED_DAYS, shareRecord } from '../core/shared-days';
import { computerKey, type Sharing } from '../storage/computers';
import { joinMonths, monthKeysBetween } from '../storage/history-months';
import { sharingItem } from '../storage/items';
import { isRecord, readHistory } from '../storage/records';

/** The browser's own words for a refused write (a full sync quota, say), short enough to show. */
export const errorText = (error: unknown) => String(error instanceof Error ? error.message : error).slice(0, 200);

/** A new computer's id: random, so that no two computers write the same keys. */
export const newComputerId = () => crypto.randomUUID().slice(-12);

/**
 * Writes this computer's record, and only its own: the open bout counted up to `at`, and its own totals
 * for the older days shared (read from the months that hold them, a month or two). A refused write (the
 * quota full, too many writes) changes nothing else: counting goes on locally, the options page says so,
 * and the next bout's end or 10-minute slot tries again. The failure is written only when it begins or ends.
 */
export async function publish(sharing: Sharing & { id: string }, tracked: Tracked, at: number): Promise<void> {
  const start = mergedSince(at);
  // The open bout as this event left it: its sitting counted up to `at`.
  const sat = [...(tracked.sat ?? []), ...(tracked.engine.bout?.spans ?? [])];
  const stored = await browser.storage.local.get(monthKeysBetween(addDays(dayKey(start), MERGED_DAYS - SHARED_DAYS), dayKey(start)));
  const { days } = joinMonths(stored);
  const history = isRecord(days) ? readHistory(days).value : {};
  let [failedAt, failure]: [number | null, string] = [null, ''];
  try {
    await browser.storage.sync.set({ [computerKey(sharing.id)]: shareRecord(sharing.name, sat, history, at) });
  } catch (error) {
    [failedAt, failure] = [sharing.failedAt ?? at, errorText(error)];
  }
  if (failedAt !== sharing.failedAt) await sharingItem.setValue({ ...sharing, failedAt, failure });
}
