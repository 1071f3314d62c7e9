import { useEffect, useState } from 'preact/hooks';

/**
 * False while a page renders its first frame, true from the render after that frame is painted (Preact
 * runs effects after paint). What a page shows first should be what the person looks at first; what lies
 * below it or needs more work can come a frame later without anyone seeing the difference.
 */
export function useFirstFramePainted(): boolean {
  const [painted, setPainted] = useState(false);
  // Stryker disable next-line ArrayDeclaration: a dependency list that never changes runs the effect once, whatever it holds
  useEffect(() => setPainted(true), []);
  return painted;
}
