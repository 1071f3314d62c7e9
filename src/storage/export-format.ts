// Apart from transfer.ts so that code outside the extension (the browser tests) can name the format
// without loading the storage items.
export const EXPORT_FORMAT = 'hipcheck-export';
/** 2: settings have `lockedBreakMinutes`, and `naturalBreakMinutes` is the no-input length (settings-migration.ts). */
/**
 * Standing (standingMs, standingPeriods) needed no new version: a file without them imports them as 0,
 * as every counter added since the first version does, and an older HipCheck leaves them behind.
 * So did meetingHolds.
 */
export const EXPORT_VERSION = 2;
