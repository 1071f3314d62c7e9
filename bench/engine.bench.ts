import { addDays, dayKey } from '../src/core/days';
import type { Signal } from '../src/core/engine';
import { EMPTY_DAY, type History } from '../src/core/history';
import { replay } from '../src/core/replay';
import { bestDay, lastDays, weeklyAverages, weekOverWeek } from '../src/core/stats';
import { medianMs, record } from './record';

const MIN = 60_000;

/** A year of working days as the worker would see them: a tick a minute, lunch away, locked at night. */
function yearOfSignals(): Signal[] {
  const signals: Signal[] = [];
  for (let d = 0; d < 365; d++) {
    const day = new Date(2025, 0, 1 + d);
    if (day.getDay() === 0 || day.getDay() === 6) continue;
    const at = (h: number, m = 0) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m).getTime();
    signals.push({ at: at(9), type: 'active' });
    for (let t = at(9) + MIN; t <= at(12); t += MIN) signals.push({ at: t, type: 'tick' });
    signals.push({ at: at(12, 1), type: 'idle' }, { at: at(13), type: 'active' });
    for (let t = at(13) + MIN; t <= at(17, 30); t += MIN) signals.push({ at: t, type: 'tick' });
    signals.push({ at: at(17, 30), type: 'locked' });
  }
  return signals;
}

function fiveYears(): History {
  const history: Record<string, typeof EMPTY_DAY> = {};
  let day = '2021-06-01';
  for (let i = 0; i < 5 * 365 + 1; i++) {
    history[day] = {
      ...EMPTY_DAY,
      sittingMs: (5 + (i % 4)) * 3_600_000,
      bouts: 9,
      longestBoutMs: 3_000_000,
      prolongedMs: (i % 3) * 3_600_000,
      guidedBreaks: i % 5,
    };
    day = addDays(day, 1);
  }
  return history;
}

describe('engine benchmarks', () => {
  it('replays a year of minute signals and computes 5 years of statistics', async () => {
    const signals = yearOfSignals();
    const replayMs = await medianMs(5, () => replay(signals));
    const days = replay(signals).days;
    const history = fiveYears();
    const today = dayKey(new Date(2026, 5, 1).getTime());
    const statsMs = await medianMs(50, () => {
      const rows = lastDays(history, today, 5 * 365);
      weeklyAverages(rows);
      bestDay(rows);
      weekOverWeek(history, today);
      lastDays(history, today, 30);
    });
    record({
      'engine: replay a year of minute signals': {
        value: replayMs,
        unit: 'ms',
        target: '< 500',
        note: `${signals.length} signals, ${Object.keys(days).length} days`,
      },
      'engine: statistics over 5 years of days': { value: statsMs, unit: 'ms', target: '< 5', note: `${Object.keys(history).length} days` },
    });
    expect(Object.keys(days).length).toBeGreaterThan(250);
  });
});
