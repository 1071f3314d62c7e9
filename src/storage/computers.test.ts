import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encodeMinutes, MAX_NAME, MINUTE, RECORD_VERSION, SHARED_DAYS } from '../core/shared-days';
import { NOT_SHARING, readComputer, readComputers, readSharing, readSharingState, readSpans, watchShared } from './computers';

const ID = 'abc123def456';
const KEY = `computer:${ID}`;
const ORIGIN = 29_000_000;
/** Minutes 10 to 19 after the origin, sat. */
const BITS = encodeMinutes([[(ORIGIN + 10) * MINUTE, (ORIGIN + 20) * MINUTE]], ORIGIN, ORIGIN + 60);
const record = (over: Record<string, unknown> = {}) => ({
  v: RECORD_VERSION,
  name: 'Laptop',
  seen: 1_796_000_000_000,
  origin: ORIGIN,
  bits: BITS,
  from: '2026-11-01',
  totals: [30, 45],
  ...over,
});

beforeEach(() => fakeBrowser.reset());

describe('a computer’s record', () => {
  it('reads back its name, when it was written, its minutes and its totals by day', () => {
    const computer = readComputer(KEY, record());
    expect(computer).toMatchObject({ id: ID, name: 'Laptop', seen: 1_796_000_000_000, origin: ORIGIN });
    expect(computer?.minutes).toEqual([[ORIGIN + 10, ORIGIN + 20]]);
    expect(computer?.totals).toEqual({ '2026-11-01': 30, '2026-11-02': 45 });
  });

  it('is no record under a key that is not a computer’s, or with an id that is not one', () => {
    expect(readComputer(`other:${ID}`, record())).toBeNull();
    for (const id of ['short', `${ID}X`, `X${ID}`, 'ABC123DEF456', 'a'.repeat(33)])
      expect(readComputer(`computer:${id}`, record())).toBeNull();
    expect(readComputer(`computer:${'a'.repeat(8)}`, record())).not.toBeNull();
    expect(readComputer(`computer:${'a'.repeat(32)}`, record())).not.toBeNull();
  });

  it('is no record when it is not a record of this version, or does not say when it was written', () => {
    expect(readComputer(KEY, 'text')).toBeNull();
    expect(readComputer(KEY, record({ v: RECORD_VERSION + 1 }))).toBeNull();
    for (const seen of ['1796000000000', Number.NaN, Number.POSITIVE_INFINITY, undefined])
      expect(readComputer(KEY, record({ seen }))).toBeNull();
    for (const origin of [1.5, '29000000', Number.MAX_SAFE_INTEGER + 2]) expect(readComputer(KEY, record({ origin }))).toBeNull();
  });

  it('keeps the rest when its minutes cannot be read: none known', () => {
    for (const bits of [42, 'not base64 !', 'A'.repeat(2_001)]) {
      const computer = readComputer(KEY, record({ bits }));
      expect(computer?.minutes, String(bits).slice(0, 12)).toEqual([]);
      expect(computer?.totals).toEqual({ '2026-11-01': 30, '2026-11-02': 45 });
    }
  });

  it('reads a bitmap up to its longest', () => {
    const longest = `${BITS}${'A'.repeat(2_000 - BITS.length)}`;
    expect(readComputer(KEY, record({ bits: longest }))?.minutes).toEqual([[ORIGIN + 10, ORIGIN + 20]]);
  });

  it('keeps the totals that are whole minutes of one day, from its first day, for 30 days at most', () => {
    const totals = [0, 1500, 1501, -1, 2.5, '7', null, ...Array.from({ length: SHARED_DAYS }, () => 5)];
    const days = readComputer(KEY, record({ totals }))?.totals ?? {};
    expect(days['2026-11-01']).toBe(0);
    expect(days['2026-11-02']).toBe(1500);
    for (const day of ['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07']) expect(days[day], day).toBeUndefined();
    expect(Object.keys(days)).toHaveLength(2 + SHARED_DAYS - 7);
    expect(days['2026-11-30']).toBe(5);
    expect(days['2026-12-01']).toBeUndefined();
  });

  it('has no totals without a first day or a list of them', () => {
    for (const over of [{ from: 20261101 }, { from: '2026-13-01' }, { totals: { 0: 30 } }])
      expect(readComputer(KEY, record(over))?.totals).toEqual({});
  });

  it('has a name of at most 40 characters, trimmed, and none when it is not text', () => {
    expect(readComputer(KEY, record({ name: `  ${'n'.repeat(MAX_NAME + 5)}  ` }))?.name).toBe('n'.repeat(MAX_NAME));
    expect(readComputer(KEY, record({ name: 7 }))?.name).toBe('');
  });
});

