/** Every user setting with its default and allowed range; the storage schema and the options form are built from this table. */
export const SETTING_LIMITS = {
  breakIntervalMinutes: { min: 5, max: 120, fallback: 30 },
  naturalBreakMinutes: { min: 1, max: 30, fallback: 2 },
  idleDetectionSeconds: { min: 15, max: 600, fallback: 60 },
  snoozeMinutes: { min: 1, max: 60, fallback: 5 },
} as const;

export type SettingKey = keyof typeof SETTING_LIMITS;
export type Settings = { [K in SettingKey]: number };

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  Object.entries(SETTING_LIMITS).map(([key, limit]) => [key, limit.fallback]),
) as Settings;

export const SETTING_KEYS = Object.keys(SETTING_LIMITS) as SettingKey[];
