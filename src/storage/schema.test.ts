import { doseSchema, engineSchema, settingSchemas } from './schema';

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

it('takes an id of up to 40 characters, and only text', () => {
  expect(accepts(settingSchemas.routine, 'a'.repeat(40))).toBe(true);
  expect(accepts(settingSchemas.routine, 'a'.repeat(41))).toBe(false);
  expect(accepts(settingSchemas.routine, 'hip\n')).toBe(false);
  expect(accepts(settingSchemas.routine, 7)).toBe(false);
});

describe("a bout's spans", () => {
  const engine = (spans: unknown[]) => ({ presence: { kind: 'unknown' }, lastSignalAt: null, bout: { startedAt: 0, spans } });

  it('are pairs of instants, kept as they are', () => {
    const parsed = engineSchema.safeParse(
      engine([
        [1, 2],
        [0, 0],
      ]),
    );
    expect(parsed.success && parsed.data.bout?.spans).toEqual([
      [1, 2],
      [0, 0],
    ]);
  });

  it.each([
    ['one instant', [1]],
    ['three instants', [1, 2, 3]],
    ['a negative instant', [-1, 2]],
    ['a missing start', Object.assign(new Array(2), { 1: 2 })],
    ['text', [1, '2']],
    ['an object that looks like a pair', { 0: 1, 1: 2, length: 2 }],
  ])('refuse %s', (_, span) => {
    expect(accepts(engineSchema, engine([span]))).toBe(false);
  });
});
