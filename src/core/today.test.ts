import { local, sitting } from '../../test/timeline';
import { guidedBreak, INITIAL_ENGINE, liveHistory, step, type Tracked } from './engine';
import { DEFAULT_SETTINGS } from './settings';
import { todayView } from './today';

const settings = DEFAULT_SETTINGS;

describe('today as the popup shows it', () => {
  it('is the day History shows, also seconds after a break', () => {
    const sat = sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 40)).reduce<Tracked>((t, signal) => step(t, signal, settings), {
      engine: INITIAL_ENGINE,
      history: {},
    });
    const broke = guidedBreak(sat, local(2026, 6, 10, 9, 37), local(2026, 6, 10, 9, 40), true, settings);
    for (const at of [local(2026, 6, 10, 9, 40, 20), local(2026, 6, 10, 9, 41)]) {
      expect(todayView(broke, at, settings).day).toEqual(liveHistory(broke, at, settings)['2026-06-10']);
    }
    expect(todayView(broke, local(2026, 6, 10, 9, 40, 20), settings).day.bouts).toBe(1);
  });
});

describe('whether the popup says the person is away', () => {
  const at = (mi: number) => local(2026, 6, 10, 9, mi);
  const sat = sitting(at(0), at(10)).reduce<Tracked>((t, signal) => step(t, signal, settings), { engine: INITIAL_ENGINE, history: {} });

  it('is not away while active, away once locked, and away before anyone was seen', () => {
    expect(todayView(sat, at(10), settings).away).toBe(false);
    const locked = step(sat, { at: at(10), type: 'locked' }, settings);
    expect(todayView(locked, at(11), settings).away).toBe(true);
    expect(todayView({ engine: INITIAL_ENGINE, history: {} }, at(11), settings).away).toBe(true);
  });
});
