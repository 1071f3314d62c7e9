// @ts-check
// `npm run mutate`: mutation testing of HipCheck's logic with the unit tests (vitest.stryker.config.ts),
// then scripts/mutation-score.mjs holds each folder to its threshold.

// The runner's child processes inherit these. Day keys and DST are local-time questions, and the time
// zone is the process's, not a worker thread's. The property tests run few cases here: every mutant
// they cover runs them again, and a mutant the rules can see fails on the first few cases.
process.env.TZ = 'America/New_York';
process.env.FC_RUNS ??= '25';

/**
 * MUTATE_SCOPE=core (or storage, background, ui) mutates one folder, with its own incremental file and
 * report under artifacts/mutation/<scope>/: a full run is over two hours on the 2-core machine, and a
 * slice can be run, read and fixed while the next one runs. scripts/merge-mutation-reports.mjs joins
 * the slices' incremental files into stryker-incremental.json, which a whole run then reuses.
 */
const scope = process.env.MUTATE_SCOPE;
const sliced = scope
  ? {
      mutate: [`src/${scope}/**/*.ts`, '!src/**/*.test.ts', '!src/ui/options/test-helpers.ts'],
      incrementalFile: `artifacts/mutation/${scope}/incremental.json`,
      htmlReporter: { fileName: `artifacts/mutation/${scope}/index.html` },
      jsonReporter: { fileName: `artifacts/mutation/${scope}/mutation.json` },
    }
  : {};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/core/**/*.ts',
    'src/storage/**/*.ts',
    'src/background/**/*.ts',
    // Components (.tsx) are left out: the logic under src/ui lives in its .ts files.
    'src/ui/**/*.ts',
    '!src/**/*.test.ts',
    '!src/ui/options/test-helpers.ts',
  ],
  // Results of the last run, committed: a run retests only mutants in changed code, and those whose tests changed.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  ignorePatterns: ['artifacts', '.output', 'coverage', 'docs'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'artifacts/mutation/index.html' },
  jsonReporter: { fileName: 'artifacts/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false },
  // The overall floor; scripts/mutation-score.mjs adds the per-folder ones.
  thresholds: { high: 90, low: 85, break: 85 },
  dryRunTimeoutMinutes: 15,
  // A mutant's time limit is scaled from the dry run's; on a shared 2-core machine a busy minute ran
  // the same tests three times slower, and the default (1.5× plus 5 s) called 141 of 260 storage
  // mutants timed out: detected in name only. A mutant that truly hangs still ends here, later.
  timeoutFactor: 3,
  timeoutMS: 10_000,
  // Stryker rewrites a tsconfig whose `extends` leaves the sandbox, through TypeScript's JavaScript API,
  // which TypeScript 7 no longer has. Ours extends .wxt/tsconfig.json, inside the sandbox: naming a
  // file that does not exist makes Stryker copy tsconfig.json as it is.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  ...sliced,
};
