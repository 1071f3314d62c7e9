import { CALL_SITES, type CallSite, callOrigins } from './core/calls';

/**
 * A local page standing in for a call site, for the browser test: the real sites cannot be reached
 * from a test machine. Its rooms are under /meet/, so its home page is not a call, as on the real ones.
 */
export const standInSite = (origin: string): CallSite => ({
  name: 'Local stand-in',
  origins: [origin],
  isRoom: (url) => url.pathname.startsWith('/meet/'),
});

/**
 * WXT_CALL_STAND_IN is set only by `npm run build:call-stand-in` (a match pattern such as
 * http://127.0.0.1/*). wxt.config.ts defines it as '' in every other build, so the stand-in is
 * folded away and a shipped build watches exactly CALL_SITES (test/e2e/built-files.test.ts checks).
 */
const STAND_IN = import.meta.env.WXT_CALL_STAND_IN;

/** The sites whose open calls hold nudges in this build. */
export const WATCHED_SITES: readonly CallSite[] = STAND_IN ? [...CALL_SITES, standInSite(STAND_IN)] : CALL_SITES;

/** The host permissions the option asks for, and the patterns the background queries tabs with. */
export const WATCHED_ORIGINS = callOrigins(WATCHED_SITES);
