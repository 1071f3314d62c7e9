import { defineConfig } from 'vitest/config';

/** Real Chromium against the built extension in .output/: run `npm run build` first. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
