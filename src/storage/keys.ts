/*
 * Where each item is stored, named once: items.ts defines the items on these keys for the background and
 * the pages that write through @wxt-dev/storage; the light read (light-read.ts) reads the same keys with
 * the browser's own API, so that the popup and History load no storage library.
 */
export const SETTINGS_KEY = 'settings';
export const ENGINE_KEY = 'engine';
export const NUDGES_KEY = 'nudges';
export const REPAIRS_KEY = 'repairs';
