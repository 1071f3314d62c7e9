import { NUMBER_SETTINGS } from '../core/settings';
import { isRecord } from './records';

/** Version 1's one natural-break length, for any absence; version 2 keeps it for no input alone. */
const V1_NATURAL_BREAK_DEFAULT = 2;

/**
 * Version 1 settings into version 2, where `naturalBreakMinutes` became the no-input length (default
 * 5, was 2) and a lock got its own `lockedBreakMinutes` (absent, so its default). Nothing else changes.
 *
 * Who changed the old value cannot be told from whether the key is stored: every save writes every
 * setting (settings-writer.ts), so a person who changed only the break interval has the default 2
 * stored too. So the value decides: 2 was the default and moves to the new default; any other value
 * was a choice and is kept. The few who chose 2 on purpose get 5, and can set 2 again. A value that
 * is not a valid setting stays as it is, for the reader to report and repair as before. Settings sync:
 * an older HipCheck on another computer may still write its default 2 after this ran, and that 2 stays.
 */
export function settingsV2(raw: unknown): unknown {
  if (!isRecord(raw) || raw.naturalBreakMinutes !== V1_NATURAL_BREAK_DEFAULT) return raw;
  return { ...raw, naturalBreakMinutes: NUMBER_SETTINGS.naturalBreakMinutes.fallback };
}
