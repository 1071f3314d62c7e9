import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ITEM_BYTES, SYNC_QUOTA_BYTES, syncBytes } from '../../src/core/shared-days';

const MINUTE = 60_000;

/**
 * Chrome's storage.sync limits on fakeBrowser's sync area, which has none: a write past them is refused
 * with Chrome's own message and stores nothing. Sizes are Chrome's measure (key plus JSON, in UTF-8).
 * `refuse` forces the next writes to fail as a full quota would, for as long as it is true; `written`
 * lists the keys of each write stored.
 */
export function installSyncQuota() {
  const sync = fakeBrowser.storage.sync;
  const set = sync.set.bind(sync);
  const get = sync.get.bind(sync);
  const state = { refuse: false, writes: [] as number[], refused: 0, written: [] as string[][] };
  const refuse = (message: string) => {
    state.refused++;
    return Promise.reject(new Error(message));
  };
  vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const now = Date.now();
    if (state.refuse) return refuse('QUOTA_BYTES quota exceeded');
    if (state.writes.filter((at) => at > now - MINUTE).length >= 120)
      return refuse('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (state.writes.filter((at) => at > now - 60 * MINUTE).length >= 1800)
      return refuse('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    if (Object.entries(items).some(([key, value]) => syncBytes(key, value) > SYNC_ITEM_BYTES))
      return refuse('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (Object.keys({ ...(await get(null)), ...items }).length > 512) return refuse('MAX_ITEMS quota exceeded');
    if (usedBytes({ ...(await get(null)), ...items }) > SYNC_QUOTA_BYTES) return refuse('QUOTA_BYTES quota exceeded');
    state.writes.push(now);
    state.written.push(Object.keys(items));
    return set(items);
  });
  return state;
}

/** The bytes stored items take in Chrome's sync storage. */
export const usedBytes = (items: Record<string, unknown>) =>
  Object.entries(items).reduce((sum, [key, value]) => sum + syncBytes(key, value), 0);
