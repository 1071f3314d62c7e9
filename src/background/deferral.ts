import { browser } from 'wxt/browser';
import type { Settings } from '../core/settings';

export async function anyTabAudible(): Promise<boolean> {
  return (await browser.tabs.query({ audible: true })).length > 0;
}

/** A presentation, a film or a call: the nudge waits. Neither check needs a permission. */
export async function shouldDefer(settings: Settings): Promise<boolean> {
  if (settings.deferWhileFullscreen && (await focusedWindowState()) === 'fullscreen') return true;
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
