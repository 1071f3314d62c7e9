import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedHistory } from '../../test/stored-history';
import { local } from '../../test/timeline';
import { EMPTY_DAY } from '../core/history';
import { INITIAL_NUDGES } from '../core/nudges';
import { DEFAULT_SETTINGS } from '../core/settings';
import { nudgesItem, settingsItem } from './items';
import { readStored, watchLight } from './light-read';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

const spyReads = () => ({ local: vi.spyOn(fakeBrowser.storage.local, 'get'), sync: vi.spyOn(fakeBrowser.storage.sync, 'get') });
const monthsAskedFor = (reads: ReturnType<typeof spyReads>) =>
  ((reads.local.mock.calls[0]?.[0] ?? []) as string[]).filter((key) => /^history:\d/.test(key));

describe("the popup's light read", () => {
  it('shows the week before today even across a month', async () => {
    const day = { ...EMPTY_DAY, sittingMs: 3_600_000, bouts: 1 };
    await seedHistory({ '2026-05-30': day, '2026-06-02': day });
    vi.useFakeTimers({ now: local(2026, 6, 3, 12), toFake: ['Date'] });
    expect((await readStored()).tracked.history).toEqual({ '2026-05-30': day, '2026-06-02': day });
  });

  it('is one call to each storage area: the items and the months of the week before today, no other month', async () => {
    await fakeBrowser.storage.local.set({
      engine: { presence: { kind: 'unknown' } },
      'history:2026-11': { '2026-11-26': { sittingMs: 1 } },
      'history:2026-10': { '2026-10-31': { sittingMs: 2 } },
    });
    const reads = spyReads();
    vi.useFakeTimers({ now: local(2026, 12, 3, 9), toFake: ['Date'] });
    await readStored();
    expect(reads.local).toHaveBeenCalledTimes(1);
    expect(reads.sync).toHaveBeenCalledTimes(1);
    expect(reads.local.mock.calls[0]?.[0]).toEqual(
      expect.arrayContaining(['engine', 'nudges', 'repairs', 'sharing', 'sittingSpans', 'history$', 'history']),
    );
    expect(monthsAskedFor(reads)).toEqual(['history:2026-11', 'history:2026-12']);
  });

  it('asks for this month alone once the week before today lies within it, from the first minute of the day', async () => {
    const reads = spyReads();
    vi.useFakeTimers({ now: local(2026, 12, 7, 23, 59), toFake: ['Date'] });
    await readStored();
    vi.setSystemTime(local(2026, 12, 8, 0, 1));
    await readStored();
    expect(reads.local.mock.calls.map(([keys]) => (keys as string[]).filter((key) => /^history:\d/.test(key)))).toEqual([
      ['history:2026-11', 'history:2026-12'],
      ['history:2026-12'],
    ]);
  });

  it('keeps whole numbers within their limits, the limits included, and falls back otherwise', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      breakIntervalMinutes: 5,
      naturalBreakMinutes: 30,
      idleDetectionSeconds: 14,
      snoozeMinutes: 61,
      maxReminders: 2.5,
    });
    expect((await readStored()).settings).toMatchObject({
      breakIntervalMinutes: 5,
      naturalBreakMinutes: 30,
      idleDetectionSeconds: 60,
      snoozeMinutes: 5,
      maxReminders: 3,
    });
  });

  it('keeps other settings of the right kind and falls back for the wrong kind, a record where a list belongs too', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 42, chime: true, customRoutine: { 0: 'hip_flexor_stretch' } });
    expect((await readStored()).settings).toMatchObject({ theme: DEFAULT_SETTINGS.theme, chime: true, customRoutine: [] });
  });

  it('reads reminder state that is not a record as none', async () => {
    await nudgesItem.setValue('garbage');
    expect((await readStored()).nudges).toEqual(INITIAL_NUDGES);
  });

  it('keeps the instants a date can hold, the last one included, and drops anything else', async () => {
    await nudgesItem.setValue({ ...INITIAL_NUDGES, boutStartedAt: '1000', pausedUntil: 8.64e15, meetingUntil: 1e16 });
    expect((await readStored()).nudges).toMatchObject({ boutStartedAt: null, pausedUntil: 8.64e15, meetingUntil: null });
  });

  it('keeps a rotation that lists its previous picks, and starts afresh from one that does not', async () => {
    const rotation = { seed: 4, previous: ['hip_flexor_stretch'] };
    await nudgesItem.setValue({ ...INITIAL_NUDGES, rotation });
    expect((await readStored()).nudges.rotation).toEqual(rotation);
    await nudgesItem.setValue({ ...INITIAL_NUDGES, rotation: { seed: 4, previous: 'hip_flexor_stretch' } });
    expect((await readStored()).nudges.rotation).toEqual(INITIAL_NUDGES.rotation);
    await nudgesItem.setValue({ ...INITIAL_NUDGES, rotation: null });
    expect((await readStored()).nudges.rotation).toEqual(INITIAL_NUDGES.rotation);
  });
});

describe('following what the light read reads', () => {
  it('tells of the settings and computers in sync, the items and history in local, and of nothing else', async () => {
    const changed = vi.fn();
    const stop = watchLight(changed);
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await fakeBrowser.storage.local.set({ unrelated: 1, settings: 1, 'computer:abcdefgh1': 1 });
    await fakeBrowser.storage.sync.set({ engine: 1, history: 1, 'history:2026-11': 1 });
    expect(changed).not.toHaveBeenCalled();
    const told = ['settings', 'computer:abcdefgh1'].map((key) => ['sync', key] as const);
    for (const key of ['engine', 'nudges', 'repairs', 'sharing', 'sittingSpans', 'history', 'history$', 'history:2026-11'])
      told.push(['local', key] as never);
    for (const [area, key] of told) {
      changed.mockClear();
      await fakeBrowser.storage[area].set({ [key]: Math.random() });
      expect(changed, `${area} ${key}`).toHaveBeenCalledTimes(1);
    }
    changed.mockClear();
    await fakeBrowser.storage.local.set({ unrelated: 2, engine: 3 });
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.local.set({ engine: 4 });
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
