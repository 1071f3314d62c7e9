import { storage } from '@wxt-dev/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_DAY } from '../core/history';

const v1Day = { sittingMs: 3_600_000, bouts: 2, longestBoutMs: 2_400_000, naturalBreaks: 1 };
const v2Day = { ...EMPTY_DAY, ...v1Day };

/** Every write any part of the extension makes, in either storage area. */
function watchWrites() {
  const writes = [vi.spyOn(fakeBrowser.storage.local, 'set'), vi.spyOn(fakeBrowser.storage.sync, 'set')];
  return () => writes.flatMap((spy) => spy.mock.calls);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ history: { '2026-06-08': v1Day }, history$: { v: 1 } });
  // Each test loads the modules afresh, as a page or the worker does when it starts.
  vi.resetModules();
});

describe('history written by version 1', () => {
  it('is shown by a page with the newer counters at zero, and the page writes nothing', async () => {
    const written = watchWrites();
    const { readSnapshot } = await import('./parse');
    const { readStored } = await import('./light-read');
    expect((await readSnapshot()).tracked.history).toEqual({ '2026-06-08': v2Day });
    expect((await readStored()).tracked.history).toEqual({ '2026-06-08': v2Day });
    expect(written()).toEqual([]);
    expect(await fakeBrowser.storage.local.get()).toEqual({ history: { '2026-06-08': v1Day }, history$: { v: 1 } });
  });

  it('is brought up to version 2 by the background, before it reads', async () => {
    const { loadMigratedBooks } = await import('./history-migration');
    const books = await loadMigratedBooks(Date.now());
    expect(books.history).toEqual({ value: { '2026-06-08': v2Day }, problems: [] });
    expect(await fakeBrowser.storage.local.get()).toEqual({ history: { '2026-06-08': v2Day }, history$: { v: 2 } });
    expect(await storage.getMeta('local:history')).toEqual({ v: 2 });
  });
});
