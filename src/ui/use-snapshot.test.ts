// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Snapshot } from '../storage/items';
import { readEarly, useNow, useSnapshot, watchItems } from './use-snapshot';

/** A stored item that says when it changes, and how many are listening. */
function fakeItem() {
  const listeners = new Set<() => void>();
  return {
    watch(onChange: () => void) {
      listeners.add(onChange);
      return () => void listeners.delete(onChange);
    },
    change: () => {
      for (const listener of listeners) listener();
    },
    listening: () => listeners.size,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('watching items', () => {
  it('hears every item change until told to stop', () => {
    const items = [fakeItem(), fakeItem()];
    const onChange = vi.fn();
    const stop = watchItems(items)(onChange);
    for (const item of items) item.change();
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    for (const item of items) item.change();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(items.map((item) => item.listening())).toEqual([0, 0]);
  });
});

describe('an early read', () => {
  it('is stale only once storage changed after the read began', async () => {
    const item = fakeItem();
    const early = await readEarly(async () => 'value', watchItems([item]));
    expect(early.stale()).toBe(false);
    item.change();
    expect(early.stale()).toBe(true);
  });

  it('rejects as the read does and stops watching', async () => {
    const item = fakeItem();
    await expect(readEarly(() => Promise.reject(new Error('unreadable')), watchItems([item]))).rejects.toThrow('unreadable');
    expect(item.listening()).toBe(0);
  });
});

describe('the snapshot hook', () => {
  it('shows the early read and reads no more while nothing has changed', async () => {
    const first = { label: 'early' } as unknown as Snapshot;
    const read = vi.fn(async () => ({ label: 'later' }) as unknown as Snapshot);
    const early = { take: () => first, stale: () => false, release: vi.fn() };
    const { result } = renderHook(() => useSnapshot(read, early));
    await act(async () => {});
    expect(result.current).toBe(first);
    expect(read).not.toHaveBeenCalled();
    expect(early.release).toHaveBeenCalled();
  });
});

describe('the current time', () => {
  const NOW = new Date(2026, 5, 10, 12).getTime();
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks once per period, at the new period once it changes', () => {
    const { result, rerender } = renderHook(({ period }: { period: number }) => useNow(period), { initialProps: { period: 1000 } });
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(result.current).toBe(NOW + 1000);
    rerender({ period: 5000 });
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(result.current).toBe(NOW + 1000);
    act(() => {
      vi.advanceTimersByTime(4000);
    });
    expect(result.current).toBe(NOW + 6000);
  });
});
