import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const cache = new Map<string, Messages>();
function messagesFor(locale: string): Messages {
  if (!cache.has(locale)) {
    // From the repo root: happy-dom test files see a browser-like import.meta.url.
    const path = resolve(process.cwd(), 'public/_locales', locale, 'messages.json');
    cache.set(locale, JSON.parse(readFileSync(path, 'utf8')) as Messages);
  }
  return cache.get(locale) as Messages;
}

/** browser.i18n as Chrome does it, over the real _locales files: named placeholders, then $1…$9. */
export function installI18n(locale = 'en') {
  const messages = messagesFor(locale);
  Object.assign(fakeBrowser.i18n, {
    getUILanguage: () => locale,
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
