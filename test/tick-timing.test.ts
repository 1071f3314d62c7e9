import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import { NUDGE_ID, SNOOZE_BUTTON, WARN_ID } from '../src/background/notify';
import { TICK_ALARM } from '../src/background/tick-alarm';
import type { EngineState } from '../src/core/engine';
import type { NudgeState } from '../src/core/nudges';
import { engineItem, nudgesItem, settingsItem } from '../src/storage/items';
import { installIdleFake } from './fakes/idle';
import { fireAlarm, installBackground, runAlarmsFor } from './harness';
import { HOUR, local, MIN } from './timeline';

const T0 = local(2026, 6, 10, 9);
const SEC = 1000;
/** How late the badge, a warning or a nudge may come after its moment. */
const ON_TIME_MS = 5 * SEC;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** Everything the person sees and everything the worker costs, each with the fake clock's time. */
function watch() {
  const badges: Array<{ at: number; text: string }> = [];
  const shown: Array<{ at: number; id: string }> = [];
  const ticks: number[] = [];
  const setBadgeText = fakeBrowser.action.setBadgeText.bind(fakeBrowser.action);
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation((details) => {
    badges.push({ at: Date.now(), text: details.text ?? '' });
    return setBadgeText(details);
  });
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as (id: string, options: unknown) => Promise<string>;
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: unknown) => {
    shown.push({ at: Date.now(), id });
    return create(id, options);
  }) as typeof fakeBrowser.notifications.create);
  // Every call to set is a write, whether or not the value changed.
  const writes = [vi.spyOn(fakeBrowser.storage.local, 'set'), vi.spyOn(fakeBrowser.storage.sync, 'set')];
  const run = (ms: number) => runAlarmsFor(ms, (alarm) => alarm.name === TICK_ALARM && ticks.push(Date.now()));
  return {
    badges,
    shown,
    ticks,
    run,
    writeCount: () => writes.reduce((sum, spy) => sum + spy.mock.calls.length, 0),
    /** When the badge first showed `text`. */
    firstBadge: (text: string) => badges.find((badge) => badge.text === text)?.at,
    shownAt: (id: string) => shown.filter((s) => s.id === id).map((s) => s.at),
  };
}

const until = (at: number) => at - Date.now();

