import { browser } from 'wxt/browser';
import { WATCHED_ORIGINS, WATCHED_SITES } from '../call-sites';
import { isCallAddress } from '../core/calls';
import type { Settings } from '../core/settings';

export async function anyTabAudible(): Promise<boolean> {
  return (await browser.tabs.query({ audible: true })).length > 0;
}

/**
 * Whether a tab is in a video call. With the host permissions the option asked for, the browser shows
 * HipCheck those sites' tabs and their addresses, and no others; without them (taken back) it shows
 * none or refuses, which is no call. There is no tab listener on purpose: tabs.onUpdated or onRemoved
 * would wake the worker at every tab change all day, over the budget of one wakeup per active minute.
 * A nudge held for a call is weighed again at every tick instead, so it comes at the first tick after
 * the call's tab closes, within a minute.
 */
export async function callOpen(): Promise<boolean> {
  try {
    return (await browser.tabs.query({ url: WATCHED_ORIGINS })).some((tab) => isCallAddress(tab.url, WATCHED_SITES));
  } catch {
    return false;
  }
}

/** A presentation, a film or a call: the nudge waits. Only the call check needs a permission, and asks for it. */
export async function shouldDefer(settings: Settings): Promise<boolean> {
  if (settings.deferWhileFullscreen && (await focusedWindowState()) === 'fullscreen') return true;
  if (settings.holdDuringCalls && (await callOpen())) return true;
  return settings.deferWhileAudible && (await anyTabAudible());
}

/** No focused window (all minimised, or none yet) is not fullscreen. */
async function focusedWindowState(): Promise<string | undefined> {
  try {
    return (await browser.windows.getLastFocused())?.state;
  } catch {
    return undefined;
  }
}
