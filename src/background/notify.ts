import { browser } from 'wxt/browser';
import { t } from '../i18n';

export const NUDGE_ID = 'hipcheck:nudge';
export const WARN_ID = 'hipcheck:warn';
export const STANDING_ID = 'hipcheck:standing';
export const STRETCH_BUTTON = 0;
export const SNOOZE_BUTTON = 1;

/** Firefox shows no notification buttons and ignores priority, persistence and silence: send only what it uses. */
const IS_FIREFOX = import.meta.env.FIREFOX;

/** One of HipCheck's notifications: its icon and text, and on Chrome the options only Chrome reads. */
function notify(id: string, title: string, message: string, chromeOnly: Record<string, unknown>): Promise<string> {
  return browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    ...(IS_FIREFOX ? {} : chromeOnly),
  });
}

export interface NudgeText {
  minutes: number;
  moveName: string;
  canSnooze: boolean;
  snoozeMinutes: number;
}

export async function showNudge({ minutes, moveName, canSnooze, snoozeMinutes }: NudgeText): Promise<void> {
  await browser.notifications.clear(WARN_ID);
  await notify(NUDGE_ID, t('nudgeTitle'), t('nudgeMessage', [minutes, moveName]), {
    priority: 2,
    requireInteraction: true,
    buttons: [{ title: t('stretchNow') }, ...(canSnooze ? [{ title: t('snoozeFor', [snoozeMinutes]) }] : [])],
  });
}

export async function showWarning(moveName: string): Promise<void> {
  await notify(WARN_ID, t('warnTitle'), t('warnMessage', [moveName]), { priority: 0, silent: true });
}

/** Standing long at a sit-stand desk: a quiet suggestion to sit for a while, not an alarm. */
export async function showStandingReminder(minutes: number): Promise<void> {
  await notify(STANDING_ID, t('standingReminderTitle'), t('standingReminderMessage', [minutes]), { priority: 0 });
}

/** The person sat down: the suggestion to do so has done its job. */
export async function clearStandingReminder(): Promise<void> {
  await browser.notifications.clear(STANDING_ID);
}

export async function clearNudges(): Promise<void> {
  await Promise.all([browser.notifications.clear(NUDGE_ID), browser.notifications.clear(WARN_ID)]);
}
