import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import { NUDGE_ID } from '../src/background/notify';
import type { History } from '../src/core/history';
import type { NudgeState } from '../src/core/nudges';
import { TYPING_SECONDS } from '../src/core/typing-pause';
import { nudgesItem, settingsItem } from '../src/storage/items';
import { installIdleFake } from './fakes/idle';
import { installBackground, runAlarmsFor, send, tickFor } from './harness';
import { storedHistory } from './stored-history';
import { local, MIN } from './timeline';

// Twenty seconds past the minute: the bout's whole minutes, where ticks fall, are never on the hold's end.
const T0 = local(2026, 6, 10, 9, 0, 20);

const notifications = async () => Object.keys(await fakeBrowser.notifications.getAll());
const today = async () => ((await storedHistory()) as History)['2026-06-10'];
const nudges = async () => (await nudgesItem.getValue()) as NudgeState;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('"In a meeting", from the background', () => {
  it('holds the nudge until the half hour after next plus a minute, keeps counting sitting, and nudges at that minute', async () => {
    const { tracker } = await installBackground();
    await tickFor(25);
    // 9:25:20: 9:30 is under ten minutes away, so the hold lasts until 10:01.
    await send({ type: 'meeting', held: true });
    await tracker.settled();
    expect((await nudges()).meetingUntil).toBe(local(2026, 6, 10, 10, 1));
    await runAlarmsFor(local(2026, 6, 10, 10, 1) - 1 - Date.now());
    expect(await notifications()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('60');
    expect(await today()).toMatchObject({ nudges: 0, meetingHolds: 1 });
    await runAlarmsFor(1);
    expect(await notifications()).toEqual([NUDGE_ID]);
    expect(await today()).toMatchObject({ nudges: 1, meetingHolds: 1 });
    expect((await nudges()).meetingUntil).toBeNull();
  });

  it('ends early from the popup, and the nudge that came due meanwhile comes at once', async () => {
    const { tracker } = await installBackground();
    await tickFor(25);
    await send({ type: 'meeting', held: true });
    await tickFor(10);
    expect(await notifications()).toEqual([]);
    await send({ type: 'meeting', held: false });
    await tracker.settled();
    expect(await notifications()).toEqual([NUDGE_ID]);
    expect(await today()).toMatchObject({ nudges: 1, meetingHolds: 1 });
  });

  it('takes down a nudge on screen, and holds the reminder after it', async () => {
    const { tracker } = await installBackground();
    await tickFor(30);
    expect(await notifications()).toEqual([NUDGE_ID]);
    await send({ type: 'meeting', held: true });
    await tracker.settled();
    expect(await notifications()).toEqual([]);
    await tickFor(10);
    expect(await notifications()).toEqual([]);
    expect(await today()).toMatchObject({ nudges: 1, meetingHolds: 1 });
  });

  it('outlives the worker: a new worker holds until the same end', async () => {
    await installBackground();
    await tickFor(25);
    await send({ type: 'meeting', held: true });
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    installIdleFake('active');
    const restarted = startBackground({ log: () => {} });
    await restarted.settled();
    await tickFor(10);
    expect(await notifications()).toEqual([]);
    expect((await nudges()).meetingUntil).toBe(local(2026, 6, 10, 10, 1));
  });

  it('refuses a hold it cannot read, changing nothing', async () => {
    const { tracker } = await installBackground();
    await tracker.settled();
    const before = await fakeBrowser.storage.local.get();
    const replies = await send({ type: 'meeting', held: 'yes' } as never);
    expect(replies).toContainEqual({ ok: false, errors: [{ key: 'problem_unknownRequest' }] });
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });
});

describe('a nudge due while the person types', () => {
  it('waits for the first tick that finds a pause', async () => {
    const { idle } = await installBackground();
    idle.typing = true;
    await tickFor(31);
    expect(await notifications()).toEqual([]);
    idle.typing = false;
    await tickFor(1);
    expect(await notifications()).toEqual([NUDGE_ID]);
    expect((await nudges()).typingHeldSince).toBeNull();
  });

  it('comes anyway two minutes after it was due, on the ticks the bout has anyway', async () => {
    const { idle } = await installBackground();
    idle.typing = true;
    const fired: number[] = [];
    await runAlarmsFor(32 * MIN - 1, () => fired.push(Date.now()));
    expect(await notifications()).toEqual([]);
    expect((await nudges()).typingHeldSince).toBe(T0 + 30 * MIN);
    await runAlarmsFor(1, () => fired.push(Date.now()));
    expect(await notifications()).toEqual([NUDGE_ID]);
    expect((await today())?.nudges).toBe(1);
    // No wakeup of its own: one tick a minute of the bout, as without the wait.
    expect(fired).toEqual(Array.from({ length: 32 }, (_, i) => T0 + (i + 1) * MIN));
  });

  it('comes on the minute while they type when they turned the wait off, and the wait is not even asked about', async () => {
    const { idle } = await installBackground();
    await settingsItem.setValue({ waitForTypingPause: false } as never);
    idle.typing = true;
    const asked = vi.spyOn(fakeBrowser.idle, 'queryState');
    await tickFor(30);
    expect(await notifications()).toEqual([NUDGE_ID]);
    expect(asked.mock.calls.filter(([seconds]) => seconds === TYPING_SECONDS)).toEqual([]);
    expect((await nudges()).typingHeldSince).toBeNull();
  });

  it('asks whether the person types only when something is due', async () => {
    await installBackground();
    const asked = vi.spyOn(fakeBrowser.idle, 'queryState');
    await tickFor(29);
    expect(asked.mock.calls.filter(([seconds]) => seconds === TYPING_SECONDS)).toEqual([]);
    await tickFor(1);
    expect(asked.mock.calls.filter(([seconds]) => seconds === TYPING_SECONDS)).not.toEqual([]);
  });

  it('does not cut the next wait short with a wait that ended without a nudge', async () => {
    const { idle, tracker } = await installBackground();
    idle.typing = true;
    await tickFor(30);
    // Paused while the nudge waited: the wait is over, and the pause's end begins a new one.
    await send({ type: 'pause', choice: { minutes: 30 } });
    await tracker.settled();
    await tickFor(1);
    expect((await nudges()).typingHeldSince).toBeNull();
  });
});
