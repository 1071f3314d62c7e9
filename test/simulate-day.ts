import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import { installIdleFake } from './fakes/idle';
import { fireAlarm, send } from './harness';
import { local, MIN } from './timeline';

export interface HourCost {
  hour: number;
  /** Minutes of the hour the person was at the computer. */
  activeMinutes: number;
  wakeups: number;
  tickWakeups: number;
  writes: number;
  /** Of those, the writes to sync storage: this computer's shared record. */
  syncWrites: number;
}

type Plan = Array<{ at: number; state: 'active' | 'idle' | 'locked' }>;

const DAY = (h: number, m = 0) => local(2026, 6, 10, h, m);

/** An office day: in at 9, a reading pause, lunch at 12, back at 13, a meeting away from the desk, locked at 17, gone by 18. */
export const OFFICE_DAY: Plan = [
  { at: DAY(9), state: 'active' },
  { at: DAY(10, 15), state: 'idle' },
  { at: DAY(10, 16), state: 'active' },
  { at: DAY(12, 1), state: 'idle' },
  { at: DAY(13), state: 'active' },
  { at: DAY(15, 1), state: 'idle' },
  { at: DAY(15, 30), state: 'locked' },
  { at: DAY(15, 45), state: 'active' },
  { at: DAY(17), state: 'locked' },
];

/**
 * Runs an 8-hour day (9:00–17:00, plus the hour after) through the real background code with
 * fake timers, firing only the alarms the background actually has, as the browser would, and
 * counting every event it handles and every storage write it makes, hour by hour.
 */
export async function simulateDay(plan: Plan = OFFICE_DAY, until = DAY(18), { share = false } = {}): Promise<HourCost[]> {
  fakeBrowser.reset();
  vi.setSystemTime(plan[0]?.at ?? DAY(9));
  const idle = installIdleFake('active');
  const tracker = startBackground({ log: () => {} });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  if (share) await send({ type: 'sharing', on: true, name: 'Office desktop' });
  await tracker.settled();

  const hours = new Map<number, HourCost>();
  const hourOf = (at: number) => new Date(at).getHours();
  const cost = (at: number) => {
    const hour = hourOf(at);
    if (!hours.has(hour)) hours.set(hour, { hour, activeMinutes: 0, wakeups: 0, tickWakeups: 0, writes: 0, syncWrites: 0 });
    return hours.get(hour) as HourCost;
  };
  // Every call to set is a write, whether or not the value changed.
  const writes = [vi.spyOn(fakeBrowser.storage.local, 'set'), vi.spyOn(fakeBrowser.storage.sync, 'set')];
  const settleWrites = (at: number) => {
    cost(at).syncWrites += writes[1]?.mock.calls.length ?? 0;
    for (const spy of writes) {
      cost(at).writes += spy.mock.calls.length;
      spy.mockClear();
    }
  };

  const start = (plan[0]?.at ?? DAY(9)) + 1000;
  const events = plan.slice(1);
  for (let at = start; at < until; at += 1000) {
    vi.setSystemTime(at);
    while (events[0] && events[0].at <= at) {
      const change = events.shift() as Plan[number];
      cost(at).wakeups++;
      await idle.change(change.state);
    }
    for (const alarm of [...(await fakeBrowser.alarms.getAll())]) {
      if (alarm.scheduledTime > at) continue;
      cost(at).wakeups++;
      if (alarm.name === 'hipcheck:tick') cost(at).tickWakeups++;
      await fireAlarm(alarm);
    }
    await tracker.settled();
    settleWrites(at);
    if (idle.state === 'active' && at % MIN === 0) cost(at).activeMinutes++;
  }
  return [...hours.values()].sort((a, b) => a.hour - b.hour);
}
