import { defineConfig } from 'vitest/config';

/**
 * Real Chromium against the built extension in .output/: run `npm run build` first (`npm run test:e2e`
 * also builds the video-call stand-in, .output/chrome-mv3-call-stand-in, for test/e2e/video-call.test.ts).
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
