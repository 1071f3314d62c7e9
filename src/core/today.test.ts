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
