import * as z from 'zod/mini';
import { MAX_BOUT_MS, MAX_COUNT } from '../core/day-limits';
import type { EngineState } from '../core/engine';
import type { NudgeState } from '../core/nudges';
import { NUDGE_STYLES, NUMBER_SETTINGS, type NumberSettingKey, type Settings, THEMES, type TimeRange } from '../core/settings';
import { STANDING_END_REASONS } from '../core/standing';
import type { Dose, RoutineStep } from '../core/stretches/types';

/**
 * zod/mini keeps pages small; these schemas say what shape may be stored. What a day may hold is
 * clampDay's rule (core/day-limits.ts), read by records.ts without a schema, and its limits are used
 * here wherever a count appears.
 */
export const numberSettingSchemas = Object.fromEntries(
  Object.entries(NUMBER_SETTINGS).map(([key, { min, max }]) => [key, z.int().check(z.gte(min), z.lte(max))]),
) as Record<NumberSettingKey, z.ZodMiniInt>;

const minuteOfDay = z.int().check(z.gte(0), z.lte(1440));
const timeRange: z.ZodMiniType<TimeRange> = z.object({ start: minuteOfDay, end: minuteOfDay });

/** Ranges sorted, each non-empty, none overlapping the next. */
function rangesInOrder(ranges: TimeRange[]): boolean {
  return ranges.every((range, i) => range.start < range.end && (i === 0 || (ranges[i - 1] as TimeRange).end <= range.start));
}

export const weekScheduleSchema = z
  .array(z.array(timeRange).check(z.maxLength(8), z.refine(rangesInOrder, 'Time ranges must not overlap.')))
  .check(z.length(7));

const positive = (max: number) => z.number().check(z.gt(0), z.lte(max));
export const doseSchema: z.ZodMiniType<Dose> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hold'), seconds: positive(300) }),
  z.object({ kind: z.literal('time'), seconds: positive(600) }),
  z.object({ kind: z.literal('reps'), count: z.int().check(z.gte(1), z.lte(100)), secondsPerRep: positive(30) }),
  z.object({ kind: z.literal('breaths'), count: z.int().check(z.gte(1), z.lte(60)), secondsPerBreath: positive(30) }),
]);

/**
 * A move or routine id. A refine rather than z.regex: it accepts the same strings (and the options page
 * words either refusal as "invalid"), without zod's string-format checks in the worker for two fields.
 */
const ID_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const id = z.string().check(z.refine((value) => ID_PATTERN.test(value)));

const routineStep: z.ZodMiniType<RoutineStep> = z.object({
  moveId: id,
  dose: z.optional(doseSchema),
});

/** One schema per setting, so a bad field falls back alone. */
export const settingSchemas: { [K in keyof Settings]: z.ZodMiniType<Settings[K]> } = {
  ...numberSettingSchemas,
  nudgeStyle: z.enum(NUDGE_STYLES),
  theme: z.enum(THEMES),
  preBreakWarning: z.boolean(),
  deferWhileFullscreen: z.boolean(),
  deferWhileAudible: z.boolean(),
  waitForTypingPause: z.boolean(),
  openTabIfUnanswered: z.boolean(),
  holdDuringCalls: z.boolean(),
  audioKeepsSitting: z.boolean(),
  chime: z.boolean(),
  voice: z.boolean(),
  routine: id,
  customRoutine: z.array(routineStep).check(z.maxLength(20)),
  workingHours: weekScheduleSchema,
};

const instant = z.number().check(z.gte(0));
const count = z.int().check(z.gte(0), z.lte(MAX_COUNT));

/** A span's start and end: an array of exactly two, the check z.tuple makes, without zod's tuple code in the worker. */
const span = z.array(instant).check(z.length(2)) as unknown as z.ZodMiniType<[number, number]>;

const boutSchema = z.object({
  startedAt: instant,
  // Order, overlaps and bounds in time are repaired by the reader (parse.ts); only the shape is checked here.
  spans: z.array(span).check(z.maxLength(10_000)),
});

export const engineSchema: z.ZodMiniType<EngineState> = z.object({
  presence: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('unknown') }),
    z.object({ kind: z.literal('active'), since: instant }),
    z.object({ kind: z.literal('away'), reason: z.enum(['idle', 'locked']), since: instant, lockedAt: z.optional(instant) }),
  ]),
  lastSignalAt: z.nullable(instant),
  bout: z.nullable(boutSchema),
  // Absent in state stored before standing existed: that reads as sitting, and needs no repair.
  standing: z.optional(z.nullable(boutSchema)),
  standingEnded: z.optional(z.nullable(z.enum(STANDING_END_REASONS))),
});

/**
 * One schema per field of the reminder state, so a bad field falls back alone to its value in
 * INITIAL_NUDGES, and a field the stored state lacks (written before the field existed) takes it
 * silently. A field added to NudgeState and INITIAL_NUDGES needs only its line here.
 */
export const nudgeFieldSchemas: { [K in keyof NudgeState]-?: z.ZodMiniType<NudgeState[K]> } = {
  boutStartedAt: z.nullable(instant),
  shown: count,
  snoozes: count,
  // A due time past the longest possible bout would never come.
  dueAtMs: z.number().check(z.gte(0), z.lte(MAX_BOUT_MS)),
  warned: z.boolean(),
  ignoredCounted: z.boolean(),
  pausedUntil: z.nullable(instant),
  lastBreakEndedAt: z.nullable(instant),
  standingRemindedFor: z.nullable(instant),
  meetingUntil: z.nullable(instant),
  meetingHeld: z.boolean(),
  typingHeldSince: z.nullable(instant),
  notificationsBlocked: z.boolean(),
  settledReminder: z.nullable(count),
  rotation: z.object({
    seed: z.int().check(z.gte(0)),
    previous: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
  }),
};
