import { CUSTOM_ID, ROUTINES } from '../../core/stretches/routines';
import type { RoutineStep } from '../../core/stretches/types';
import { doseText, lengthText, stepsOf } from './routine-text';

describe('routine length', () => {
  it('gives a routine under a minute in seconds and one of a minute or more in whole minutes', () => {
    expect(lengthText(45)).toBe('About 45 sec');
    expect(lengthText(60)).toBe('About 1 min');
    expect(lengthText(210)).toBe('About 4 min');
  });
});

describe('dose text', () => {
  it('says a timed move in minutes only when it is a whole number of minutes', () => {
    expect(doseText({ kind: 'time', seconds: 120 }, false)).toBe('2 min');
    expect(doseText({ kind: 'time', seconds: 90 }, false)).toBe('90 sec');
  });

  it('words other doses as the break page does, per side when the move is', () => {
    expect(doseText({ kind: 'hold', seconds: 30 }, true)).toBe('Hold 30 s per side');
  });
});

describe('steps of a routine', () => {
  it('lists the custom routine from the steps given, dropping moves the library lacks', () => {
    const steps: RoutineStep[] = [
      { moveId: 'pigeon' },
      { moveId: 'gone_move' },
      { moveId: 'cat_cow', dose: { kind: 'breaths', count: 4, secondsPerBreath: 5 } },
    ];
    expect(stepsOf(CUSTOM_ID, steps)).toEqual([steps[0], steps[2]]);
  });

  it('lists a built-in routine by its id and nothing for an id it does not know', () => {
    const [first] = ROUTINES;
    expect(stepsOf(first?.id ?? '', [{ moveId: 'pigeon' }])).toBe(first?.steps);
    expect(stepsOf('no_such_routine', [{ moveId: 'pigeon' }])).toEqual([]);
  });
});
