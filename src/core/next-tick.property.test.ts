import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS, settingsArb, timelineArb } from '../../test/arbitraries';
import { local, MIN } from '../../test/timeline';
import { currentBout, currentStanding, type EngineState, INITIAL_ENGINE, step, TICK_MS, type Tracked } from './engine';
import { nextTickAt } from './next-tick';
import { decideNudge, INITIAL_NUDGES, type NudgeState } from './nudges';
import { NUMBER_SETTINGS, type Settings } from './settings';
import { decideStandingReminder } from './standing';

/** Sitting times near `sittingMs`: just before, at and just after it, and anywhere in the next two minutes. */
const nearArb = (sittingMs: number) =>
  fc.oneof(fc.constantFrom(-1, 0, 1), fc.integer({ min: -MIN, max: 2 * MIN })).map((offset) => Math.max(0, sittingMs + offset));

/**
 * Nudge counters as stored: for this bout or another, before or after nudges and snoozes, paused or
 * not, in a meeting ending soon, later or not, with the next nudge pushed anywhere or close to the bout's sitting at `now`.
 */
const nudgesArb = (boutStartedAt: number | null, standingSince: number | null, now: number, sittingMs: number): fc.Arbitrary<NudgeState> =>
  fc.record({
    boutStartedAt: fc.oneof(
      { arbitrary: fc.constant(boutStartedAt), weight: 3 },
      fc.constant(boutStartedAt === null ? null : boutStartedAt - 1),
    ),
    shown: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 12 })),
    snoozes: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 11 })),
    dueAtMs: fc.oneof(
      fc.integer({ min: 0, max: 4 * 60 * MIN }),
      fc.integer({ min: 0, max: 240 }).map((m) => m * MIN),
      { arbitrary: nearArb(sittingMs), weight: 6 },
    ),
    warned: fc.boolean(),
    ignoredCounted: fc.boolean(),
    pausedUntil: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, fc.constantFrom(now - 1, now + 24 * 60 * MIN)),
    lastBreakEndedAt: fc.constant(null),
    rotation: fc.constant(INITIAL_NUDGES.rotation),
    notificationsBlocked: fc.boolean(),
    settledReminder: fc.constantFrom(null, 1, 4),
    standingRemindedFor: fc.constantFrom(null, standingSince),
    meetingUntil: fc.oneof(
      { arbitrary: fc.constant(null), weight: 3 },
      fc.constant(now - 1),
      fc.integer({ min: 1, max: 2 * MIN }).map((ms) => now + ms),
      fc.constant(now + 40 * MIN),
    ),
    meetingHeld: fc.boolean(),
    typingHeldSince: fc.constant(null),
  });

const scenarioArb = fc
  .record({
    settings: fc.tuple(settingsArb, fc.boolean()).map(([settings, preBreakWarning]) => ({ ...settings, preBreakWarning })),
    signals: timelineArb,
    // How long after the last signal the question is asked: right after it (every event), or up to a period later (a worker start).
    later: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: TICK_MS })),
  })
  .chain(({ settings, signals, later }) => {
    let tracked: Tracked = { engine: INITIAL_ENGINE, history: {} };
    for (const signal of signals) tracked = step(tracked, signal, settings);
    const { engine } = tracked;
    const now = (engine.lastSignalAt ?? local(2026, 6, 10)) + later;
    const sittingMs = currentBout(engine, now, settings)?.sittingMs ?? 0;
    const standingMs = currentStanding(engine, now, settings)?.standingMs ?? 0;
    // The interval anywhere in its range, or near the bout's sitting: just passed, or among the next whole minutes.
    const { min, max } = NUMBER_SETTINGS.breakIntervalMinutes;
    const intervalArb = fc.oneof(fc.constant(settings.breakIntervalMinutes), {
      arbitrary: fc.integer({ min: -2, max: 2 }).map((more) => Math.min(max, Math.max(min, Math.floor(sittingMs / MIN) + more))),
      weight: 3,
    });
    // The standing reminder likewise: where it is, or near the standing time (0 turns it off).
    const standingArb = fc.oneof(
      fc.constant(settings.standingReminderMinutes),
      fc.integer({ min: -2, max: 2 }).map((more) => Math.max(0, Math.floor(standingMs / MIN) + more)),
    );
    return fc
      .tuple(intervalArb, standingArb, nudgesArb(engine.bout?.startedAt ?? null, engine.standing?.startedAt ?? null, now, sittingMs))
      .map(([breakIntervalMinutes, standingReminderMinutes, nudges]) => ({
        settings: { ...settings, breakIntervalMinutes, standingReminderMinutes },
        engine,
        nudges,
        now,
      }));
  });

/** What the person could see change at `at`: the badge's minutes, and whether a warning, nudge or standing reminder would come. */
function seen(engine: EngineState, nudges: NudgeState, settings: Settings, at: number) {
  const bout = currentBout(engine, at, settings);
  const standing = currentStanding(engine, at, settings);
  const context = { now: at, settings, workingTime: true, deferred: false };
  const { action } = decideNudge(nudges, {}, { ...context, bout });
  const reminder = decideStandingReminder(nudges, { ...context, standing }).action;
  return {
    minutes: bout ? Math.floor(bout.sittingMs / MIN) : null,
    standing: standing ? Math.floor(standing.standingMs / MIN) : null,
    action: action.kind,
    reminder: reminder.kind,
  };
}

describe('the next tick, for any engine state, nudge counters and settings', { timeout: FC_TIMEOUT_MS }, () => {
  it('is never in the past, never more than a period ahead, and never skips a minute turn or a due moment', () => {
    fc.assert(
      fc.property(scenarioArb, ({ settings, engine, nudges, now }) => {
        const next = nextTickAt(engine, nudges, settings, now);
        if (engine.presence.kind !== 'active') {
          expect(next).toBeNull();
          return;
        }
        expect(next).not.toBeNull();
        const at = next as number;
        expect(at).toBeGreaterThan(now);
        expect(at).toBeLessThanOrEqual(now + TICK_MS);
        // Sitting only grows until the next tick, so what is seen just before it is what is seen at
        // every moment before it: nothing may change there that was not already so at `now`.
        expect(seen(engine, nudges, settings, at - 1)).toEqual(seen(engine, nudges, settings, now));
      }),
      { numRuns: FC_RUNS },
    );
  });
});
