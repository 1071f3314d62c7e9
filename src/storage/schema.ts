import * as z from 'zod/mini';
import type { EngineState } from '../core/engine';
import type { DayStats } from '../core/history';
import { SETTING_LIMITS, type SettingKey } from '../core/settings';

/** zod/mini keeps pages small; these schemas are the one definition of what may be stored. */
export const settingSchemas = Object.fromEntries(
  Object.entries(SETTING_LIMITS).map(([key, { min, max }]) => [key, z.int().check(z.gte(min), z.lte(max))]),
) as Record<SettingKey, z.ZodMiniInt>;

const count = z.int().check(z.gte(0), z.lte(10_000));
/** No day, even a 25-hour one with a clock set back, holds more than 48 hours. */
const dayMs = z.number().check(z.gte(0), z.lte(48 * 3_600_000));

export const dayStatsSchema: z.ZodMiniType<DayStats> = z.object({
  sittingMs: dayMs,
  bouts: count,
  longestBoutMs: dayMs,
  prolongedMs: dayMs,
  naturalBreaks: count,
  guidedBreaks: count,
  partialBreaks: count,
  nudges: count,
  snoozes: count,
  ignoredNudges: count,
});

const instant = z.number().check(z.gte(0));

export const engineSchema: z.ZodMiniType<EngineState> = z.object({
  presence: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('unknown') }),
    z.object({ kind: z.literal('active'), since: instant }),
    z.object({ kind: z.literal('away'), reason: z.enum(['idle', 'locked']), since: instant }),
  ]),
  lastSignalAt: z.nullable(instant),
  bout: z.nullable(
    z.object({
      startedAt: instant,
      spans: z.array(z.tuple([instant, instant])).check(z.maxLength(10_000)),
    }),
  ),
});
