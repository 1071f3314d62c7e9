import { type ComponentType, render } from 'preact';
import { t, uiLocale } from '../i18n';

/** Every page starts the same way: its language, its translated title, its root component. */
export function mountPage(Page: ComponentType, titleKey: string): void {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
  render(<Page />, document.getElementById('app') as HTMLElement);
}
