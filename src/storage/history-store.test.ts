import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedHistory, withGetKeys, withoutGetKeys } from '../../test/stored-history';
import { EMPTY_DAY } from '../core/history';
import { readRecentHistory, watchHistory } from './history-store';

const day = (hours: number) => ({ ...EMPTY_DAY, sittingMs: hours * 3_600_000, bouts: 1 });

beforeEach(() => fakeBrowser.reset());

describe('watchHistory', () => {
  const watching = () => {
    const changed = vi.fn();
    const stop = watchHistory(changed);
    return { changed, stop };
  };

  it('tells the page when a month is written', async () => {
    const { changed } = watching();
    await fakeBrowser.storage.local.set({ 'history:2026-06': { '2026-06-10': day(1) } });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('tells the page when the layout mark is written', async () => {
    const { changed } = watching();
    await fakeBrowser.storage.local.set({ history$: { v: 3 } });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('tells the page when the single item of an unmigrated history is written', async () => {
    const { changed } = watching();
    await fakeBrowser.storage.local.set({ history: { '2026-06-10': day(1) } });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('tells the page when a month is written together with other items', async () => {
    const { changed } = watching();
    await fakeBrowser.storage.local.set({ engine: { presence: 'idle' }, 'history:2026-06': { '2026-06-10': day(1) } });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('stays quiet when only items other than the history are written', async () => {
    const { changed } = watching();
    await fakeBrowser.storage.local.set({ engine: { presence: 'idle' }, 'history:notamonth': {} });
    expect(changed).not.toHaveBeenCalled();
  });

  it('stays quiet when synced storage holds items named like the history', async () => {
    const { changed } = watching();
    await fakeBrowser.storage.sync.set({ 'history:2026-06': {}, history$: { v: 3 }, history: {} });
    expect(changed).not.toHaveBeenCalled();
  });

  it('stays quiet once the page stops watching', async () => {
    const { changed, stop } = watching();
    stop();
    await fakeBrowser.storage.local.set({ 'history:2026-06': { '2026-06-10': day(1) } });
    expect(changed).not.toHaveBeenCalled();
  });
});

describe('readRecentHistory', () => {
  beforeEach(withGetKeys);
  afterEach(withoutGetKeys);

  it('finds the oldest month however the browser orders the keys', async () => {
    // Written newest first: the browser lists them so.
    await seedHistory({ '2026-06-08': day(3) });
    await fakeBrowser.storage.local.set({ 'history:2025-01': { '2025-01-15': day(2) } });
    await fakeBrowser.storage.local.set({ 'history:2024-06': { '2024-06-20': day(1) } });
    const { days } = await readRecentHistory('2026-05-12', '2026-06-10');
    expect(days).toEqual({ '2024-06-20': day(1), '2026-06-08': day(3) });
  });

  it('reports what could not be read in the oldest month as well as in the recent ones', async () => {
    await seedHistory({ '2026-06-08': day(3) });
    await fakeBrowser.storage.local.set({ 'history:2024-06': 'not a month', 'history:2026-05': { '2026-04-30': day(1) } });
    const { days, dropped } = await readRecentHistory('2026-05-12', '2026-06-10');
    expect(days).toEqual({ '2026-06-08': day(3) });
    expect(new Set(dropped)).toEqual(new Set(['history:2024-06', '2026-04-30']));
  });

  it('reads once when no month is stored yet', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readRecentHistory('2026-05-12', '2026-06-10')).toEqual({ days: {}, dropped: [] });
    expect(get).toHaveBeenCalledTimes(1);
  });
});
