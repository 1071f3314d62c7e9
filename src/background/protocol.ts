import * as z from 'zod/mini';
import type { Settings } from '../core/settings';
import { MAX_NAME } from '../core/shared-days';
import { POSTURES } from '../core/standing';
import type { Request } from '../messages';
import { isComputerId } from '../storage/computers';
import { isRecord } from '../storage/records';

const instant = z.number().check(z.gte(0));

/**
 * The patch is checked as z.record(z.string(), z.unknown()) checked it, written out because zod's record
 * code alone would be 2.4 KB of the worker: a plain object (zod's isPlainObject: an object literal or
 * Object.create(null), not an array, a Map or a class's instance) with no enumerable symbol key.
 */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const made = value.constructor;
  const plain = typeof made !== 'function' || (isRecord(made.prototype) && Object.hasOwn(made.prototype, 'isPrototypeOf'));
  return plain && Object.getOwnPropertySymbols(value).every((key) => !Object.prototype.propertyIsEnumerable.call(value, key));
}

/** And copied as z.record copied it: an own `__proto__` key is left out, so it is neither a setting nor an unknown one. */
function withoutProtoKey(patch: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) if (key !== '__proto__') copy[key] = value;
  return copy;
}

// Each setting in the patch is checked against its schema by the background before anything is written.
const settingsPatch = z.custom(isPlainRecord).check(z.overwrite(withoutProtoKey)) as z.ZodMiniType<Partial<Settings>>;

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
  z.object({ type: z.literal('settings:update'), patch: settingsPatch }),
  z.object({ type: z.literal('repairs:seen') }),
  z.object({
    type: z.literal('sharing'),
    on: z.optional(z.boolean()),
    name: z.optional(z.string().check(z.maxLength(MAX_NAME))),
  }),
  z.object({ type: z.literal('computer:forget'), id: z.string().check(z.refine(isComputerId)) }),
]);
