import { browser } from './native-browser';
import type { Problem } from './problems';

/** A message from _locales; the key itself when missing, so a gap shows up instead of an empty label. */
export function t(key: string, substitutions?: Array<string | number>): string {
  return browser.i18n.getMessage(key as never, substitutions?.map(String)) || key;
}

/** The browser's UI language, for Intl formatting. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage?.() || navigator.language || 'en';
}

/** A refusal or repair, in the reader's language. */
export function describeProblem({ key, subs }: Problem): string {
  return t(key, subs);
}
