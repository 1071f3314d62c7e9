import { browser } from './native-browser';
import type { Problem } from './problems';

/** A message from _locales; the key itself when missing, so a gap shows up instead of an empty label. */
export function t(key: string, substitutions?: Array<string | number>): string {
  return browser.i18n.getMessage(key as never, substitutions?.map(String)) || key;
}

/**
 * The language the pages speak, for `lang` and for Intl: the browser's own where HipCheck has its
 * messages (so "en-GB" keeps British dates), else the language of the messages the browser fell back
 * to. An Italian browser reads HipCheck in English, and should not get Italian numbers in English
 * sentences, nor an Italian voice reading them.
 */
export function uiLocale(): string {
  const browserLanguage = browser.i18n.getUILanguage?.() || navigator.language || 'en';
  // Each locale names itself in `appLocale` ("pt_BR"); a build without it leaves the browser's language.
  const shown = browser.i18n.getMessage('appLocale' as never).replace('_', '-');
  if (!shown) return browserLanguage;
  const primary = (language: string) => language.split('-')[0]?.toLowerCase();
  return primary(browserLanguage) === primary(shown) ? browserLanguage : shown;
}

/**
 * `key` + "One" or + "Other", as the page's language counts `count`: French says "0 mouvement", English
 * "0 moves", Japanese has one form. Each language translates both; languages with more forms than
 * these two (none that HipCheck ships) would read the "Other" one.
 */
export function pluralKey(key: string, count: number): string {
  return new Intl.PluralRules(uiLocale()).select(count) === 'one' ? `${key}One` : `${key}Other`;
}

/** A refusal or repair, in the reader's language, its numbers written as that language writes them. */
export function describeProblem({ key, subs }: Problem): string {
  const numbers = new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 2 });
  return t(
    key,
    subs?.map((sub) => (typeof sub === 'number' ? numbers.format(sub) : sub)),
  );
}
