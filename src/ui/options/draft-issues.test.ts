import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { RoutineStep } from '../../core/stretches/types';
import { type Draft, type RangeDraft, type StepDraft, stepDraft, toDraft, validateDraft } from './draft';

const base: Settings = { ...DEFAULT_SETTINGS };
const issuesOf = (changes: Partial<Draft>) => validateDraft({ ...toDraft(base), ...changes }, base).issues;
const range = (id: string, start: string, end: string): RangeDraft => ({ id, start, end });
const week = (days: Record<number, RangeDraft[]>): Draft['workingHours'] => ({
  always: false,
  days: Array.from({ length: 7 }, (_, day) => days[day] ?? []),
});

describe('working hours messages', () => {
  it('puts each broken range’s message next to it, with no extra message for its day', () => {
    const issues = issuesOf({
      workingHours: week({ 1: [range('a', '09:00', '12:00'), range('b', '14:00', '13:00')], 3: [range('c', '', '10:00')] }),
    });
    expect(issues).toEqual([
      { key: 'workingHours', id: 'range-b', message: 'The end must come after the start.' },
      { key: 'workingHours', id: 'range-c', message: 'Enter both a start and an end time.' },
    ]);
  });

  it('does not call a range overlapping because the range before it is broken', () => {
    const issues = issuesOf({ workingHours: week({ 1: [range('a', '10:00', '09:00'), range('b', '10:30', '11:00')] }) });
    expect(issues.map((issue) => issue.id)).toEqual(['range-a']);
  });

  it('still finds an overlap when a blank range was entered between the two', () => {
    const issues = issuesOf({
      workingHours: week({ 1: [range('a', '09:00', '12:00'), range('x', '', ''), range('b', '11:00', '13:00')] }),
    });
    expect(issues.map((issue) => [issue.id, issue.message])).toEqual([
      ['range-b', 'Time ranges must not overlap: this one overlaps 9:00 AM–12:00 PM.'],
      ['range-x', 'Enter both a start and an end time.'],
    ]);
  });

  it('tells a day with too many ranges its limit, even after another day’s broken range', () => {
    const hourly = Array.from({ length: 9 }, (_, i) => range(`h${i}`, `${10 + i}:00`, `${10 + i}:30`));
    const issues = issuesOf({ workingHours: week({ 1: [range('a', '', '')], 2: hourly }) });
    expect(issues).toEqual([
      { key: 'workingHours', id: 'range-a', message: 'Enter both a start and an end time.' },
      { key: 'workingHours', id: 'day-2', message: 'At most 8 time ranges per day.' },
    ]);
  });
});

describe('routine messages', () => {
  const withAmount = (step: RoutineStep, amount: string): StepDraft => ({ ...stepDraft(step), id: step.moveId, amount });
  const messagesFor = (steps: StepDraft[]) => issuesOf({ customRoutine: steps }).map((issue) => [issue.id, issue.message]);

  it('words the limit each dose broke next to its step', () => {
    const hold = { moveId: 'pigeon', dose: { kind: 'hold', seconds: 30 } } as const;
    const reps = { moveId: 'cat_cow', dose: { kind: 'reps', count: 8, secondsPerRep: 3 } } as const;
    expect(messagesFor([withAmount(hold, '0')])).toEqual([['step-pigeon', 'Use a number above 0.']]);
    expect(messagesFor([withAmount(hold, '400')])).toEqual([['step-pigeon', 'Use at most 300.']]);
    expect(messagesFor([withAmount(reps, '0')])).toEqual([['step-cat_cow', 'Use at least 1.']]);
    expect(messagesFor([withAmount(reps, '')])).toEqual([['step-cat_cow', 'Enter a number.']]);
  });

  it('gives a step one message even when it breaks two rules', () => {
    const step = withAmount({ moveId: 'Not A Move', dose: { kind: 'hold', seconds: 30 } }, '0');
    expect(messagesFor([step])).toEqual([['step-Not A Move', 'This value is not allowed.']]);
  });

  it('tells a routine with too many moves its limit', () => {
    const steps = Array.from({ length: 21 }, (_, i) => ({ ...stepDraft({ moveId: 'pigeon' }), id: `p${i}` }));
    expect(messagesFor(steps)).toEqual([['customRoutine', 'A routine holds at most 20 moves.']]);
  });
});
