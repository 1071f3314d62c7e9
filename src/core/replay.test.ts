import { HOUR, local, MIN, sitting, ticks } from '../../test/timeline';
import { replay } from './replay';

const SEC = 1000;

describe('replay of scripted days', () => {
  it('counts a workday with a lunch break as two bouts and one natural break', () => {
    const { days } = replay(
      [
        ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 12)),
        { at: local(2026, 6, 10, 12, 1), type: 'idle' },
        ...sitting(local(2026, 6, 10, 13), local(2026, 6, 10, 17)),
        { at: local(2026, 6, 10, 17), type: 'locked' },
      ],
      { until: local(2026, 6, 10, 17, 30) },
    );
    expect(days['2026-06-10']).toMatchObject({
      sittingMs: 7 * HOUR,
      bouts: 2,
      longestBoutMs: 4 * HOUR,
      prolongedMs: 7 * HOUR,
      naturalBreaks: 2,
    });
  });

  it('keeps short reading pauses inside the bout and counts them as sitting', () => {
    const { days } = replay([
      ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 20)),
      { at: local(2026, 6, 10, 9, 21), type: 'idle' },
      { at: local(2026, 6, 10, 9, 21, 30), type: 'active' },
      ...ticks(local(2026, 6, 10, 9, 21, 30), local(2026, 6, 10, 9, 40)),
    ]);
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 40 * MIN, bouts: 1, longestBoutMs: 40 * MIN, naturalBreaks: 0 });
  });

  it('ends sitting where the person left, not where idle was reported', () => {
    const { days } = replay([
      ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 10)),
      { at: local(2026, 6, 10, 9, 10, 45), type: 'idle' },
      { at: local(2026, 6, 10, 10), type: 'active' },
    ]);
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 9 * MIN + 45 * SEC, bouts: 1, naturalBreaks: 1 });
  });

  it('stops sitting at a lock and counts a long lock as a natural break', () => {
    const { days } = replay([
      ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 30)),
      { at: local(2026, 6, 10, 9, 30, 20), type: 'locked' },
      { at: local(2026, 6, 10, 10), type: 'active' },
      ...ticks(local(2026, 6, 10, 10), local(2026, 6, 10, 10, 5)),
    ]);
    expect(days['2026-06-10']).toMatchObject({
      sittingMs: 35 * MIN + 20 * SEC,
      bouts: 2,
      longestBoutMs: 30 * MIN + 20 * SEC,
      naturalBreaks: 1,
    });
  });

  it('does not count a laptop sleep (no ticks for 90 minutes) as sitting or as a break', () => {
    const { days } = replay([
      ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 10)),
      ...ticks(local(2026, 6, 10, 11, 29), local(2026, 6, 10, 12)),
    ]);
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 90 * MIN, bouts: 2, longestBoutMs: HOUR, naturalBreaks: 0 });
  });

  it('splits a bout across midnight between both days, each part prolonged', () => {
    const { days } = replay(sitting(local(2026, 6, 10, 23, 30), local(2026, 6, 11, 0, 30)));
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 30 * MIN, bouts: 1, prolongedMs: 30 * MIN });
    expect(days['2026-06-11']).toMatchObject({ sittingMs: 30 * MIN, bouts: 1, prolongedMs: 30 * MIN });
  });

  it('counts prolonged sitting only for bouts longer than 30 minutes', () => {
    const { days } = replay([
      ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 25)),
      { at: local(2026, 6, 10, 9, 25), type: 'locked' },
      ...sitting(local(2026, 6, 10, 9, 40), local(2026, 6, 10, 10, 20)),
    ]);
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 65 * MIN, bouts: 2, prolongedMs: 40 * MIN });
  });

  it('gives the spring-forward day 23 hours and the fall-back day 25 hours (America/New_York)', () => {
    const spring = replay(sitting(local(2026, 3, 8), local(2026, 3, 9)), { until: local(2026, 3, 9) });
    expect(spring.days['2026-03-08']?.sittingMs).toBe(23 * HOUR);
    expect(spring.days['2026-03-09']).toBeUndefined();
    const fall = replay(sitting(local(2026, 11, 1), local(2026, 11, 2)));
    expect(fall.days['2026-11-01']?.sittingMs).toBe(25 * HOUR);
  });

  it('measures a bout across the DST change in absolute time', () => {
    // 01:30 EST to 03:30 EDT is one real hour.
    const { days } = replay(sitting(local(2026, 3, 8, 1, 30), local(2026, 3, 8, 3, 30)));
    expect(days['2026-03-08']).toMatchObject({ sittingMs: HOUR, longestBoutMs: HOUR });
  });

  it('never counts negative or double time when the clock jumps backwards', () => {
    const { days } = replay([
      ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 10)),
      // The user sets the clock back 30 minutes; real time keeps going.
      ...ticks(local(2026, 6, 10, 9, 30) - MIN, local(2026, 6, 10, 10)),
    ]);
    const day = days['2026-06-10'];
    expect(day?.sittingMs).toBe(HOUR + 30 * MIN);
    for (const value of Object.values(day ?? {})) expect(value).toBeGreaterThanOrEqual(0);
  });

  it('counts nothing when idle comes right after startup', () => {
    const { days } = replay([
      { at: local(2026, 6, 10, 9), type: 'startup' },
      { at: local(2026, 6, 10, 9, 0, 30), type: 'idle' },
      ...sitting(local(2026, 6, 10, 9, 30), local(2026, 6, 10, 10)),
    ]);
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 30 * MIN, bouts: 1, naturalBreaks: 0 });
  });

  it('closes the open bout at the last signal before a startup', () => {
    const { days } = replay([
      ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 10)),
      { at: local(2026, 6, 10, 10, 45), type: 'startup' },
      ...ticks(local(2026, 6, 10, 10, 45), local(2026, 6, 10, 11)),
    ]);
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 75 * MIN, bouts: 2, longestBoutMs: HOUR });
  });

  it('honours settings overrides for natural break length and idle detection', () => {
    const timeline = [
      ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 25)),
      { at: local(2026, 6, 10, 9, 25), type: 'idle' as const },
      { at: local(2026, 6, 10, 9, 28), type: 'active' as const },
      ...ticks(local(2026, 6, 10, 9, 28), local(2026, 6, 10, 9, 40)),
    ];
    // Default: idle after 60 s ⇒ left 9:24; 4 minutes without input (under 5) were reading, one bout of 40 minutes.
    expect(replay(timeline).days['2026-06-10']).toMatchObject({ bouts: 1, naturalBreaks: 0, sittingMs: 40 * MIN });
    // 3-minute natural breaks: those 4 minutes were a natural break.
    expect(replay(timeline, { settings: { naturalBreakMinutes: 3 } }).days['2026-06-10']).toMatchObject({
      bouts: 2,
      naturalBreaks: 1,
      sittingMs: 36 * MIN,
    });
    // 5-minute idle detection: the person left at 9:20.
    expect(replay(timeline, { settings: { idleDetectionSeconds: 300 } }).days['2026-06-10']).toMatchObject({
      bouts: 2,
      sittingMs: 32 * MIN,
    });
  });

  it('counts nothing for an empty timeline', () => {
    expect(replay([]).days).toEqual({});
  });
});

