import { local, MIN } from '../../test/timeline';
import { INITIAL_NUDGES, type NudgeContext, type NudgeState } from './nudges';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { decideUnansweredTab, reminderAnswered } from './unanswered';

const START = local(2026, 6, 10, 9);
const LAST = 1 + DEFAULT_SETTINGS.maxReminders;

/** The bout's last reminder shown at 45 min, so the follow-up is due at 50 (the snooze length, 5 min, later). */
const afterLastReminder: NudgeState = { ...INITIAL_NUDGES, boutStartedAt: START, shown: LAST, dueAtMs: 50 * MIN };

function ctx(sittingMinutes: number, settings: Partial<Settings> = {}, more: Partial<NudgeContext> = {}): NudgeContext {
  return {
    now: START + sittingMinutes * MIN,
    bout: { startedAt: START, sittingMs: sittingMinutes * MIN },
    settings: { ...DEFAULT_SETTINGS, ...settings },
    workingTime: true,
    deferred: false,
    ...more,
  };
}

const kind = (nudges: NudgeState, context: NudgeContext) => decideUnansweredTab(nudges, context).action.kind;

describe('the break tab after an unanswered last reminder', () => {
  it('opens a snooze length after the last reminder, and only once', () => {
    expect(kind(afterLastReminder, ctx(49))).toBe('none');
    const first = decideUnansweredTab(afterLastReminder, ctx(50));
    expect(first.action).toEqual({ kind: 'breakTab' });
    expect(kind(first.nudges, ctx(51))).toBe('none');
    expect(kind(first.nudges, ctx(90))).toBe('none');
  });

  it('waits for the last reminder: earlier ones left unanswered still have reminders after them', () => {
    expect(kind({ ...afterLastReminder, shown: LAST - 1 }, ctx(50))).toBe('none');
  });

  it('does not open when the person answered the last reminder', () => {
    expect(kind(reminderAnswered(afterLastReminder), ctx(50))).toBe('none');
  });

  it('still opens when only an earlier reminder was answered', () => {
    const answeredEarlier = reminderAnswered({ ...afterLastReminder, shown: LAST - 1 });
    expect(kind({ ...answeredEarlier, shown: LAST }, ctx(50))).toBe('breakTab');
  });

  it('keeps quiet with the option off, and for the tab and badge styles', () => {
    expect(kind(afterLastReminder, ctx(50, { openTabIfUnanswered: false }))).toBe('none');
    expect(kind(afterLastReminder, ctx(50, { nudgeStyle: 'tab' }))).toBe('none');
    expect(kind(afterLastReminder, ctx(50, { nudgeStyle: 'badge' }))).toBe('none');
  });

  it('does not open again where blocked notifications already brought the tab', () => {
    expect(kind({ ...afterLastReminder, notificationsBlocked: true }, ctx(50))).toBe('none');
  });

  it('keeps to a pause, a meeting, the working hours and a deferral, as the nudges do', () => {
    const now = START + 50 * MIN;
    expect(kind({ ...afterLastReminder, pausedUntil: now + MIN }, ctx(50))).toBe('none');
    expect(kind({ ...afterLastReminder, meetingUntil: now + MIN }, ctx(50))).toBe('none');
    expect(kind(afterLastReminder, ctx(50, {}, { workingTime: false }))).toBe('none');
    expect(kind(afterLastReminder, ctx(50, {}, { deferred: true }))).toBe('none');
  });

  it("belongs to its bout: none when no bout runs or the counters are another bout's", () => {
    expect(kind(afterLastReminder, ctx(50, {}, { bout: null }))).toBe('none');
    expect(kind({ ...afterLastReminder, boutStartedAt: START - MIN }, ctx(50))).toBe('none');
  });
});

describe('answering a nudge', () => {
  it('marks the nudge on screen, and is a no-op before any nudge or when already marked', () => {
    expect(reminderAnswered(afterLastReminder).settledReminder).toBe(LAST);
    expect(reminderAnswered(INITIAL_NUDGES)).toBe(INITIAL_NUDGES);
    const answered = reminderAnswered(afterLastReminder);
    expect(reminderAnswered(answered)).toBe(answered);
  });
});
