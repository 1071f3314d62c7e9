import type { RoutineStep } from './stretches/types';

/** Minutes after local midnight: [start, end), 0 ≤ start < end ≤ 1440. */
export interface TimeRange {
  start: number;
  end: number;
}

/** Working hours per weekday, indexed like Date.getDay(): 0 is Sunday. */
export type WeekSchedule = TimeRange[][];

export const ALWAYS: WeekSchedule = Array.from({ length: 7 }, () => [{ start: 0, end: 1440 }]);

/** Numeric settings with their allowed ranges and defaults; the schema and the form are built from this. */
export const NUMBER_SETTINGS = {
  breakIntervalMinutes: { min: 5, max: 120, fallback: 30 },
  /** No input, the screen not locked, this long: the person got up (shorter is reading or thinking). */
  naturalBreakMinutes: { min: 1, max: 30, fallback: 5 },
  /** The screen locked this long: the person got up. A lock is near-certain proof, so it needs less time. */
  lockedBreakMinutes: { min: 1, max: 30, fallback: 1 },
  idleDetectionSeconds: { min: 15, max: 600, fallback: 60 },
  snoozeMinutes: { min: 1, max: 60, fallback: 5 },
  maxReminders: { min: 0, max: 10, fallback: 3 },
  maxSnoozesPerBout: { min: 0, max: 10, fallback: 2 },
  /** Sitting the person aims to stay under in a day; the popup measures against it. */
  dailyGoalMinutes: { min: 60, max: 960, fallback: 360 },
  /** Standing at a sit-stand desk this long brings one "change position" reminder; 0 turns it off. */
  standingReminderMinutes: { min: 0, max: 240, fallback: 45 },
} as const;

export const NUDGE_STYLES = ['notification', 'tab', 'badge'] as const;
export type NudgeStyle = (typeof NUDGE_STYLES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type NumberSettingKey = keyof typeof NUMBER_SETTINGS;

export interface Settings extends Record<NumberSettingKey, number> {
  /** How a due break shows itself: a system notification, the break tab, or only the badge. */
  nudgeStyle: NudgeStyle;
  theme: Theme;
  /** A quiet heads-up one minute before the nudge. */
  preBreakWarning: boolean;
  deferWhileFullscreen: boolean;
  deferWhileAudible: boolean;
  /** A nudge due while the person types waits for a pause, at most two minutes (core/typing-pause.ts). */
  waitForTypingPause: boolean;
  /** With notifications, the break tab opens once a bout when the last reminder goes unanswered (unanswered.ts). */
  openTabIfUnanswered: boolean;
  /**
   * Nudges wait while a tab is in a video call (core/calls.ts). Off by default: it needs host
   * permissions on the call sites, asked for only when the person turns it on.
   */
  holdDuringCalls: boolean;
  /** Idle while a tab plays sound (a film, a call) is still sitting. */
  audioKeepsSitting: boolean;
  chime: boolean;
  voice: boolean;
  /** A built-in routine id, 'rotate' or 'custom'. */
  routine: string;
  customRoutine: RoutineStep[];
  workingHours: WeekSchedule;
}

const numberDefaults = Object.fromEntries(Object.entries(NUMBER_SETTINGS).map(([key, limit]) => [key, limit.fallback])) as Record<
  NumberSettingKey,
  number
>;

export const DEFAULT_SETTINGS: Settings = {
  ...numberDefaults,
  nudgeStyle: 'notification',
  theme: 'system',
  preBreakWarning: false,
  deferWhileFullscreen: true,
  deferWhileAudible: true,
  waitForTypingPause: true,
  openTabIfUnanswered: true,
  holdDuringCalls: false,
  audioKeepsSitting: true,
  chime: false,
  voice: false,
  routine: 'hip_flexor_release',
  customRoutine: [],
  workingHours: ALWAYS,
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;
export const NUMBER_SETTING_KEYS = Object.keys(NUMBER_SETTINGS) as NumberSettingKey[];

/** Deep equality for setting values (plain data), ignoring keys whose value is undefined. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
    const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
    return (
      keysA.length === keysB.length &&
      keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  return false;
}

/** The keys of `patch` that would change `current`. */
export function changedSettings(current: Settings, patch: Partial<Settings>): Array<keyof Settings> {
  return SETTING_KEYS.filter((key) => key in patch && !sameValue(patch[key], current[key]));
}
