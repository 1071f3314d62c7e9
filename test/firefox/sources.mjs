#!/usr/bin/env node
// `npm run check:sources`, after `npm run zip`: does what an addons.mozilla.org reviewer does with the sources
// zip. Unpacks it in a temporary folder, checks it holds only what the build needs, runs `npm ci` and
// `npm run build:firefox` there, and compares the result file by file with the Firefox package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sourcesZip = join(root, `.output/${name}-${version}-sources.zip`);
const firefoxZip = join(root, `.output/${name}-${version}-firefox.zip`);
for (const zip of [sourcesZip, firefoxZip]) {
  if (!existsSync(zip)) {
    console.error(`No ${relative(root, zip)}: run \`npm run zip\` first.`);
    process.exit(1);
  }
}

/** What the sources zip must hold at its top level, and may hold (LICENSE, if the project adds one). */
const REQUIRED = ['README.md', 'entrypoints', 'locales', 'package-lock.json', 'package.json', 'public', 'scripts', 'src', 'wxt.config.ts'];
const ALLOWED = new Set([...REQUIRED, 'LICENSE']);

/** Every file under `dir`, as sorted paths relative to it. */
function filesIn(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const work = mkdtempSync(join(tmpdir(), 'hipcheck-sources-'));
const problems = [];
try {
  const sources = join(work, 'sources');
  const shipped = join(work, 'firefox');
  // python3 is on every machine of this kind; Node has no unzip of its own.
  execFileSync('python3', ['-m', 'zipfile', '-e', sourcesZip, sources]);
  execFileSync('python3', ['-m', 'zipfile', '-e', firefoxZip, shipped]);

  const sourceFiles = filesIn(sources);
  const top = [...new Set(sourceFiles.map((file) => file.split('/')[0]))].sort();
  console.log(`${relative(root, sourcesZip)}: ${sourceFiles.length} files; top level: ${top.join(', ')}`);
  for (const entry of top) if (!ALLOWED.has(entry)) problems.push(`unexpected in the sources zip: ${entry}`);
  for (const entry of REQUIRED) if (!top.includes(entry)) problems.push(`missing from the sources zip: ${entry}`);
  for (const file of sourceFiles) {
    if (/\.(test|spec)\.[cm]?[jt]sx?$|\.log$|(^|\/)node_modules\//.test(file)) problems.push(`should not ship in the sources zip: ${file}`);
  }

  /** Quiet unless it fails: then everything it printed. */
  const run = (command, args) => {
    try {
      execFileSync(command, args, { cwd: sources, stdio: 'pipe', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
      throw error;
    }
  };
  console.log('npm ci in the unpacked sources…');
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
  console.log('npm run build:firefox in the unpacked sources…');
  run('npm', ['run', 'build:firefox']);

  const rebuilt = join(sources, '.output/firefox-mv3');
  const shippedFiles = filesIn(shipped);
  const rebuiltFiles = filesIn(rebuilt);
  for (const file of shippedFiles) if (!rebuiltFiles.includes(file)) problems.push(`not rebuilt from sources: ${file}`);
  for (const file of rebuiltFiles) if (!shippedFiles.includes(file)) problems.push(`rebuilt from sources but not in the package: ${file}`);
  for (const file of shippedFiles.filter((f) => rebuiltFiles.includes(f))) {
    if (!readFileSync(join(shipped, file)).equals(readFileSync(join(rebuilt, file))))
      problems.push(`differs when rebuilt from sources: ${file}`);
  }
  console.log(`${relative(root, firefoxZip)}: ${shippedFiles.length} files; rebuilt from the sources zip: ${rebuiltFiles.length} files`);
} finally {
  rmSync(work, { recursive: true, force: true, maxRetries: 3 });
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log('The sources zip holds only what the build needs and rebuilds the Firefox package byte for byte.');