describe('signals the engine has already heard, heard again', () => {
  // 30-minute natural breaks and 10-minute idle detection, as in the report that found this.
  const patient = { naturalBreakMinutes: 30, idleDetectionSeconds: 600 };

  it.each([
    ['without', []],
    ['with', [{ at: local(2026, 6, 10, 9, 45), type: 'tick' as const }]],
  ])('counts nothing after an unseen hour %s a second tick at the same instant', (_, repeated) => {
    const { days } = replay(
      [
        ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 10)),
        // 35 minutes nobody saw (a sleep): the bout ends there.
        { at: local(2026, 6, 10, 9, 45), type: 'tick' },
        ...repeated,
        // Another gap longer than two ticks, then a lock: none of it was seen as sitting.
        { at: local(2026, 6, 10, 9, 47, 30), type: 'locked' },
        { at: local(2026, 6, 10, 9, 52, 11), type: 'active' },
      ],
      { settings: patient },
    );
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 10 * MIN, bouts: 1 });
  });

  it('never moves the moment the person left back into a gap nobody saw, inside the same bout', () => {
    const { days } = replay(
      [
        ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 10)),
        // 15 minutes unseen, shorter than a natural break: the bout goes on, with a hole.
        { at: local(2026, 6, 10, 9, 25), type: 'tick' },
        { at: local(2026, 6, 10, 9, 26), type: 'tick' },
        // Ten minutes without input would mean 9:17, in the hole; the person was last seen arriving at 9:25.
        { at: local(2026, 6, 10, 9, 27), type: 'idle' },
        ...sitting(local(2026, 6, 10, 9, 30), local(2026, 6, 10, 9, 32)),
      ],
      { settings: patient },
    );
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 17 * MIN, bouts: 1 });
  });

  it('never moves the moment the person left back into a gap nobody saw, nor before the bout began', () => {
    const { days } = replay(
      [
        ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 10)),
        { at: local(2026, 6, 10, 9, 45), type: 'tick' },
        { at: local(2026, 6, 10, 9, 46), type: 'tick' },
        // Ten minutes without input would mean 9:37, in the gap and before this bout began at 9:45.
        { at: local(2026, 6, 10, 9, 47), type: 'idle' },
        ...sitting(local(2026, 6, 10, 9, 50), local(2026, 6, 10, 9, 52)),
      ],
      { settings: patient },
    );
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 17 * MIN, bouts: 2, longestBoutMs: 10 * MIN });
  });

  it.each([
    ['without', []],
    ['with', [{ at: local(2026, 6, 10, 9, 12), type: 'tick' as const }]],
  ])(
    'counts the natural break an idle report already proves, %s a tick at the same instant, before the clock is set back',
    (_, repeated) => {
      const { days } = replay(
        [
          ...sitting(local(2026, 6, 10, 9), local(2026, 6, 10, 9, 11)),
          // Idle after 60 s without input: the person left at 9:11, a whole one-minute natural break ago.
          { at: local(2026, 6, 10, 9, 12), type: 'idle' },
          ...repeated,
          // The clock is set back an hour before anything else is heard.
          { at: local(2026, 6, 10, 8, 12), type: 'active' },
        ],
        { settings: { naturalBreakMinutes: 1 } },
      );
      expect(days['2026-06-10']).toMatchObject({ sittingMs: 11 * MIN, bouts: 1, naturalBreaks: 1 });
    },
  );
});
