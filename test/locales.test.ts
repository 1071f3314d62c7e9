import { localeNames, mergedMessages } from '../scripts/locales';

const PLACEHOLDER = /\$([A-Z_]+)\$/g;

describe('locales', () => {
  const english = mergedMessages('en');

  it('ships English and at least one other language', () => {
    expect(localeNames()).toContain('en');
    expect(localeNames().length).toBeGreaterThanOrEqual(2);
  });

  it.each(localeNames().filter((locale) => locale !== 'en'))('%s has every English message and no extra ones', (locale) => {
    const messages = mergedMessages(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(localeNames())('%s keeps the same placeholders as English in every message', (locale) => {
    const messages = mergedMessages(locale);
    for (const [key, { message, placeholders }] of Object.entries(english)) {
      const translated = messages[key];
      expect([...(translated?.message.matchAll(PLACEHOLDER) ?? [])].map((m) => m[1]).sort(), key).toEqual(
        [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort(),
      );
      expect(translated?.placeholders, key).toEqual(placeholders);
      expect(translated?.message.trim(), key).not.toBe('');
    }
  });
});
