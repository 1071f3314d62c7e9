import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/firefox/**', 'node_modules/**'],
    // Day keys and DST are local-time questions: pin a zone that has both DST changes.
    env: { TZ: 'America/New_York' },
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
