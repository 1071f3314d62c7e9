import { browser } from 'wxt/browser';

/** The badge is the bout's minutes, so a glance at the toolbar says how long this stretch of sitting is. */
export async function showBoutMinutes(minutes: number | null): Promise<void> {
  await browser.action.setBadgeText({ text: minutes === null ? '' : String(minutes) });
}
