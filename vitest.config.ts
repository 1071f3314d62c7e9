import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const exclude = ['test/e2e/**', 'test/firefox/**', 'node_modules/**'];

/**
 * Day keys and DST are local-time questions. Everything runs in New York, which has both DST changes;
 * the property tests run again in Lord Howe, whose clocks move by half an hour, so nothing may assume
 * a day is 23, 24 or 25 whole hours. Each project tells its tests the zone it claims (`inject('zone')`),
 * and test/zone.test.ts checks the clock really behaves that way.
 */
const inZone = (name: string, zone: string, include: string[]) => ({
  extends: true as const,
  test: { name, include, exclude, env: { TZ: zone }, provide: { zone } },
});

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // On the 2-core machine `npm test` took 106 s: Vitest's default keeps a core for itself and ran one
    // worker, and importing every file's modules afresh was 36 s of it. Test files share their worker's
    // modules, as under Stryker (a test that needs fresh module state fails there too), on every core:
    // 48-58 s, passing the same in two shuffled file orders.
    isolate: false,
    maxWorkers: '100%',
    projects: [
      inZone('new-york', 'America/New_York', ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}']),
      inZone('lord-howe', 'Australia/Lord_Howe', ['src/**/*.property.test.ts', 'test/**/*.property.test.ts', 'test/zone.test.ts']),
    ],
  },
});
