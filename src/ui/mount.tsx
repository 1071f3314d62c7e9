import { type ComponentType, render } from 'preact';
import { t, uiLocale } from '../i18n';

function startPage(titleKey: string): HTMLElement {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
  return document.getElementById('app') as HTMLElement;
}

/** Every page starts the same way: its language, its translated title, its root component. */
export function mountPage(Page: ComponentType, titleKey: string): void {
  render(<Page />, startPage(titleKey));
}

/**
 * For a page whose first paint is stored data: `first` is a read already under way when the entry
 * module runs, so it does not wait for Preact's effects (which run only after a frame is painted), and
 * the first frame holds the data rather than an empty page. A failed read leaves the page to read again.
 */
export function mountPageWith<T>(Page: ComponentType<{ initial?: T }>, titleKey: string, first: Promise<T>): void {
  const root = startPage(titleKey);
  first.then(
    (initial) => render(<Page initial={initial} />, root),
    () => render(<Page />, root),
  );
}
