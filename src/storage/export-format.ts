// Apart from transfer.ts so that code outside the extension (the browser tests) can name the format
// without loading the storage items.
export const EXPORT_FORMAT = 'hipcheck-export';
/** 2: settings have `lockedBreakMinutes`, and `naturalBreakMinutes` is the no-input length (settings-migration.ts). */
/**
 * Standing (standingMs, standingPeriods) needed no new version: a file without them imports them as 0,
 * as every counter added since the first version does, and an older HipCheck leaves them behind.
 * So did meetingHolds.
 */
/**
 * 3: may hold `computers`, the person's sitting across computers when this one shares it: days merged
 * across them and each one's own. An import takes only `history`, this computer's own days, as before:
 * each computer shares its own. Files of versions 1 and 2 import as they always did.
 */
export const EXPORT_VERSION = 3;
