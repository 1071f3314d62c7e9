// Reads the mutation report (npm run mutate) and holds each folder to its floor. Stryker's own
// `thresholds.break` sees only the overall score; this adds core and storage, whose rules the rest
// of HipCheck trusts. Prints the scores as a table either way; exits 1 when any floor is missed.
import { readFileSync } from 'node:fs';

// A MUTATE_SCOPE slice (stryker.config.mjs) writes its own report and is held to its own folder's floor only.
const SCOPE = process.env.MUTATE_SCOPE;
const REPORT = process.argv[2] ?? (SCOPE ? `artifacts/mutation/${SCOPE}/mutation.json` : 'artifacts/mutation/mutation.json');
/** Floors in percent. A folder not listed here is reported, not gated. */
const FLOORS = { 'src/core': 90, 'src/storage': 90, overall: 85 };
const FOLDERS = ['src/core', 'src/storage', 'src/background', 'src/ui'];

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Stryker's mutation score: detected over detected plus undetected; errors and ignored mutants count in neither. */
function scores(report) {
  const tally = new Map([...FOLDERS, 'overall'].map((name) => [name, { detected: 0, undetected: 0, survived: 0, noCoverage: 0 }]));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = FOLDERS.find((name) => file.replaceAll('\\', '/').startsWith(`${name}/`));
    for (const { status } of mutants) {
      for (const row of [folder && tally.get(folder), tally.get('overall')]) {
        if (!row) continue;
        if (DETECTED.has(status)) row.detected++;
        if (UNDETECTED.has(status)) row.undetected++;
        if (status === 'Survived') row.survived++;
        if (status === 'NoCoverage') row.noCoverage++;
      }
    }
  }
  return [...tally].map(([name, row]) => {
    const total = row.detected + row.undetected;
    return { name, ...row, score: total ? (100 * row.detected) / total : null, floor: FLOORS[name] ?? null };
  });
}

function main() {
  let report;
  try {
    report = JSON.parse(readFileSync(REPORT, 'utf8'));
  } catch (error) {
    console.error(`mutation score: cannot read ${REPORT} (${error.message}); run \`npm run mutate\` first.`);
    process.exit(2);
  }
  const rows = scores(report);
  const cells = rows.map((r) => [
    r.name,
    r.score === null ? '–' : r.score.toFixed(2),
    r.floor === null ? '' : `≥ ${r.floor}`,
    String(r.detected),
    String(r.survived),
    String(r.noCoverage),
  ]);
  const head = ['folder', 'score %', 'floor', 'detected', 'survived', 'no coverage'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${line(head)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${cells.map(line).join('\n')}\n`);
  // A gated folder with no mutants at all means the run did not reach it: that is a failure too.
  const gated = rows.filter((r) => r.floor !== null && (!SCOPE || r.name === `src/${SCOPE}`));
  const missed = gated.filter((r) => r.score === null || r.score < r.floor);
  if (missed.length) {
    for (const r of missed) {
      const found = r.score === null ? 'has no mutants in the report' : `is ${r.score.toFixed(2)} %`;
      console.error(`mutation score: ${r.name} ${found}, below its floor of ${r.floor} %.`);
    }
    console.error(`Surviving mutants are listed in ${REPORT.replace(/mutation\.json$/, 'index.html')}; write a test that fails on each.`);
    process.exit(1);
  }
  console.log('mutation score: every folder is at or above its floor.');
}

main();
