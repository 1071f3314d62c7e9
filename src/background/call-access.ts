import { browser } from 'wxt/browser';
import { WATCHED_ORIGINS } from '../call-sites';

/**
 * Whether HipCheck may still see every call site's tabs. Asked after any permission is removed rather
 * than reading which: a browser may report a narrower pattern than the one granted (one site of a
 * wildcard), and any gap means some calls go unseen, so the option turns off and asks again when
 * turned back on.
 */
export async function hasCallAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: WATCHED_ORIGINS });
  } catch {
    return false;
  }
}
