import { changedSettings, type Settings } from '../core/settings';
import { settingsItem } from '../storage/items';
import { parseSettings, repairedSettings } from '../storage/parse';
import { isRecord } from '../storage/records';

/**
 * Writes `patch` over the stored settings, repaired where they needed it, and returns the settings it
 * changed. Only the background calls this, one event at a time, so two pages saving at once never
 * undo each other. Throws when the browser refuses the write (a full sync quota), with nothing stored.
 */
export async function writeSettings(patch: Partial<Settings>): Promise<Array<keyof Settings>> {
  const raw = await settingsItem.getValue();
  const current = parseSettings(raw).value;
  const repaired = repairedSettings(raw);
  const changed = changedSettings(current, patch);
  // Keys this version does not know stay: a newer HipCheck on another computer may own them.
  if (changed.length > 0 || repaired) await settingsItem.setValue({ ...current, ...(repaired ?? (isRecord(raw) ? raw : {})), ...patch });
  return changed;
}
