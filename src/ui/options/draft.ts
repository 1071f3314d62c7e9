import {
  ALWAYS,
  NUMBER_SETTING_KEYS,
  NUMBER_SETTINGS,
  type NumberSettingKey,
  SETTING_KEYS,
  type Settings,
  sameValue,
  type TimeRange,
  type WeekSchedule,
} from '../../core/settings';
import { moveById } from '../../core/stretches/routines';
import type { Dose, RoutineStep } from '../../core/stretches/types';
import { t, uiLocale } from '../../i18n';
import { settingSchemas } from '../../storage/schema';
import { formatDuration } from '../format';

/**
 * What the form holds while someone edits: text exactly as typed, so a half-typed or wrong value
 * can be shown back with its message. Only `validateDraft` turns it into settings, through the
 * storage schemas, so the form never accepts what storage would refuse.
 */
export type PlainNumberKey = Exclude<NumberSettingKey, 'dailyGoalMinutes'>;
export const PLAIN_NUMBER_KEYS = NUMBER_SETTING_KEYS.filter((key) => key !== 'dailyGoalMinutes') as PlainNumberKey[];

export interface GoalDraft {
  hours: string;
  minutes: string;
}

/** A time range as two "HH:MM" strings; ids keep rows (and focus) stable while ranges move. */
export interface RangeDraft {
  id: string;
  start: string;
  end: string;
}

export interface HoursDraft {
  /** "Any time": the schedule is ALWAYS; `days` keeps the edited week so switching back restores it. */
  always: boolean;
  days: RangeDraft[][];
}

export interface StepDraft {
  id: string;
  moveId: string;
  /** Seconds for holds and timed moves, a count for reps and breaths. */
  amount: string;
  /** The dose the amount is applied to: the step's own override, or the move's. */
  baseDose: Dose | null;
  /** Whether the stored step carried its own dose, so an unchanged step round-trips unchanged. */
  hadDose: boolean;
}

export type Draft = Omit<Settings, NumberSettingKey | 'workingHours' | 'customRoutine'> &
  Record<PlainNumberKey, string> & {
    dailyGoalMinutes: GoalDraft;
    workingHours: HoursDraft;
    customRoutine: StepDraft[];
  };

let lastId = 0;
// Stryker disable next-line UpdateOperator: ids only need to be distinct, and counting down keeps them so as well
export const newId = (prefix: string) => `${prefix}${++lastId}`;

