import { formatDuration } from './format';

describe('formatDuration with seconds', () => {
  const withSeconds = (ms: number) => formatDuration(ms, 'en', { seconds: true });

  it('shows a duration under a minute in whole seconds', () => {
    expect(withSeconds(40_000)).toBe('40 sec');
    expect(withSeconds(1_499)).toBe('1 sec');
  });

  it('keeps minutes for nothing at all and from a whole minute on', () => {
    expect(withSeconds(0)).toBe('0 min');
    expect(withSeconds(60_000)).toBe('1 min');
  });

  it('shows minutes, not seconds, unless asked', () => {
    expect(formatDuration(40_000, 'en')).toBe('0 min');
  });
});