describe('ticks on time', () => {
  it('over an active hour, shows each bout minute, the warning, the nudge and its snooze within 5 s, waking at most once a minute', async () => {
    await settingsItem.setValue({ breakIntervalMinutes: 30, preBreakWarning: true, snoozeMinutes: 5, maxReminders: 3 });
    const { idle, tracker } = await installBackground();
    const seen = watch();

    // Sitting from 9:00; idle reported at 9:03:20 (gone since 9:02:20), back at 9:04:10: one bout throughout,
    // and a return off the bout's minute, where an alarm set a minute after the last event would tick.
    const [awayFrom, awayTo] = [T0 + 3 * MIN + 20 * SEC, T0 + 4 * MIN + 10 * SEC];
    await seen.run(until(awayFrom));
    await idle.change('idle');
    await seen.run(until(awayTo));
    expect(seen.ticks.filter((at) => at > awayFrom)).toEqual([]);
    await idle.change('active');
    // The hour measured: 9:05 to 10:05, present throughout.
    await seen.run(until(T0 + 5 * MIN));
    const [ticksBefore, writesBefore] = [seen.ticks.length, seen.writeCount()];
    // Snoozed 20 s after the nudge: the next one is due on the bout's whole minute nearest 5 minutes on.
    await seen.run(until(T0 + 30 * MIN + 20 * SEC));
    await fakeBrowser.notifications.onButtonClicked.trigger(NUDGE_ID, SNOOZE_BUTTON);
    await tracker.settled();
    const snoozedTo = ((await nudgesItem.getValue()) as NudgeState).dueAtMs;
    expect(Math.abs(snoozedTo - (30 * MIN + 20 * SEC + 5 * MIN))).toBeLessThanOrEqual(30 * SEC);
    await seen.run(until(T0 + 5 * MIN + HOUR));

    // The bout ran on the wall clock from T0 (the short absence counts as sitting), so minute k turned at T0 + k min.
    for (let k = 1; k <= 65; k++) {
      const turn = T0 + k * MIN;
      const at = seen.firstBadge(String(k));
      expect(at, `badge ${k}`).toBeDefined();
      if (turn > awayFrom && turn < awayTo) continue;
      expect((at as number) - turn, `badge ${k} shown late`).toBeLessThanOrEqual(ON_TIME_MS);
      expect(at as number, `badge ${k} shown early`).toBeGreaterThanOrEqual(turn);
    }
    const lateness = (shownAt: number[], dues: number[]) => shownAt.map((at, i) => at - (dues[i] as number));
    const warnLate = lateness(seen.shownAt(WARN_ID), [T0 + 29 * MIN]);
    const nudgeDues = [30 * MIN, snoozedTo, snoozedTo + 5 * MIN, snoozedTo + 10 * MIN].map((ms) => T0 + ms);
    const nudgeLate = lateness(seen.shownAt(NUDGE_ID), nudgeDues);
    expect(warnLate).toHaveLength(1);
    expect(nudgeLate).toHaveLength(4);
    for (const late of [...warnLate, ...nudgeLate]) {
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThanOrEqual(ON_TIME_MS);
    }

    // The hour's cost: one tick per bout minute, nothing extra for the warning, nudges and reminders; the snooze click writes once.
    const [ticks, writes] = [seen.ticks.length - ticksBefore, seen.writeCount() - writesBefore];
    console.log(`active hour with a warning, 4 nudges and a snooze: ${ticks} tick wakeups, ${writes} storage writes`);
    expect(ticks).toBeLessThanOrEqual(61);
    expect(writes).toBeLessThanOrEqual(61);

    // An hour away: no tick at all, and only the lock that starts it is written.
    const [ticksAway, writesAway] = [seen.ticks.length, seen.writeCount()];
    await idle.change('locked');
    await seen.run(HOUR);
    expect(seen.ticks.length - ticksAway).toBe(0);
    expect(seen.writeCount() - writesAway).toBe(1);
  });

  it('leaves the alarm alone when a worker starts with it set for the right moment, and it still fires then', async () => {
    await installBackground();
    await runAlarmsFor(12 * MIN + 25 * SEC);
    const before = await fakeBrowser.alarms.get(TICK_ALARM);
    expect(before?.scheduledTime).toBe(T0 + 13 * MIN);
    // Worker starts every 10 s up to the tick: each finds the alarm right and leaves it.
    const creates = vi.spyOn(fakeBrowser.alarms, 'create');
    for (let i = 0; i < 3; i++) {
      vi.advanceTimersByTime(10 * SEC);
      fakeBrowser.alarms.onAlarm.removeAllListeners();
      installIdleFake('active');
      await startBackground({ log: () => {} }).settled();
    }
    expect(creates).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toEqual(before);
    await runAlarmsFor(until(T0 + 13 * MIN));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('13');
    expect(((await engineItem.getValue()) as EngineState).lastSignalAt).toBe(T0 + 13 * MIN);
  });

  it('sets the alarm again on any event that finds the person active and no alarm (a worker killed mid-create)', async () => {
    const { tracker } = await installBackground();
    await runAlarmsFor(5 * MIN + 40 * SEC);
    await fakeBrowser.alarms.clear(TICK_ALARM);
    await tracker.wake();
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toMatchObject({ scheduledTime: T0 + 6 * MIN, periodInMinutes: 1 });
  });

  it('keeps ticking every minute when a tick fails before it sets the next one', async () => {
    await installBackground();
    await runAlarmsFor(3 * MIN);
    // The next tick's handler fails outright: storage refuses its one read. (Two failed ticks in a row
    // would be three silent minutes, which the engine rightly reads as a gap nobody saw.)
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('gone'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await runAlarmsFor(2 * MIN);
    get.mockRestore();
    await runAlarmsFor(MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('6');
    expect(((await engineItem.getValue()) as EngineState).lastSignalAt).toBe(T0 + 6 * MIN);
  });

  it('on a browser that holds alarms to a 30 s minimum, never loses the tick however often the worker wakes', async () => {
    await settingsItem.setValue({ naturalBreakMinutes: 5 });
    const { idle, tracker } = await installBackground();
    await runAlarmsFor(3 * MIN + 50 * SEC);
    await idle.change('active');
    // The machine sleeps 3 minutes (less than a natural break) with the alarm lost: the bout's sitting stands still at 3:50 until a tick.
    await fakeBrowser.alarms.clear(TICK_ALARM);
    vi.advanceTimersByTime(3 * MIN);
    // A browser that moves any alarm set less than 30 s ahead to 30 s from when it was set.
    type Info = { when?: number; periodInMinutes?: number };
    const create = fakeBrowser.alarms.create.bind(fakeBrowser.alarms) as (name: string, info: Info) => Promise<void>;
    vi.spyOn(fakeBrowser.alarms, 'create').mockImplementation(((name: string, info: Info) =>
      create(name, { ...info, when: Math.max(info.when ?? 0, Date.now() + 30 * SEC) })) as typeof fakeBrowser.alarms.create);
    // A page asking every 5 s wakes the worker; each wake wants a tick 10 s out, and must not push it out again.
    const awake = Date.now();
    const ticks: number[] = [];
    for (let i = 0; i < 12; i++) {
      await tracker.wake();
      vi.advanceTimersByTime(5 * SEC);
      for (const alarm of [...(await fakeBrowser.alarms.getAll())]) {
        if (alarm.scheduledTime > Date.now()) continue;
        ticks.push(Date.now());
        await fireAlarm(alarm);
      }
    }
    expect(ticks[0]).toBeDefined();
    expect((ticks[0] as number) - awake).toBeLessThanOrEqual(30 * SEC + 5 * SEC);
    expect(((await engineItem.getValue()) as EngineState).lastSignalAt).toBeGreaterThan(awake);
  });

  it('shows a nudge held outside working hours within 5 s of their start, not at the bout’s next minute', async () => {
    // Working hours from 9:35; the bout began at 9:00:25, so its minutes turn 25 s after the clock's.
    const opens = T0 + 35 * MIN;
    await settingsItem.setValue({
      breakIntervalMinutes: 5,
      workingHours: Array.from({ length: 7 }, () => [{ start: 9 * 60 + 35, end: 17 * 60 }]),
    });
    vi.setSystemTime(T0 + 25 * SEC);
    await installBackground();
    const seen = watch();
    await seen.run(until(opens + 2 * MIN));
    const [first] = seen.shownAt(NUDGE_ID);
    expect(first).toBeDefined();
    expect((first as number) - opens).toBeGreaterThanOrEqual(0);
    expect((first as number) - opens).toBeLessThanOrEqual(ON_TIME_MS);
  });
});
