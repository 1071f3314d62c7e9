// CI's mutation check (`npm run mutate:changed`): mutation-tests only the source files that differ from
// the committed state (stryker-incremental.json, the last `npm run mutate`), reusing that state for
// every other file, then holds each folder to its floor (scripts/mutation-score.mjs) over the whole.
//
// Why not a whole run: a whole run is over two hours on the 2-core machine, and even an incremental
// one retests every mutant whose tests changed. A change to a source file is what can lower that file's
// score, so CI retests exactly those files; a change to tests alone is caught at the next full run,
// which is part of committing a change to the state (README, "Mutation testing"). With `--save` the
// retested files' verdicts are folded into the state, to be committed with the change.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTATED_FOLDERS, NOT_MUTATED } from '../stryker.config.mjs';

const STATE = 'stryker-incremental.json';
const OUT = 'artifacts/mutation/changed';

/** Every file Stryker mutates now, as stryker.config.mjs's globs select them. */
function mutatedFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mutatedFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !NOT_MUTATED.includes(path) ? [path] : [];
  });
}

/** Files whose text differs from the state's copy, or that the state does not have. */
function changedSince(state, current) {
  return current.filter((path) => state.files[path]?.source !== readFileSync(path, 'utf8'));
}

function run(command, args, env = {}) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
}

function main() {
  const state = JSON.parse(readFileSync(STATE, 'utf8'));
  const current = MUTATED_FOLDERS.flatMap(mutatedFiles).sort();
  const changed = changedSince(state, current);
  // Files the state has that are gone (deleted or renamed) no longer count.
  const whole = { ...state, files: Object.fromEntries(Object.entries(state.files).filter(([path]) => current.includes(path))) };
  mkdirSync(OUT, { recursive: true });
  if (changed.length === 0) {
    console.log(`mutation: no mutated source file differs from ${STATE}; scoring the committed state.`);
  } else {
    console.log(`mutation: ${changed.length} source file(s) differ from ${STATE}:\n  ${changed.join('\n  ')}`);
    copyFileSync(STATE, join(OUT, 'incremental.json'));
    run('npx', ['stryker', 'run'], { MUTATE_FILES: changed.join(',') });
    const fresh = JSON.parse(readFileSync(join(OUT, 'incremental.json'), 'utf8'));
    for (const path of changed) whole.files[path] = fresh.files[path] ?? { ...whole.files[path], mutants: [] };
    if (process.argv.includes('--save')) {
      run('node', ['scripts/merge-mutation-reports.mjs', STATE, STATE, `${join(OUT, 'incremental.json')}:${changed.join(',')}`]);
    }
  }
  const report = join(OUT, 'whole.json');
  writeFileSync(report, JSON.stringify(whole));
  run('node', ['scripts/mutation-score.mjs', report]);
}

main();
