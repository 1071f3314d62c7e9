import { useEffect, useState } from 'preact/hooks';

/**
 * Something the background asks to say once: kept on screen while this popup is open, and marked seen
 * (`onSeen`) as soon as it is shown, so the next popup is quiet. Null while there is nothing to say.
 */
export function useToldOnce<T>(value: T | null, onSeen: () => void): T | null {
  const [shown, setShown] = useState<T | null>(null);
  useEffect(() => {
    if (value === null || shown !== null) return;
    setShown(value);
    onSeen();
  }, [value]);
  return shown;
}
