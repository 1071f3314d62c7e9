import * as z from 'zod/mini';
import type { Settings } from '../core/settings';
import { POSTURES } from '../core/standing';
import type { Request } from '../messages';

const instant = z.number().check(z.gte(0));

/** Messages are checked before they touch the books: a page bug must not corrupt history. */
export const requestSchema: z.ZodMiniType<Request> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('break:open') }),
  z.object({ type: z.literal('break:done'), startedAt: instant, completed: z.boolean() }),
  z.object({ type: z.literal('nudge:snooze') }),
  z.object({
    type: z.literal('pause'),
    choice: z.union([z.object({ minutes: z.int().check(z.gte(1), z.lte(24 * 60)) }), z.object({ until: z.literal('tomorrow') })]),
  }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('meeting'), held: z.boolean() }),
  z.object({ type: z.literal('posture'), posture: z.enum(POSTURES) }),
  z.object({ type: z.literal('posture:seen') }),
  z.object({ type: z.literal('repair') }),
  z.object({ type: z.literal('import'), text: z.string(), id: z.string().check(z.maxLength(64)) }),
  z.object({ type: z.literal('reset') }),
  // Each setting in the patch is checked against its schema by the background before anything is written.
  z.object({ type: z.literal('settings:update'), patch: z.record(z.string(), z.unknown()) as z.ZodMiniType<Partial<Settings>> }),
  z.object({ type: z.literal('repairs:seen') }),
]);
