import { startPopupRead } from '../src/storage/popup-read';

/** Loaded by popup.html's <head> as a classic script: see startPopupRead. */
export default defineUnlistedScript(() => startPopupRead(Date.now()));
