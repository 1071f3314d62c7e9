import fc from 'fast-check';
import { MAX_BOUT_MS } from '../core/day-limits';
import type { EngineState } from '../core/engine';
import { INITIAL_NUDGES } from '../core/nudges';
import { parseEngine, parseNudges } from './parse';

const MIN = 60_000;
const H = 60 * MIN;
const NOW = new Date(2026, 5, 10, 12).getTime();
const YEAR = 365 * 24 * H;

const active = (since: number, lastSignalAt: number, startedAt: number, spans: Array<[number, number]>): EngineState => ({
  presence: { kind: 'active', since },
  lastSignalAt,
  bout: { startedAt, spans },
});

describe('engine state', () => {
  it('round-trips a valid state', () => {
    const state = active(NOW - H, NOW - MIN, NOW - H, [[NOW - H, NOW - MIN]]);
    expect(parseEngine(state, NOW)).toEqual({ value: state, problems: [] });
  });

  it.each([
    ['a string', 'active'],
    ['an unknown presence', { presence: { kind: 'sitting' }, lastSignalAt: 1, bout: null }],
    ['a negative time', { presence: { kind: 'active', since: -1 }, lastSignalAt: 9, bout: null }],
    ['a span that is not a pair', { presence: { kind: 'active', since: 1 }, lastSignalAt: 9, bout: { startedAt: 1, spans: [[1]] } }],
  ])('starts afresh from %s, with a message', (_, raw) => {
    const { value, problems } = parseEngine(raw, NOW);
    expect(value.presence).toEqual({ kind: 'unknown' });
    expect(problems).toEqual([{ key: 'problem_engineUnreadable' }]);
  });

  it('reads a standing state and its note back as written, and state stored before standing existed as sitting, with no notice', () => {
    const standing: EngineState = {
      presence: { kind: 'active', since: NOW - H },
      lastSignalAt: NOW - MIN,
      bout: null,
      standing: { startedAt: NOW - H, spans: [[NOW - H, NOW - MIN]] },
      standingEnded: null,
    };
    expect(parseEngine(standing, NOW)).toEqual({ value: standing, problems: [] });
    const told: EngineState = {
      ...active(NOW - H, NOW - MIN, NOW - H, []),
      standing: null,
      standingEnded: 'startup',
    };
    expect(parseEngine(told, NOW)).toEqual({ value: told, problems: [] });
    const old = parseEngine(active(NOW - H, NOW - MIN, NOW - H, []), NOW);
    expect(old.value.standing ?? null).toBeNull();
    expect(old.problems).toEqual([]);
  });

  it('keeps the bout of a state that claims to sit and stand at once, and bounds a standing period like a bout', () => {
    const both = { ...active(NOW - H, NOW - MIN, NOW - H, [[NOW - H, NOW - MIN]]), standing: { startedAt: NOW - H, spans: [] } };
    const read = parseEngine(both, NOW);
    expect(read.value).toEqual({ ...both, standing: null });
    expect(read.problems).toEqual([{ key: 'problem_engineRepaired' }]);
    const ahead = NOW + YEAR;
    const future = parseEngine(
      {
        presence: { kind: 'active', since: ahead },
        lastSignalAt: ahead,
        bout: null,
        standing: { startedAt: ahead - H, spans: [[ahead - H, ahead]] },
      },
      NOW,
    );
    expect(future.value.standing).toEqual({ startedAt: NOW, spans: [] });
    expect(future.problems).toEqual([{ key: 'problem_engineRepaired' }]);
    expect(parseEngine({ ...both, bout: null, standingEnded: 'bored' }, NOW).problems).toEqual([{ key: 'problem_engineUnreadable' }]);
  });

  it('keeps only the last 24 hours of a bout that claims 26 years of sitting', () => {
    const { value, problems } = parseEngine(active(0, NOW, 0, [[0, NOW]]), NOW);
    expect(value.bout).toEqual({ startedAt: NOW - MAX_BOUT_MS, spans: [[NOW - MAX_BOUT_MS, NOW]] });
    expect(problems).toEqual([{ key: 'problem_engineRepaired' }]);
  });

  it('brings state dated a year ahead back to now, crediting none of the time that has not happened', () => {
    const ahead = NOW + YEAR;
    const { value, problems } = parseEngine(active(ahead - H, ahead, ahead - H, [[ahead - H, ahead]]), NOW);
    expect(value).toEqual(active(NOW, NOW, NOW, []));
    expect(problems).toEqual([{ key: 'problem_engineRepaired' }]);
    const away = parseEngine({ presence: { kind: 'away', reason: 'locked', since: ahead }, lastSignalAt: null, bout: null }, NOW);
    expect(away.value.presence).toEqual({ kind: 'away', reason: 'locked', since: NOW });
  });

  it('keeps when a lock began, bounded by when input stopped and by the last signal, and reads older state without it', () => {
    const away = (since: number, lockedAt?: number) => ({
      presence: { kind: 'away', reason: 'locked', since, ...(lockedAt === undefined ? {} : { lockedAt }) },
      lastSignalAt: NOW - MIN,
      bout: null,
    });
    expect(parseEngine(away(NOW - 9 * MIN, NOW - 5 * MIN), NOW)).toEqual({ value: away(NOW - 9 * MIN, NOW - 5 * MIN), problems: [] });
    expect(parseEngine(away(NOW - 9 * MIN), NOW)).toEqual({ value: away(NOW - 9 * MIN), problems: [] });
    // A lock dated before input stopped, or after anything was heard, would bring the break early or late.
    expect(parseEngine(away(NOW - 9 * MIN, NOW - 20 * MIN), NOW)).toEqual({
      value: away(NOW - 9 * MIN, NOW - 9 * MIN),
      problems: [{ key: 'problem_engineRepaired' }],
    });
    expect(parseEngine(away(NOW - 9 * MIN, NOW + 5 * MIN), NOW)).toEqual({
      value: away(NOW - 9 * MIN, NOW - MIN),
      problems: [{ key: 'problem_engineRepaired' }],
    });
  });

  it('clips sitting to the last signal, since nothing after it was seen', () => {
    const { value } = parseEngine(active(NOW - H, NOW - 30 * MIN, NOW - H, [[NOW - H, NOW - 10 * MIN]]), NOW);
    expect(value.bout?.spans).toEqual([[NOW - H, NOW - 30 * MIN]]);
  });

  it('drops sitting before the bout began and empty spans, and puts spans in order without counting any time twice', () => {
    const start = NOW - 3 * H;
    const { value, problems } = parseEngine(
      active(start, NOW, start, [
        [start - H, start - 30 * MIN],
        [start - 10 * MIN, start + 10 * MIN],
        [NOW - 20 * MIN, NOW - 20 * MIN],
        [NOW - 10 * MIN, NOW - 30 * MIN],
        [NOW - H, NOW - 30 * MIN],
        [NOW - 2 * H, NOW - 50 * MIN],
      ]),
      NOW,
    );
    expect(value.bout?.spans).toEqual([
      [start, start + 10 * MIN],
      [NOW - 2 * H, NOW - 30 * MIN],
    ]);
    expect(problems).toEqual([{ key: 'problem_engineRepaired' }]);
  });

  it('leaves touching spans alone: they count no time twice', () => {
    const state = active(NOW - H, NOW, NOW - H, [
      [NOW - H, NOW - 30 * MIN],
      [NOW - 30 * MIN, NOW],
    ]);
    expect(parseEngine(state, NOW)).toEqual({ value: state, problems: [] });
  });

  it('leaves state a clock set back two hours made look ahead of now, for the engine to close where it was', () => {
    const back = {
      presence: { kind: 'active' as const, since: NOW - H },
      lastSignalAt: NOW + H,
      bout: { startedAt: NOW - H, spans: [[NOW - H, NOW + H]] as Array<[number, number]> },
    };
    expect(parseEngine(back, NOW - H)).toEqual({ value: back, problems: [] });
  });

  it('always comes out bounded, and reads its own output back unchanged and silent', () => {
    const instant = fc.oneof(fc.integer({ min: 0, max: 2 * NOW }), fc.integer({ min: NOW - 2 * MAX_BOUT_MS, max: NOW + H }));
    const presence = fc.oneof(
      fc.constant({ kind: 'unknown' as const }),
      fc.record({ kind: fc.constant('active' as const), since: instant }),
      fc.record({ kind: fc.constant('away' as const), reason: fc.constantFrom('idle' as const, 'locked' as const), since: instant }),
    );
    const bout = fc.record({ startedAt: instant, spans: fc.array(fc.tuple(instant, instant), { maxLength: 8 }) });
    const state = fc.record({ presence, lastSignalAt: fc.option(instant), bout: fc.option(bout) });
    fc.assert(
      fc.property(state, fc.integer({ min: 0, max: 2 * NOW }), (raw, now) => {
        const { value } = parseEngine(raw, now);
        const horizon = value.lastSignalAt ?? now;
        // Up to a day and a bit ahead is a clock set back, which the engine itself settles.
        expect(horizon).toBeLessThanOrEqual(now + 26 * H);
        if (value.presence.kind !== 'unknown') expect(value.presence.since).toBeLessThanOrEqual(horizon);
        if (value.bout) {
          const { startedAt, spans } = value.bout;
          expect(startedAt).toBeGreaterThanOrEqual(horizon - MAX_BOUT_MS);
          let previous = startedAt;
          for (const [from, to] of spans) {
            expect(from).toBeGreaterThanOrEqual(previous);
            expect(to).toBeGreaterThan(from);
            previous = to;
          }
          expect(previous).toBeLessThanOrEqual(horizon);
        }
        expect(parseEngine(value, now)).toEqual({ value, problems: [] });
      }),
    );
  });
});

