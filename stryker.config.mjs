// @ts-check
// `npm run mutate`: mutation testing of HipCheck's logic with the unit tests (vitest.stryker.config.ts),
// then scripts/mutation-score.mjs holds each folder to its threshold.

// The runner's child processes inherit these. Day keys and DST are local-time questions, and the time
// zone is the process's, not a worker thread's. The property tests run few cases here: every mutant
// they cover runs them again, and a mutant the rules can see fails on the first few cases.
process.env.TZ = 'America/New_York';
process.env.FC_RUNS ??= '25';

/** The logic that is mutated: components (.tsx), tests and test helpers are not. scripts/mutate-changed.mjs reads it too. */
export const MUTATED_FOLDERS = ['src/core', 'src/storage', 'src/background', 'src/ui'];
export const NOT_MUTATED = ['src/ui/options/test-helpers.ts'];
const mutateIn = (folders) => [
  ...folders.map((folder) => `${folder}/**/*.ts`),
  '!src/**/*.test.ts',
  ...NOT_MUTATED.map((file) => `!${file}`),
];

/** A run that writes its own incremental file and reports under artifacts/mutation/<name>/. */
const own = (name, mutate) => ({
  mutate,
  incrementalFile: `artifacts/mutation/${name}/incremental.json`,
  htmlReporter: { fileName: `artifacts/mutation/${name}/index.html` },
  jsonReporter: { fileName: `artifacts/mutation/${name}/mutation.json` },
});

/**
 * MUTATE_SCOPE=core (or storage, background, ui) mutates one folder: a full run is over two hours on
 * the 2-core machine, and a slice can be run, read and fixed while the next one runs.
 * scripts/merge-mutation-reports.mjs joins the slices' incremental files into stryker-incremental.json,
 * which a whole run then reuses. MUTATE_FILES (comma-separated paths) mutates just those files: CI's
 * check of what changed since the committed state (scripts/mutate-changed.mjs).
 */
const scope = process.env.MUTATE_SCOPE;
const files = process.env.MUTATE_FILES;
const sliced = files ? own('changed', files.split(',')) : scope ? own(scope, mutateIn([`src/${scope}`])) : {};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: mutateIn(MUTATED_FOLDERS),
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
