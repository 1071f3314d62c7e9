/** How deep a quoted value is opened: enough to recognise it, never enough to recurse into trouble. */
const MAX_DEPTH = 3;

/** `text` cut to `max` characters, marked with an ellipsis when something was left off. */
export function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A short, JSON-like quote of any value for a problem message. Never throws: JSON.stringify
 * overflows the stack on a 10,000-deep array (Firefox: "too much recursion") and would copy a
 * 5 MB string whole, so this walks at most MAX_DEPTH levels and stops once `max` characters are out.
 */
export function preview(value: unknown, max = 40): string {
  const out: string[] = [];
  let length = 0;
  const emit = (text: string) => {
    out.push(text);
    length += text.length;
  };
  const leaf = (v: unknown, depth: number): string | null => {
    if (typeof v === 'string') return JSON.stringify(v.slice(0, max + 1));
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'symbol' || typeof v === 'function') return typeof v;
    if (typeof v !== 'object' || v === null) return String(v);
    if (depth >= MAX_DEPTH) return Array.isArray(v) ? '[…]' : '{…}';
    return null;
  };
  const walk = (v: unknown, depth: number): void => {
    if (length > max) return;
    const text = leaf(v, depth);
    if (text !== null) {
      emit(text);
    } else if (Array.isArray(v)) {
      emit('[');
      for (let i = 0; i < v.length && length <= max; i++) {
        if (i > 0) emit(',');
        walk(v[i], depth + 1);
      }
      emit(']');
    } else {
      walkObject(v as Record<string, unknown>, depth);
    }
  };
  const walkObject = (v: Record<string, unknown>, depth: number): void => {
    emit('{');
    let first = true;
    for (const key in v) {
      if (length > max) break;
      if (!Object.hasOwn(v, key)) continue;
      if (!first) emit(',');
      first = false;
      emit(`${JSON.stringify(key.slice(0, max + 1))}:`);
      walk(v[key], depth + 1);
    }
    emit('}');
  };
  try {
    walk(value, 0);
    return shorten(out.join(''), max);
  } catch {
    // A getter or proxy that throws: the message still goes out, without the quote.
    return '…';
  }
}
