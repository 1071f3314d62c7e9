import { isImprovement, trend } from './compare';

describe('week trend', () => {
  it('says more or less, and by how much', () => {
    expect(trend(300, 360, 5)).toEqual({ kind: 'less', by: 60 });
    expect(trend(4.6, 2, 0.5)).toEqual({ kind: 'more', by: expect.closeTo(2.6) });
  });

  it('calls a difference under the threshold about the same, and one of exactly the threshold a change', () => {
    expect(trend(100, 104, 5)).toEqual({ kind: 'same' });
    expect(trend(105, 100, 5)).toEqual({ kind: 'more', by: 5 });
  });

  it('has nothing to say without both weeks', () => {
    expect(trend(100, null, 5)).toEqual({ kind: 'none' });
    expect(trend(null, 100, 5)).toEqual({ kind: 'none' });
  });

  it('knows which direction is better', () => {
    expect(isImprovement({ kind: 'less', by: 1 }, true)).toBe(true);
    expect(isImprovement({ kind: 'more', by: 1 }, true)).toBe(false);
    expect(isImprovement({ kind: 'more', by: 1 }, false)).toBe(true);
    expect(isImprovement({ kind: 'same' }, true)).toBeNull();
  });
});