describe('nudge state', () => {
  const nudges = { ...INITIAL_NUDGES, boutStartedAt: NOW - H, shown: 1, dueAtMs: 35 * MIN };

  it('round-trips a valid state', () => {
    expect(parseNudges(nudges, NOW)).toEqual({ value: nudges, problems: [] });
    const tomorrow = new Date(2026, 5, 11).getTime();
    expect(parseNudges({ ...nudges, pausedUntil: tomorrow }, NOW).problems).toEqual([]);
  });

  it('ends a pause set to last longer than any pause HipCheck offers, so reminders come back', () => {
    const { value, problems } = parseNudges({ ...nudges, pausedUntil: NOW + 30 * 24 * H }, NOW);
    expect(value).toEqual(nudges);
    expect(problems).toEqual([{ key: 'problem_pauseTooLong' }]);
    // "Until tomorrow" on the day clocks go back is the longest pause: 25 hours.
    expect(parseNudges({ ...nudges, pausedUntil: NOW + 25 * H }, NOW).problems).toEqual([]);
    expect(parseNudges({ ...nudges, pausedUntil: NOW + 25 * H + 1 }, NOW).value.pausedUntil).toBeNull();
  });

  it('keeps a meeting hold, and ends one set further off than any meeting hold, so nudges come back', () => {
    const meeting = { ...nudges, meetingUntil: NOW + 41 * MIN, meetingHeld: true, typingHeldSince: NOW - MIN };
    expect(parseNudges(meeting, NOW)).toEqual({ value: meeting, problems: [] });
    const { value, problems } = parseNudges({ ...meeting, meetingUntil: NOW + 41 * MIN + 1 }, NOW);
    expect(value).toEqual({ ...meeting, meetingUntil: null });
    expect(problems).toEqual([{ key: 'problem_nudgesRepaired' }]);
    // State from before meetings had none.
    const { meetingUntil: _m, meetingHeld: _h, typingHeldSince: _t, ...older } = meeting;
    expect(parseNudges(older, NOW)).toEqual({
      value: { ...older, meetingUntil: null, meetingHeld: false, typingHeldSince: null },
      problems: [],
    });
  });

  it('resets only the fields that are out of bounds, and says so', () => {
    const { value, problems } = parseNudges({ ...nudges, shown: 1e9, dueAtMs: 1e308, rotation: { seed: -1, previous: 'x' } }, NOW);
    expect(value).toEqual({ ...nudges, shown: 0, dueAtMs: 0, rotation: INITIAL_NUDGES.rotation });
    expect(problems).toEqual([{ key: 'problem_nudgesRepaired' }]);
  });

  it('fills fields it does not find with their defaults, as written by an older version, and ignores ones it does not know', () => {
    const { warned: _warned, rotation: _rotation, ...older } = nudges;
    expect(parseNudges({ ...older, fromANewerVersion: NOW - H }, NOW)).toEqual({ value: nudges, problems: [] });
  });

  it('starts afresh from something that is not a record', () => {
    expect(parseNudges([1], NOW)).toEqual({ value: INITIAL_NUDGES, problems: [{ key: 'problem_nudgesUnreadable' }] });
  });
});
