/**
 * Something HipCheck had to refuse or repair, as a locale message key and its substitutions, so
 * the page that shows it can say it in the reader's language.
 */
export interface Problem {
  key: string;
  subs?: Array<string | number>;
}

export const problem = (key: string, ...subs: Array<string | number>): Problem => (subs.length ? { key, subs } : { key });

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { key, subs } = value as Record<string, unknown>;
  return (
    typeof key === 'string' &&
    (subs === undefined || (Array.isArray(subs) && subs.every((s) => typeof s === 'string' || typeof s === 'number')))
  );
}
