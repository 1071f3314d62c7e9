/**
 * The browser's own promise-based extension API, for pages and the code they share. Extension
 * pages in Chrome MV3 and in Firefox need no polyfill, and the popup's 20 KB budget has no room
 * for one; the background keeps webextension-polyfill (wxt/browser) for its message listeners,
 * whose returned promises Chrome only honours through it.
 */
export { browser } from '@wxt-dev/browser';
