import { localeNames, mergedMessages } from '../scripts/locales';

const PLACEHOLDER = /\$([A-Z_]+)\$/g;

/** Names, the same in every language. */
const NAMES = new Set(['extName', 'popupTitle']);
/** Studies cited by author, journal and year, and papers by their published titles. */
const CITATION = /^(historyCite|historyRef|source)/;
/** Words a language shares with English, each checked by a speaker of it: an English leftover is not on this list. */
const SAME_WORD: Record<string, string[]> = {
  de: ['exportTitle', 'importTitle', 'computersColName'],
  fr: [
    'pause',
    'historyColDate',
    'move_squat_name',
    'unitMinutes',
    'routineTitle',
    'goalMinutes',
    'settingName_routine',
    'openOptions',
    'popupPause30',
    'doseTime',
  ],
  es: ['doseTime'],
  pt_BR: ['doseTime'],
};
/** A message of placeholders and signs only ("$ROUTINE$ · $LENGTH$") has nothing to translate. */
const nothingToTranslate = (message: string) => !/\p{L}/u.test(message.replace(PLACEHOLDER, ''));

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

  it.each(localeNames().filter((locale) => locale !== 'en'))(
    '%s translates every message but names, citations and shared words',
    (locale) => {
      const messages = mergedMessages(locale);
      const untranslated = Object.entries(english)
        .filter(([key, { message }]) => messages[key]?.message === message)
        .map(([key]) => key)
        .filter((key) => !NAMES.has(key) && !CITATION.test(key) && !SAME_WORD[locale]?.includes(key))
        .filter((key) => !nothingToTranslate(english[key]?.message ?? ''));
      expect(untranslated).toEqual([]);
    },
  );

  it.each(localeNames())('%s names itself, so the pages speak the language of the messages they show', (locale) => {
    expect(mergedMessages(locale).appLocale?.message).toBe(locale);
  });

  it('ships the five languages of the office besides English and Spanish', () => {
    expect(localeNames()).toEqual(expect.arrayContaining(['de', 'fr', 'pt_BR', 'ja', 'zh_CN', 'es', 'en']));
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
