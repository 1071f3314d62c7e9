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

  it('counts the whole minutes the sitting figure shows, so sitting and what is left add up to the goal', () => {
    // "0 min" sitting: all 6 hours are left, not 5 hr 59 min.
    expect(goalProgress(40_000, 360)).toEqual({ ratio: 0, leftMs: 360 * MIN, overMs: 0 });
    // "3 min" sitting: 5 hr 57 min left.
    expect(goalProgress(3 * MIN + 25_000, 360).leftMs).toBe(357 * MIN);
    // "6 hr" sitting is not yet over the goal; "6 hr 1 min" is a minute over.
    expect(goalProgress(360 * MIN + 30_000, 360)).toEqual({ ratio: 1, leftMs: 0, overMs: 0 });
    expect(goalProgress(361 * MIN + 59_000, 360).overMs).toBe(MIN);
  });
});