const MIDNIGHT = 1440;
const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes after midnight as "HH:MM"; the end of the day shows as 00:00, the way people write it. */
export function timeText(minutes: number): string {
  const m = minutes % MIDNIGHT;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

function parseTime(text: string): number {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** An end of 00:00 means midnight at the end of the day: a time input cannot say 24:00. */
const parseEnd = (text: string) => {
  const minutes = parseTime(text);
  return minutes === 0 ? MIDNIGHT : minutes;
};

export function rangeDraft(range: TimeRange): RangeDraft {
  // Stryker disable next-line StringLiteral: the counter alone keeps ids distinct; the prefix only helps someone reading the DOM
  return { id: newId('r'), start: timeText(range.start), end: timeText(range.end) };
}

/** What "only during working hours" starts from: Monday to Friday, nine to five. */
export function officeWeek(): RangeDraft[][] {
  return Array.from({ length: 7 }, (_, day) => (day >= 1 && day <= 5 ? [rangeDraft({ start: 9 * 60, end: 17 * 60 })] : []));
}

export function doseAmount(dose: Dose): number {
  return dose.kind === 'hold' || dose.kind === 'time' ? dose.seconds : dose.count;
}

export function withAmount(dose: Dose, amount: number): Dose {
  return dose.kind === 'hold' || dose.kind === 'time' ? { ...dose, seconds: amount } : { ...dose, count: amount };
}

export function stepDraft(step: RoutineStep): StepDraft {
  const baseDose = step.dose ?? moveById(step.moveId)?.dose ?? null;
  // Stryker disable next-line StringLiteral: the counter alone keeps ids distinct; the prefix only helps someone reading the DOM
  return { id: newId('s'), moveId: step.moveId, amount: baseDose ? String(doseAmount(baseDose)) : '', baseDose, hadDose: !!step.dose };
}

/** `previous` keeps the week someone was editing when the schedule is (back to) "any time". */
export function toDraft(settings: Settings, previous?: Draft): Draft {
  const { workingHours, customRoutine, dailyGoalMinutes, ...rest } = settings;
  const always = sameValue(workingHours, ALWAYS);
  const keptWeek = previous?.workingHours.days;
  return {
    ...rest,
    ...(Object.fromEntries(PLAIN_NUMBER_KEYS.map((key) => [key, String(settings[key])])) as Record<PlainNumberKey, string>),
    dailyGoalMinutes: { hours: String(Math.floor(dailyGoalMinutes / 60)), minutes: String(dailyGoalMinutes % 60) },
    workingHours: { always, days: always ? (keptWeek ?? officeWeek()) : workingHours.map((ranges) => ranges.map(rangeDraft)) },
    customRoutine: customRoutine.map(stepDraft),
  };
}

const numberText = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function sortedRanges(ranges: RangeDraft[]): Array<TimeRange & { id: string }> {
  return ranges
    .map((range) => ({ id: range.id, start: parseTime(range.start), end: parseEnd(range.end) }))
    .sort((a, b) => (Number.isNaN(a.start) ? 1 : Number.isNaN(b.start) ? -1 : a.start - b.start));
}

function scheduleFrom(hours: HoursDraft): WeekSchedule {
  return hours.always ? ALWAYS : hours.days.map((ranges) => sortedRanges(ranges).map(({ start, end }) => ({ start, end })));
}

function stepFrom(step: StepDraft): RoutineStep {
  if (!step.baseDose) return { moveId: step.moveId };
  const amount = numberText(step.amount);
  if (!step.hadDose && amount === doseAmount(step.baseDose)) return { moveId: step.moveId };
  return { moveId: step.moveId, dose: withAmount(step.baseDose, amount) };
}

function goalFrom(goal: GoalDraft): number {
  // A blank part counts as none: Number('') and Number('  ') are 0.
  const hours = Number(goal.hours);
  const minutes = Number(goal.minutes);
  return Number.isInteger(hours) && Number.isInteger(minutes) && hours >= 0 && minutes >= 0 ? hours * 60 + minutes : Number.NaN;
}

/** The value the draft proposes for one setting, before the schema has had its say. */
export function candidate(draft: Draft, key: keyof Settings): unknown {
  if (key === 'dailyGoalMinutes') return goalFrom(draft.dailyGoalMinutes);
  if (key === 'workingHours') return scheduleFrom(draft.workingHours);
  if (key === 'customRoutine') return draft.customRoutine.map(stepFrom);
  if (key in NUMBER_SETTINGS) return numberText(draft[key as PlainNumberKey]);
  return draft[key as keyof Draft];
}

/** Deep equality for settings values; key order does not matter, NaN never equals a stored number. */

export function isDirty(draft: Draft, base: Settings, key: keyof Settings): boolean {
  return !sameValue(candidate(draft, key), base[key]);
}

export function dirtyKeys(draft: Draft, base: Settings): Array<keyof Settings> {
  return SETTING_KEYS.filter((key) => isDirty(draft, base, key));
}

/** One message, tied to the element it explains (its id) and to the setting it belongs to. */
export interface Issue {
  key: keyof Settings;
  id: string;
  message: string;
}

export interface Validated {
  values: Settings;
  issues: Issue[];
}

const numberFormat = () => new Intl.NumberFormat(uiLocale());

type ZodIssue = { code: string; path: PropertyKey[]; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean };

/** The schema's own limit, in words: the message follows whatever the schema enforces. */
function limitMessage(issue: ZodIssue): string {
  const format = numberFormat();
  // zod gives every too_big issue its maximum and every too_small issue its minimum.
  if (issue.code === 'too_big') return t('limitAtMost', [format.format(Number(issue.maximum))]);
  if (issue.code === 'too_small')
    return issue.inclusive
      ? t('limitAtLeast', [format.format(Number(issue.minimum))])
      : t('limitAbove', [format.format(Number(issue.minimum))]);
  if (issue.code === 'invalid_type') return t('limitNumber');
  return t('limitInvalid');
}

const weekWith = (ranges: TimeRange[]): WeekSchedule => [ranges, [], [], [], [], [], []];
const dayAccepted = (ranges: TimeRange[]) => settingSchemas.workingHours.safeParse(weekWith(ranges)).success;

/** Formats minutes after midnight as a time of day in the reader's locale. */
export function clockText(minutes: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { hour: 'numeric', minute: '2-digit' }).format(new Date(2000, 0, 1, 0, minutes));
}

/**
 * The schema judges a day as a whole; to say which row is wrong it is asked again about each range
 * alone, then about each pair of neighbours, so the message lands next to the right inputs. Only a
 * week the schema refused comes here, and "any time" never is.
 */
function hoursIssues(hours: HoursDraft): Issue[] {
  const issues: Issue[] = [];
  hours.days.forEach((draftRanges, day) => {
    const ranges = sortedRanges(draftRanges);
    const whole = settingSchemas.workingHours.safeParse(weekWith(ranges));
    if (whole.success) return;
    const alone = ranges.map((range) => dayAccepted([range]));
    ranges.forEach((range, i) => {
      if (!alone[i]) {
        const missing = Number.isNaN(range.start) || Number.isNaN(range.end);
        issues.push({ key: 'workingHours', id: `range-${range.id}`, message: missing ? t('hoursMissing') : t('hoursEndBeforeStart') });
        return;
      }
      const before = ranges[i - 1];
      if (before && alone[i - 1] && !dayAccepted([before, range]))
        issues.push({
          key: 'workingHours',
          id: `range-${range.id}`,
          message: t('hoursOverlap', [clockText(before.start), clockText(before.end)]),
        });
    });
    if (issues.some((issue) => ranges.some((range) => issue.id === `range-${range.id}`))) return;
    // Each range and each pair of neighbours passed, so the schema's one refusal is the number of ranges.
    const limit = whole.error.issues[0] as ZodIssue;
    issues.push({ key: 'workingHours', id: `day-${day}`, message: t('hoursTooMany', [numberFormat().format(Number(limit.maximum))]) });
  });
  return issues;
}

function routineIssues(steps: StepDraft[], error: { issues: readonly ZodIssue[] }): Issue[] {
  const issues: Issue[] = [];
  for (const issue of error.issues) {
    const index = issue.path[0];
    // Stryker disable next-line ConditionalExpression: an issue about the list itself has no index, and steps[undefined] is undefined too
    const step = typeof index === 'number' ? steps[index] : undefined;
    if (step) {
      if (!issues.some((known) => known.id === `step-${step.id}`))
        issues.push({ key: 'customRoutine', id: `step-${step.id}`, message: limitMessage(issue) });
    } else {
      // The draft always holds an array of step objects, so outside a step only the list's length can fail.
      issues.push({
        key: 'customRoutine',
        id: 'customRoutine',
        message: t('routineTooMany', [numberFormat().format(Number(issue.maximum))]),
      });
    }
  }
  return issues;
}

function numberIssue(key: NumberSettingKey): Issue {
  const { min, max } = NUMBER_SETTINGS[key];
  if (key === 'dailyGoalMinutes') {
    const locale = uiLocale();
    return { key, id: key, message: t('goalError', [formatDuration(min * 60_000, locale), formatDuration(max * 60_000, locale)]) };
  }
  const format = numberFormat();
  return { key, id: key, message: t('rangeError', [format.format(min), format.format(max)]) };
}

/**
 * Runs every setting the draft proposes through `settingSchemas`. `values` holds what parsed (and
 * `base` where a value did not); nothing may be saved while `issues` is not empty.
 */
export function validateDraft(draft: Draft, base: Settings): Validated {
  const values: Record<string, unknown> = { ...base };
  const issues: Issue[] = [];
  for (const key of SETTING_KEYS) {
    const parsed = settingSchemas[key].safeParse(candidate(draft, key));
    if (parsed.success) {
      values[key] = parsed.data;
      continue;
    }
    if (key === 'workingHours') issues.push(...hoursIssues(draft.workingHours));
    else if (key === 'customRoutine') issues.push(...routineIssues(draft.customRoutine, parsed.error as { issues: readonly ZodIssue[] }));
    else if (key in NUMBER_SETTINGS) issues.push(numberIssue(key as NumberSettingKey));
    else issues.push({ key, id: key, message: t('limitInvalid') });
  }
  return { values: values as unknown as Settings, issues };
}
