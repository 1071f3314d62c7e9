import { goalProgress } from './goal';

const MIN = 60_000;

describe('goal progress', () => {
  it('shows what is left under the goal', () => {
    expect(goalProgress(90 * MIN, 360)).toEqual({ ratio: 0.25, leftMs: 270 * MIN, overMs: 0 });
  });

  it('fills the bar and counts the excess past the goal', () => {
    expect(goalProgress(400 * MIN, 360)).toEqual({ ratio: 1, leftMs: 0, overMs: 40 * MIN });
  });

  it('starts empty', () => {
    expect(goalProgress(0, 360)).toEqual({ ratio: 0, leftMs: 360 * MIN, overMs: 0 });
  });
});
