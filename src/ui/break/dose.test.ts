import { doseLabel } from './dose';

describe('dose label', () => {
  it('words each kind of dose the way the break page shows it', () => {
    expect(doseLabel({ kind: 'hold', seconds: 30 })).toBe('Hold 30 s');
    expect(doseLabel({ kind: 'time', seconds: 120 })).toBe('2 min');
    expect(doseLabel({ kind: 'reps', count: 10, secondsPerRep: 3 })).toBe('10 reps');
    expect(doseLabel({ kind: 'breaths', count: 5, secondsPerBreath: 6 })).toBe('5 slow breaths');
  });

  it('rounds a timed move to whole minutes and never shows it as 0 min', () => {
    expect(doseLabel({ kind: 'time', seconds: 150 })).toBe('3 min');
    expect(doseLabel({ kind: 'time', seconds: 20 })).toBe('1 min');
  });
});
