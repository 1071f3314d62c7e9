import { HOUR, local, MIN, sitting, ticks } from '../../test/timeline';
import { closeAt, INITIAL_ENGINE, type Signal, step, type Tracked } from './engine';
import { replay } from './replay';
import { DEFAULT_SETTINGS } from './settings';

/** The engine's edges, each met exactly: one millisecond either side is a different day in the books. */
const at = (h: number, mi = 0, s = 0) => local(2026, 6, 10, h, mi, s);
const today = (signals: Signal[], options: Parameters<typeof replay>[1] = {}) => replay(signals, options).days['2026-06-10'];
const run = (signals: Signal[], settings = DEFAULT_SETTINGS): Tracked =>
  signals.reduce<Tracked>((t, signal) => step(t, signal, settings), { engine: INITIAL_ENGINE, history: {} });

describe('the engine at its thresholds', () => {
  it('does not count a bout of exactly 30 minutes as prolonged sitting; one a minute longer is', () => {
    expect(today(sitting(at(9), at(9, 30)))).toMatchObject({ sittingMs: 30 * MIN, prolongedMs: 0 });
    expect(today(sitting(at(9), at(9, 31)))).toMatchObject({ sittingMs: 31 * MIN, prolongedMs: 31 * MIN });
    // closeAt, as the popup's live view of today closes the open bout.
    const open = run(sitting(at(9), at(9, 30)));
    expect(closeAt(open, at(9, 30), DEFAULT_SETTINGS).history['2026-06-10']).toMatchObject({ prolongedMs: 0 });
    expect(closeAt(open, at(9, 30, 1), DEFAULT_SETTINGS).history['2026-06-10']).toMatchObject({ prolongedMs: 30 * MIN + 1000 });
  });

  it('counts the time between two ticks exactly two tick periods apart as sitting, and a longer gap not', () => {
    const gap = (next: number) => [...sitting(at(9), at(9, 10)), ...ticks(next - MIN, at(9, 20))];
    expect(today(gap(at(9, 12)), { settings: { naturalBreakMinutes: 10 } })).toMatchObject({ sittingMs: 20 * MIN, bouts: 1 });
    expect(today(gap(at(9, 12) + 1), { settings: { naturalBreakMinutes: 10 } })).toMatchObject({
      sittingMs: 20 * MIN - (2 * MIN + 1),
      bouts: 1,
    });
  });

  it('ends the bout at a silent gap of exactly the natural break length, without counting a break', () => {
    const silent = (next: number) => [...sitting(at(9), at(9, 10)), ...ticks(next - MIN, at(9, 30))];
    // Unseen time proves nothing about the screen: the gap takes the no-input length, not the shorter lock's.
    const settings = { naturalBreakMinutes: 5, lockedBreakMinutes: 1 };
    expect(today(silent(at(9, 15)), { settings })).toMatchObject({ bouts: 2, naturalBreaks: 0, sittingMs: 25 * MIN });
    expect(today(silent(at(9, 15) - 1), { settings })).toMatchObject({ bouts: 1, naturalBreaks: 0 });
  });

  it('keeps the sitting before a return when idle is reported just after it, inside the bout', () => {
    // Back at 9:21 from a short lock; idle 30 s later (detection 60 s) cannot mean the person left before 9:21.
    const { days } = replay(
      [
        ...sitting(at(9), at(9, 20)),
        { at: at(9, 20), type: 'locked' },
        { at: at(9, 21), type: 'active' },
        { at: at(9, 21, 30), type: 'idle' },
        ...sitting(at(10), at(10, 5)),
      ],
      { settings: { lockedBreakMinutes: 2 } },
    );
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 26 * MIN, bouts: 2, longestBoutMs: 21 * MIN, naturalBreaks: 1 });
  });

  it("gives each day its own part of a bout across midnight as that day's longest bout, keeping a longer one", () => {
    const { days } = replay([
      ...sitting(local(2026, 6, 10, 10), local(2026, 6, 10, 10, 25)),
      { at: local(2026, 6, 10, 10, 25), type: 'locked' },
      ...sitting(local(2026, 6, 10, 23, 45), local(2026, 6, 11, 0, 20)),
    ]);
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 40 * MIN, bouts: 2, longestBoutMs: 25 * MIN, prolongedMs: 15 * MIN });
    expect(days['2026-06-11']).toMatchObject({ sittingMs: 20 * MIN, bouts: 1, longestBoutMs: 20 * MIN, prolongedMs: 20 * MIN });
  });

  it('keeps a bout’s spans in order when the clock is set back, and counts each minute once', () => {
    const signals: Signal[] = [...sitting(at(9), at(10)), ...ticks(at(9, 30) - MIN, at(10))];
    let tracked: Tracked = { engine: INITIAL_ENGINE, history: {} };
    for (const signal of signals) {
      tracked = step(tracked, signal, DEFAULT_SETTINGS);
      const spans = tracked.engine.bout?.spans ?? [];
      for (const [i, [from, to]] of spans.entries()) {
        expect(from).toBeLessThan(to);
        if (i > 0) expect(from).toBeGreaterThanOrEqual((spans[i - 1] as [number, number])[1]);
        expect(from).toBeGreaterThanOrEqual(tracked.engine.bout?.startedAt ?? 0);
      }
    }
    const day = closeAt(tracked, at(10), DEFAULT_SETTINGS).history['2026-06-10'];
    expect(day).toMatchObject({ sittingMs: HOUR + 30 * MIN, bouts: 2, longestBoutMs: HOUR });
  });

  it('counts an absence after the clock is set back as a natural break, measured on the new clock', () => {
    // The minute's lock at 9:50 is not a break here; the absence after the jump is.
    const { days } = replay(
      [
        ...sitting(at(9), at(9, 50)),
        { at: at(9, 50), type: 'locked' },
        { at: at(9, 51), type: 'active' },
        ...ticks(at(9, 51), at(9, 55)),
        // Set back 25 minutes; the person leaves at 9:34 by the new clock and comes back at 9:50.
        ...ticks(at(9, 30) - MIN, at(9, 35)),
        { at: at(9, 35), type: 'idle' },
        ...sitting(at(9, 50), at(10)),
      ],
      { settings: { lockedBreakMinutes: 2 } },
    );
    expect(days['2026-06-10']).toMatchObject({ sittingMs: 55 * MIN + 4 * MIN + 10 * MIN, bouts: 3, naturalBreaks: 1 });
  });
});

