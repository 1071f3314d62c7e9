import { installI18n } from '../test/fakes/i18n';
import { pluralKey, uiLocale } from './i18n';

describe('the pages’ language', () => {
  it('is the browser’s own where HipCheck speaks it, region and all', () => {
    installI18n('en', 'en-GB');
    expect(uiLocale()).toBe('en-GB');
    installI18n('es', 'es-MX');
    expect(uiLocale()).toBe('es-MX');
  });

  it('is the language of the messages shown where the browser’s is not shipped', () => {
    // Chrome falls back to the default locale's messages: English text, so English numbers and voice.
    installI18n('en', 'it-IT');
    expect(uiLocale()).toBe('en');
    installI18n('es', 'pt-BR');
    expect(uiLocale()).toBe('es');
  });
});

describe('plural keys', () => {
  it('follow the page language’s rules', () => {
    installI18n('en');
    expect([0, 1, 2, 21].map((n) => pluralKey('routineMoves', n))).toEqual([
      'routineMovesOther',
      'routineMovesOne',
      'routineMovesOther',
      'routineMovesOther',
    ]);
    expect(pluralKey('routineMoves', 1.5)).toBe('routineMovesOther');
  });
});
