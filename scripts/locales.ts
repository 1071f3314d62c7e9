import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

export const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

/**
 * Messages live in one file per feature (locales/<lang>/<feature>.json) so features can grow
 * apart; the build merges them into the _locales/<lang>/messages.json that browsers read.
 * A key defined twice is an error, not a silent override.
 */
export function mergedMessages(locale: string, dir = LOCALES_DIR): Messages {
  const merged: Messages = {};
  for (const file of readdirSync(join(dir, locale))
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const part = JSON.parse(readFileSync(join(dir, locale, file), 'utf8')) as Messages;
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`Message "${key}" is defined twice (locales/${locale}/${file})`);
      merged[key] = value;
    }
  }
  return merged;
}

export function localeNames(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
