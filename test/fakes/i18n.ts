import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Messages, mergedMessages } from '../../scripts/locales';

const cache = new Map<string, Messages>();
function messagesFor(locale: string): Messages {
  if (!cache.has(locale)) cache.set(locale, mergedMessages(locale));
  return cache.get(locale) as Messages;
}

/**
 * browser.i18n as Chrome does it, over the real _locales files: named placeholders, then $1…$9.
 * `uiLanguage` is the browser's own, which may be one HipCheck has no messages for.
 */
export function installI18n(locale = 'en', uiLanguage = locale) {
  const messages = messagesFor(locale);
  Object.assign(fakeBrowser.i18n, {
    getUILanguage: () => uiLanguage,
    getMessage: (key: string, substitutions?: string | string[]) => {
      const entry = messages[key];
      if (!entry) return '';
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      let text = entry.message;
      for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
        text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), content);
      }
      return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replaceAll('$$', '$');
    },
  });
}
