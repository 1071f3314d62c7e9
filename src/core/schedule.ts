import { nextMidnight } from './days';
import type { WeekSchedule } from './settings';

function minuteOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

/** Whether `at` falls inside the working hours of its local weekday. */
export function isWorkingTime(schedule: WeekSchedule, at: number): boolean {
  const date = new Date(at);
  const minute = minuteOfDay(date);
  return (schedule[date.getDay()] ?? []).some((range) => minute >= range.start && minute < range.end);
}

/** The next moment working hours begin after `at`, within a week; null when the schedule is empty. */
export function nextWorkingStart(schedule: WeekSchedule, at: number): number | null {
  let dayStart = new Date(at);
  dayStart = new Date(dayStart.getFullYear(), dayStart.getMonth(), dayStart.getDate());
  for (let offset = 0; offset <= 7; offset++) {
    const day = new Date(dayStart.getFullYear(), dayStart.getMonth(), dayStart.getDate() + offset);
    for (const range of schedule[day.getDay()] ?? []) {
      const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, range.start).getTime();
      if (start > at) return start;
    }
  }
  return null;
}

export type PauseChoice = { minutes: number } | { until: 'tomorrow' };

/** When a pause chosen at `now` ends: after the minutes, or at the next local midnight. */
export function pauseEnd(now: number, choice: PauseChoice): number {
  return 'minutes' in choice ? now + choice.minutes * 60_000 : nextMidnight(now);
}
