import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import { TICK_ALARM } from '../src/background/tick-alarm';
import type { EngineState } from '../src/core/engine';
import type { History } from '../src/core/history';
import { engineItem, repairsItem, settingsItem } from '../src/storage/items';
import { installIdleFake } from './fakes/idle';
import { installBackground, runAlarmsFor, tickFor } from './harness';
import { seedHistory, storedHistory } from './stored-history';
import { HOUR, local, MIN } from './timeline';

const T0 = local(2026, 6, 10, 9);

const history = async () => (await storedHistory()) as History;
const engine = async () => (await engineItem.getValue()) as EngineState;
const badge = () => fakeBrowser.action.getBadgeText({});

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('background worker', () => {
  it('counts an active hour with minute alarms and shows the bout on the badge', async () => {
    await installBackground();
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toMatchObject({ periodInMinutes: 1 });
    await tickFor(60);
    expect(await badge()).toBe('60');
    expect((await engine()).bout?.spans).toEqual([[T0, T0 + HOUR]]);
  });

  it('welcomes a fresh install with the welcome page', async () => {
    await installBackground();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContainEqual(expect.stringMatching(/\/welcome\.html$/));
  });

  it('applies the idle detection setting and follows changes to it', async () => {
    const { idle, tracker } = await installBackground();
    expect(idle.detectionSeconds).toBe(60);
    await settingsItem.setValue({ idleDetectionSeconds: 120 });
    await tracker.settled();
    expect(idle.detectionSeconds).toBe(120);
  });

  it('drops the tick alarm while away, blanks the badge, and records the bout after a natural break', async () => {
    const { idle, tracker } = await installBackground();
    await tickFor(30);
    vi.advanceTimersByTime(MIN);
    await idle.change('idle');
    await tracker.settled();
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeUndefined();
    expect(await badge()).toBe('');
    vi.advanceTimersByTime(15 * MIN);
    await idle.change('active');
    await tracker.settled();
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();
    expect((await history())['2026-06-10']).toMatchObject({ sittingMs: 30 * MIN, bouts: 1, naturalBreaks: 1 });
    expect(await badge()).toBe('0');
  });

  it('loses nothing and counts nothing twice when the worker restarts mid-bout', async () => {
    await installBackground();
    await tickFor(20);
    // The worker dies; a new one registers its listeners over the same storage.
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    installIdleFake('active');
    const alarmBefore = await fakeBrowser.alarms.get(TICK_ALARM);
    vi.advanceTimersByTime(30_000);
    const restarted = startBackground({ log: () => {} });
    await restarted.settled();
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toEqual(alarmBefore);
    await tickFor(10);
    expect((await engine()).bout?.spans).toEqual([[T0, T0 + 30 * MIN + 30_000]]);
    expect(await badge()).toBe('30');
  });

  it('does not count the time the browser was closed', async () => {
    const { tracker } = await installBackground();
    await tickFor(45);
    vi.advanceTimersByTime(3 * HOUR);
    await fakeBrowser.runtime.onStartup.trigger();
    await tracker.settled();
    await tickFor(15);
    expect((await history())['2026-06-10']).toMatchObject({ sittingMs: 45 * MIN, bouts: 1 });
    expect((await engine()).bout?.spans).toEqual([[T0 + 45 * MIN + 3 * HOUR, T0 + 60 * MIN + 3 * HOUR]]);
  });

  it('starts as away when the browser starts on a locked screen', async () => {
    const idle = installIdleFake('locked');
    const tracker = startBackground({ log: () => {} });
    await fakeBrowser.runtime.onStartup.trigger();
    await tracker.settled();
    expect((await engine()).presence).toMatchObject({ kind: 'away', reason: 'locked' });
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeUndefined();
    expect(idle.listenerCount()).toBe(1);
  });

  it('writes storage at most once per active minute and never while away', async () => {
    const { idle, tracker } = await installBackground();
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await tickFor(60);
    expect(writes.mock.calls.length).toBeLessThanOrEqual(60);
    writes.mockClear();
    await idle.change('locked');
    await tracker.settled();
    expect(writes).toHaveBeenCalledTimes(1);
    writes.mockClear();
    // Two hours away, with every alarm that exists fired when due, as the browser would.
    await runAlarmsFor(2 * HOUR);
    expect(writes).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('repairs corrupt storage once, keeping every readable day', async () => {
    const log = vi.fn();
    await seedHistory({
      '2026-06-09': { sittingMs: 'lots' },
      '2026-06-08': {
        sittingMs: HOUR,
        bouts: 2,
        longestBoutMs: 40 * MIN,
        prolongedMs: 40 * MIN,
        naturalBreaks: 1,
        guidedBreaks: 0,
        partialBreaks: 0,
        nudges: 0,
        snoozes: 0,
        ignoredNudges: 0,
      },
    });
    await engineItem.setValue({ presence: 'sitting' });
    installIdleFake();
    const tracker = startBackground({ log });
    await tracker.settled();
    expect(Object.keys(await history())).toEqual(['2026-06-08']);
    expect(await engine()).toMatchObject({ presence: { kind: 'unknown' } });
    expect(log).toHaveBeenCalledTimes(2);
    expect(await repairsItem.getValue()).toEqual([
      { key: 'problem_engineUnreadable' },
      { key: 'problem_daysDropped', subs: [1, '2026-06-09'] },
    ]);
    await tracker.wake();
    expect(log).toHaveBeenCalledTimes(2);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'repairs:seen' }, {});
    expect(await repairsItem.getValue()).toBeNull();
  });
});
