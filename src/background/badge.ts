import { browser } from 'wxt/browser';
import type { BadgeTone } from '../core/nudges';

/** White text keeps at least 4.5:1 on each of these, on light and dark toolbars alike. */
export const BADGE_COLORS: Record<BadgeTone, string> = {
  calm: '#1b6e4f',
  warning: '#a04a00',
  alert: '#b3261e',
  paused: '#5b6661',
  standing: '#1f5a9e',
};

export interface BadgeView {
  /** The bout's minutes (the standing period's while standing), or null while away. */
  minutes: number | null;
  tone: BadgeTone;
  title: string;
}

/**
 * The badge is the bout's minutes, so a glance at the toolbar says how long this stretch of sitting is.
 * Standing minutes carry an up arrow as well as their own colour: colour alone would not tell them apart.
 */
export async function showBadge({ minutes, tone, title }: BadgeView): Promise<void> {
  const text = tone === 'paused' ? '||' : minutes === null ? '' : tone === 'standing' ? `↑${minutes}` : String(minutes);
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLORS[tone] }),
    browser.action.setBadgeTextColor?.({ color: '#ffffff' }),
    browser.action.setTitle({ title }),
  ]);
}
