import { SETTING_KEYS, type Settings } from '../core/settings';
import { type Problem, problem } from '../problems';
import { isRecord } from './items';
import { settingSchemas } from './schema';

/** Temporary until the storage rework lands: each key of a partial settings object, checked by its own schema. */
export function parseSettingsPatch(raw: unknown): { patch: Partial<Settings>; problems: Problem[] } {
  if (!isRecord(raw)) return { patch: {}, problems: [problem('problem_settingsUnreadable')] };
  const patch: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const parsed = SETTING_KEYS.includes(key as keyof Settings) ? settingSchemas[key as keyof Settings].safeParse(value) : null;
    if (parsed?.success) patch[key] = parsed.data;
    else problems.push(problem('problem_settingInvalid', key.slice(0, 40), '…'));
  }
  return { patch: patch as Partial<Settings>, problems };
}
