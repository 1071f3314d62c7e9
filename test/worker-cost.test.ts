import { simulateDay } from './simulate-day';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('worker cost over a simulated office day', () => {
  it('wakes and writes at most 61 times in any hour, and never ticks while away', async () => {
    const hours = await simulateDay();
    expect(hours.map((h) => h.hour)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    for (const hour of hours) {
      expect(hour.wakeups, `wakeups at ${hour.hour}:00`).toBeLessThanOrEqual(61);
      expect(hour.writes, `writes at ${hour.hour}:00`).toBeLessThanOrEqual(61);
    }
    const lunch = hours.find((h) => h.hour === 12);
    expect(lunch?.tickWakeups).toBeLessThanOrEqual(1);
    const evening = hours.find((h) => h.hour === 17);
    expect(evening).toMatchObject({ tickWakeups: 0, activeMinutes: 0 });
    expect(evening?.writes).toBeLessThanOrEqual(1);
  }, 60_000);

  it('shares with the other computers at no wakeup of its own: at most 6 writes to sync an active hour, plus one when the person leaves', async () => {
    const hours = await simulateDay(undefined, undefined, { share: true });
    const alone = await simulateDay();
    expect(hours.map((h) => h.wakeups)).toEqual(alone.map((h) => h.wakeups));
    for (const hour of hours) {
      expect(hour.writes - hour.syncWrites, `local writes at ${hour.hour}:00`).toBeLessThanOrEqual(61);
      expect(hour.syncWrites, `sync writes at ${hour.hour}:00`).toBeLessThanOrEqual(7);
    }
    // Full hours at the desk: one write each 10 minutes.
    expect(hours.filter((h) => h.activeMinutes === 60).map((h) => h.syncWrites)).toEqual([6, 6, 6, 6]);
    expect(alone.every((h) => h.syncWrites === 0)).toBe(true);
  }, 120_000);
});