describe('natural breaks, with the screen locked and not', () => {
  /** Two lengths far enough apart that a rule using the wrong one misses each edge below. */
  const settings = { lockedBreakMinutes: 3, naturalBreakMinutes: 7, idleDetectionSeconds: 60 };
  /** Sitting 9:00–9:21, then what the system reports, then back at `returned` and sitting to 9:40. */
  const day = (away: Signal[], returned: number) => [...sitting(at(9), at(9, 21)), ...away, ...sitting(returned, at(9, 40))];
  /** Reported at 9:21 with 60 s detection: input stopped at 9:20. */
  const idle: Signal = { at: at(9, 21), type: 'idle' };

  it('counts a lock of exactly lockedBreakMinutes as a natural break, and a moment less as sitting', () => {
    const locked: Signal[] = [{ at: at(9, 21), type: 'locked' }];
    expect(today(day(locked, at(9, 24)), { settings })).toMatchObject({ bouts: 2, naturalBreaks: 1, sittingMs: 21 * MIN + 16 * MIN });
    expect(today(day(locked, at(9, 24) - 1), { settings })).toMatchObject({ bouts: 1, naturalBreaks: 0, sittingMs: 40 * MIN });
  });

  it('counts no input of exactly naturalBreakMinutes as a natural break, and a moment less as reading', () => {
    expect(today(day([idle], at(9, 27)), { settings })).toMatchObject({ bouts: 2, naturalBreaks: 1, sittingMs: 20 * MIN + 13 * MIN });
    expect(today(day([idle], at(9, 27) - 1), { settings })).toMatchObject({ bouts: 1, naturalBreaks: 0, sittingMs: 40 * MIN });
  });

  it('takes 5 minutes without input for a natural break by default, and 1 minute of a locked screen', () => {
    expect(today(day([idle], at(9, 25)))).toMatchObject({ bouts: 2, naturalBreaks: 1 });
    expect(today(day([idle], at(9, 25) - 1))).toMatchObject({ bouts: 1, naturalBreaks: 0 });
    expect(today(day([{ at: at(9, 21), type: 'locked' }], at(9, 22)))).toMatchObject({ bouts: 2, naturalBreaks: 1 });
    expect(today(day([{ at: at(9, 21), type: 'locked' }], at(9, 22) - 1))).toMatchObject({ bouts: 1, naturalBreaks: 0 });
  });

  it('counts a lock that follows idle from the lock itself, not from when input stopped', () => {
    // Input stopped at 9:20; the screen locked at 9:22, and had been locked 3 minutes at 9:25.
    const idleThenLocked: Signal[] = [idle, { at: at(9, 22), type: 'locked' }];
    expect(today(day(idleThenLocked, at(9, 25)), { settings })).toMatchObject({
      bouts: 2,
      naturalBreaks: 1,
      sittingMs: 20 * MIN + 15 * MIN,
    });
    expect(today(day(idleThenLocked, at(9, 25) - 1), { settings })).toMatchObject({ bouts: 1, naturalBreaks: 0, sittingMs: 40 * MIN });
  });

  it('counts a lock from when it began, however often it is reported again', () => {
    const reported: Signal[] = [
      { at: at(9, 21), type: 'locked' },
      { at: at(9, 23), type: 'locked' },
    ];
    expect(today(day(reported, at(9, 24)), { settings })).toMatchObject({ bouts: 2, naturalBreaks: 1 });
  });

  it('still counts no input of naturalBreakMinutes as a break when the screen locked only near its end', () => {
    // Locked 30 s before the no-input length ran out: the lock is short, the absence is not.
    const lateLock: Signal[] = [idle, { at: at(9, 26, 30), type: 'locked' }];
    expect(today(day(lateLock, at(9, 27)), { settings })).toMatchObject({ bouts: 2, naturalBreaks: 1 });
    expect(today(day(lateLock, at(9, 27) - 1), { settings })).toMatchObject({ bouts: 1, naturalBreaks: 0 });
  });

  it('never makes a locked screen wait longer than no input would, when the lock length is the longer setting', () => {
    const slowLock = { lockedBreakMinutes: 10, naturalBreakMinutes: 4 };
    const locked: Signal[] = [{ at: at(9, 21), type: 'locked' }];
    expect(today(day(locked, at(9, 25)), { settings: slowLock })).toMatchObject({ bouts: 2, naturalBreaks: 1 });
    expect(today(day(locked, at(9, 25) - 1), { settings: slowLock })).toMatchObject({ bouts: 1, naturalBreaks: 0 });
  });
});
