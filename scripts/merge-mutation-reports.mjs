// node scripts/merge-mutation-reports.mjs <out.json> <slice.json[:path,…]>...: joins the incremental
// files of MUTATE_SCOPE slices (see stryker.config.mjs) into one, which the next whole `npm run mutate`
// reuses. A report is a mutation-testing-report: its source files and its test files, each keyed by path.
// A slice's incremental file also carries the files it did not mutate, as they were when it started:
// `:src/background/` (paths or folder prefixes) takes only the files that slice tested.
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...slices] = process.argv.slice(2);
if (!out || slices.length === 0) {
  console.error('usage: node scripts/merge-mutation-reports.mjs <out.json> <slice.json>...');
  process.exit(2);
}
const reports = slices.map((arg) => {
  const [file, only] = arg.split(':');
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const taken = only?.split(',');
  if (taken)
    report.files = Object.fromEntries(Object.entries(report.files).filter(([path]) => taken.some((prefix) => path.startsWith(prefix))));
  return report;
});
const merged = { ...reports[0], files: {}, testFiles: {} };
for (const report of reports) {
  // Later slices win for the files they bring. Every slice ran every test, so test files repeat.
  Object.assign(merged.files, report.files);
  for (const [path, testFile] of Object.entries(report.testFiles ?? {})) {
    const known = merged.testFiles[path];
    if (!known) merged.testFiles[path] = structuredClone(testFile);
    else for (const test of testFile.tests) if (!known.tests.some(({ id }) => id === test.id)) known.tests.push(test);
  }
}
writeFileSync(out, JSON.stringify(merged));
console.log(`${out}: ${Object.keys(merged.files).length} source files from ${slices.length} slice(s)`);
