import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { candidate, type Draft, dirtyKeys, type RangeDraft, stepDraft, toDraft, validateDraft, withAmount } from './draft';

const base: Settings = { ...DEFAULT_SETTINGS };
const draftWith = (changes: Partial<Draft>): Draft => ({ ...toDraft(base), ...changes });
const monday = (ranges: RangeDraft[]): Draft['workingHours'] => ({ always: false, days: [[], ranges, [], [], [], [], []] });
const range = (id: string, start: string, end: string): RangeDraft => ({ id, start, end });

describe('reading typed times', () => {
  const mondayOf = (start: string, end: string) =>
    (candidate(draftWith({ workingHours: monday([range('a', start, end)]) }), 'workingHours') as Settings['workingHours'])[1];

  it('reads a time with or without seconds and with stray spaces', () => {
    expect(mondayOf(' 09:30 ', '17:00:00')).toEqual([{ start: 570, end: 1020 }]);
  });

  it('does not read a time out of longer text', () => {
    expect(mondayOf('109:30', '17:001')).toEqual([{ start: Number.NaN, end: Number.NaN }]);
  });
});

describe('numbers as typed', () => {
  it('refuses a number field holding only spaces rather than reading it as zero', () => {
    const { issues, values } = validateDraft(draftWith({ maxReminders: '  ' }), { ...base, maxReminders: 4 });
    expect(issues.map((issue) => issue.id)).toEqual(['maxReminders']);
    expect(values.maxReminders).toBe(4);
  });

  it('counts only the settings that were edited as changed', () => {
    expect(dirtyKeys(toDraft(base), base)).toEqual([]);
    expect(dirtyKeys(draftWith({ snoozeMinutes: '9' }), base)).toEqual(['snoozeMinutes']);
  });

  it('refuses a value outside its choices, keeping the stored one', () => {
    const { issues, values } = validateDraft(draftWith({ theme: 'purple' as Settings['theme'] }), base);
    expect(issues).toEqual([{ key: 'theme', id: 'theme', message: 'This value is not allowed.' }]);
    expect(values.theme).toBe(base.theme);
  });
});

describe('daily goal', () => {
  const goal = (hours: string, minutes: string) => candidate(draftWith({ dailyGoalMinutes: { hours, minutes } }), 'dailyGoalMinutes');

  it('adds whole hours and minutes, reading a blank part as zero', () => {
    expect(goal('0', '90')).toBe(90);
    expect(goal('', '90')).toBe(90);
    expect(goal('2', ' ')).toBe(120);
  });

  it('refuses fractions and negative parts even when the total would be allowed', () => {
    expect(goal('1.5', '0')).toBeNaN();
    expect(goal('-1', '150')).toBeNaN();
    expect(goal('2', '-30')).toBeNaN();
  });
});

describe('routine steps', () => {
  it('keeps a step whose move the library no longer has, with no amount to edit', () => {
    const step = stepDraft({ moveId: 'gone_move' });
    expect(step).toMatchObject({ moveId: 'gone_move', amount: '', baseDose: null, hadDose: false });
    expect(candidate(draftWith({ customRoutine: [step] }), 'customRoutine')).toEqual([{ moveId: 'gone_move' }]);
  });

  it('sets the seconds of a timed move and the count of a counted one', () => {
    expect(withAmount({ kind: 'time', seconds: 60 }, 90)).toEqual({ kind: 'time', seconds: 90 });
    expect(withAmount({ kind: 'hold', seconds: 30 }, 45)).toEqual({ kind: 'hold', seconds: 45 });
    expect(withAmount({ kind: 'reps', count: 8, secondsPerRep: 3 }, 12)).toEqual({ kind: 'reps', count: 12, secondsPerRep: 3 });
  });
});
