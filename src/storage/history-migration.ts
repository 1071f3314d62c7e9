import { storage } from '@wxt-dev/storage';
import { EMPTY_DAY } from '../core/history';
import { type LoadedBooks, loadBooks } from './parse';
import { isRecord } from './records';

/*
 * The background's own definition of the history item, the only one that migrates. Import this
 * module from src/background only: @wxt-dev/storage starts an item's migrations as soon as the item
 * is defined, so a page importing it would rewrite the history the moment it opened.
 */

export const HISTORY_VERSION = 2;

export const migratingHistoryItem = storage.defineItem<unknown>('local:history', {
  fallback: null,
  version: HISTORY_VERSION,
  migrations: {
    // v1 days had only the sitting counters; later counters start at zero.
    2: (old: unknown) => (isRecord(old) ? mapValues(old, (day) => (isRecord(day) ? { ...EMPTY_DAY, ...day } : day)) : old),
  },
});

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}

/** loadBooks for the background: the history is read only once its migration has run, so no write of ours races it. */
export function loadMigratedBooks(now: number): Promise<LoadedBooks> {
  return loadBooks(now, migratingHistoryItem);
}
