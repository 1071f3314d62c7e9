import { useEffect } from 'preact/hooks';
import type { Theme } from '../core/settings';

/** Applies the theme setting to the page; "system" leaves it to prefers-color-scheme. */
export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}
