// @vitest-environment happy-dom
import { renderHook } from '@testing-library/preact';
import type { Theme } from '../core/settings';
import { useTheme } from './use-theme';

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('page theme', () => {
  it('applies a light or dark choice to the page and leaves "system" to the browser', () => {
    const { rerender } = renderHook(({ theme }: { theme: Theme }) => useTheme(theme), { initialProps: { theme: 'light' } });
    expect(document.documentElement.dataset.theme).toBe('light');
    rerender({ theme: 'dark' });
    expect(document.documentElement.dataset.theme).toBe('dark');
    rerender({ theme: 'system' });
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