describe('the other computers', () => {
  it('are every readable record but this computer’s, the most recently heard from first', () => {
    const sync = {
      settings: { breakIntervalMinutes: 30 },
      'computer:aaaaaaaa1': record({ seen: 1 }),
      'computer:bbbbbbbb2': record({ seen: 3 }),
      'computer:cccccccc3': record({ seen: 2 }),
      'computer:dddddddd4': record({ v: 9 }),
      [KEY]: record({ seen: 9 }),
    };
    expect(readComputers(sync, ID).map((computer) => computer.id)).toEqual(['bbbbbbbb2', 'cccccccc3', 'aaaaaaaa1']);
  });
});

describe('this computer’s sharing state', () => {
  it('reads as not sharing when it is not one', () => {
    expect(NOT_SHARING).toEqual({ on: false, id: null, name: '', failedAt: null, failure: '' });
    expect(readSharing({ on: true, id: 'X' })).toEqual(NOT_SHARING);
  });

  it('keeps a failure’s words, at most 200 characters', () => {
    const sharing = readSharing({ on: true, id: ID, name: ' Desk ', failedAt: 5, failure: 'q'.repeat(250) });
    expect(sharing).toEqual({ on: true, id: ID, name: 'Desk', failedAt: 5, failure: 'q'.repeat(200) });
  });

  it('keeps the spans that are pairs of instants in order, and no list when it is not one', () => {
    expect(readSpans({ 0: [1, 2] })).toEqual([]);
    expect(readSpans([[1, 2], [3, 3], [5, 4], [1], 'x', [6, 7]])).toEqual([
      [1, 2],
      [6, 7],
    ]);
  });

  it('comes with when its own record was last written, and the other computers', async () => {
    await fakeBrowser.storage.local.set({ sharing: { on: true, id: ID, name: 'Desk' } });
    await fakeBrowser.storage.sync.set({ [KEY]: record({ seen: 77 }), 'computer:bbbbbbbb2': record({ seen: 3 }) });
    const state = await readSharingState();
    expect(state.sharedAt).toBe(77);
    expect(state.others.map((computer) => computer.id)).toEqual(['bbbbbbbb2']);
  });

  it('was never written while it has no id', async () => {
    await fakeBrowser.storage.sync.set({ 'computer:bbbbbbbb2': record({ seen: 3 }) });
    expect((await readSharingState()).sharedAt).toBeNull();
  });
});

describe('following sharing', () => {
  it('tells of a computer’s record, this computer’s state or spans, and of nothing else', async () => {
    const changed = vi.fn();
    const stop = watchShared(changed);
    await fakeBrowser.storage.sync.set({ settings: { breakIntervalMinutes: 45 } });
    await fakeBrowser.storage.local.set({ engine: {} });
    expect(changed).not.toHaveBeenCalled();
    await fakeBrowser.storage.sync.set({ 'computer:bbbbbbbb2': record() });
    await fakeBrowser.storage.local.set({ sharing: { on: true, id: ID } });
    await fakeBrowser.storage.local.set({ sittingSpans: [[1, 2]] });
    expect(changed).toHaveBeenCalledTimes(3);
    // Only the key's area counts: a local item named like a record is not one.
    await fakeBrowser.storage.local.set({ 'computer:bbbbbbbb2': 1 });
    await fakeBrowser.storage.sync.set({ sharing: 1 });
    expect(changed).toHaveBeenCalledTimes(3);
    stop();
    await fakeBrowser.storage.sync.set({ 'computer:bbbbbbbb2': record({ seen: 5 }) });
    expect(changed).toHaveBeenCalledTimes(3);
  });

  it('tells once of a write of several keys', async () => {
    const changed = vi.fn();
    watchShared(changed);
    await fakeBrowser.storage.sync.set({ settings: {}, 'computer:bbbbbbbb2': record() });
    await fakeBrowser.storage.local.set({ engine: {}, sittingSpans: [] });
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
