import { nextMidnight } from './days';
import type { WeekSchedule } from './settings';

function minuteOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

/** Whether `at` falls inside the working hours of its local weekday. */
export function isWorkingTime(schedule: WeekSchedule, at: number): boolean {
  const date = new Date(at);
  const minute = minuteOfDay(date);
  // Stryker disable next-line ArrayDeclaration: a filler entry has no start or end, so it never matches a minute either
  return (schedule[date.getDay()] ?? []).some((range) => minute >= range.start && minute < range.end);
}

export type PauseChoice = { minutes: number } | { until: 'tomorrow' };

/** When a pause chosen at `now` ends: after the minutes, or at the next local midnight. */
export function pauseEnd(now: number, choice: PauseChoice): number {
  return 'minutes' in choice ? now + choice.minutes * 60_000 : nextMidnight(now);
}
