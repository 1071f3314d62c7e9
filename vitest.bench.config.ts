import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** `npm run bench`: measurements, reported, never asserted on time (budgets on counts live in the tests). */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['bench/**/*.bench.ts'],
    env: { TZ: 'America/New_York' },
    setupFiles: ['test/setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
