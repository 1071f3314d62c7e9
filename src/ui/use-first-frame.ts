import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The longest the rest of a page waits for its first frame to be reported on screen: a page opened in
 * a background tab paints nothing until it is shown, and its rest should be there when it is.
 */
export const FIRST_FRAME_WAIT_MS = 1000;

/**
 * False while a page renders its first frame, true once that frame is on screen. What a page shows
 * first should be what the person looks at first; what lies below it or needs more work can come a
 * frame later without anyone seeing the difference.
 *
 * Preact runs effects after the next animation frame, which is when the first frame is handed to the
 * compositor, not when it is shown: a trace of History with a year of days (2-core machine, busy) had
 * the rest's render and layout, 160 ms of main-thread work, start at once and hold the first frame
 * back from the screen until they were done. So the rest waits for the first contentful paint, where
 * the browser reports it (Chrome and Firefox do), and at most FIRST_FRAME_WAIT_MS.
 */
export function useFirstFramePainted(): boolean {
  const [painted, setPainted] = useState(false);
  // Stryker disable next-line ArrayDeclaration: a dependency list that never changes runs the effect once, whatever it holds
  useEffect(() => afterFirstPaint(() => setPainted(true)), []);
  return painted;
}

/** Calls `then` once the page's first contentful paint is on screen, or soon if the browser cannot tell; returns a cancel. */
export function afterFirstPaint(
  then: () => void,
  observer: typeof PerformanceObserver | undefined = globalThis.PerformanceObserver,
): () => void {
  if (!observer?.supportedEntryTypes?.includes('paint')) {
    then();
    return () => {};
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    watch.disconnect();
    clearTimeout(timer);
    then();
  };
  const watch = new observer((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) finish();
  });
  const timer = setTimeout(finish, FIRST_FRAME_WAIT_MS);
  // Buffered: a paint reported before this hook ran counts.
  watch.observe({ type: 'paint', buffered: true });
  return () => {
    done = true;
    watch.disconnect();
    clearTimeout(timer);
  };
}

/**
 * The browser scrolls to a link's #fragment (the welcome page links to options.html#routine) as the
 * document loads, before the page has read storage and drawn anything, and then never again. This
 * scrolls to the element the fragment names once, as soon as a render has drawn it: call it with what
 * changes between renders (the options page's `rest`), so it looks again after each.
 */
export function useScrollToFragment(drawn: unknown): void {
  const done = useRef(false);
  // Stryker disable next-line ArrayDeclaration: a dependency list that ran the effect on every render would find the same element once
  useEffect(() => {
    if (done.current) return;
    const target = document.getElementById(location.hash.slice(1));
    if (!target) return;
    done.current = true;
    target.scrollIntoView();
  }, [drawn]);
}
