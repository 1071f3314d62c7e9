import { defineConfig } from 'vitest/config';

/**
 * `npm run test:firefox`: Debian's Firefox ESR against the event-page build in .output/firefox-mv3.
 * Run `npm run build:firefox` first.
 */
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    env: { HIPCHECK_FIREFOX_SMOKE: '1' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
