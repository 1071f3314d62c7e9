import { doseSchema, settingSchemas } from './schema';

const accepts = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('working hours', () => {
  const week = (day: Array<{ start: number; end: number }>) => [day, [], [], [], [], [], []];

  it('may have one range end where the next begins', () => {
    expect(
      accepts(
        settingSchemas.workingHours,
        week([
          { start: 0, end: 60 },
          { start: 60, end: 120 },
        ]),
      ),
    ).toBe(true);
  });

  it('may not have an empty range', () => {
    expect(accepts(settingSchemas.workingHours, week([{ start: 60, end: 60 }]))).toBe(false);
  });
});

it('names a routine and a move in lower case, letters first, nothing around', () => {
  for (const name of ['hip_flexor_release', 'a1']) {
    expect(accepts(settingSchemas.routine, name)).toBe(true);
    expect(accepts(settingSchemas.customRoutine, [{ moveId: name }])).toBe(true);
  }
  for (const name of ['Xhip', 'hip!', '1hip', '']) {
    expect(accepts(settingSchemas.routine, name)).toBe(false);
    expect(accepts(settingSchemas.customRoutine, [{ moveId: name }])).toBe(false);
  }
});

it('takes a dose of every kind', () => {
  expect(accepts(doseSchema, { kind: 'hold', seconds: 30 })).toBe(true);
  expect(accepts(doseSchema, { kind: 'time', seconds: 60 })).toBe(true);
  expect(accepts(doseSchema, { kind: 'reps', count: 10, secondsPerRep: 3 })).toBe(true);
  expect(accepts(doseSchema, { kind: 'breaths', count: 5, secondsPerBreath: 6 })).toBe(true);
});
