import { simulateDay } from '../test/simulate-day';
import { record } from './record';

describe('worker cost', () => {
  it('counts wakeups and writes per active and away hour of a simulated office day', async () => {
    vi.useFakeTimers();
    const hours = await simulateDay();
    vi.useRealTimers();
    const active = hours.filter((h) => h.activeMinutes >= 55);
    const away = hours.filter((h) => h.activeMinutes === 0);
    const max = (list: typeof hours, field: 'wakeups' | 'writes' | 'tickWakeups') => Math.max(0, ...list.map((h) => h[field]));
    record({
      'worker: wakeups per active hour (max)': {
        value: max(active, 'wakeups'),
        unit: 'count',
        target: '≤ 61 (gated)',
        note: `${active.length} active hours`,
      },
      'worker: storage writes per active hour (max)': { value: max(active, 'writes'), unit: 'count', target: '≤ 61 (gated)' },
      'worker: tick wakeups per away hour (max)': {
        value: max(away, 'tickWakeups'),
        unit: 'count',
        target: '0 (gated)',
        note: `${away.length} away hours`,
      },
      'worker: storage writes per away hour (max)': { value: max(away, 'writes'), unit: 'count', note: 'the lock that starts it' },
    });
    expect(active.length).toBeGreaterThan(0);
  });
});
