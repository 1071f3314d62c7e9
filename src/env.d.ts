interface ImportMetaEnv {
  /** A match pattern for a local page that stands in for a call site, in test builds only (src/call-sites.ts). */
  readonly WXT_CALL_STAND_IN?: string;
}
