// Apart from transfer.ts so that code outside the extension (the browser tests) can name the format
// without loading the storage items.
export const EXPORT_FORMAT = 'hipcheck-export';
/** 2: settings have `lockedBreakMinutes`, and `naturalBreakMinutes` is the no-input length (settings-migration.ts). */
export const EXPORT_VERSION = 2;
