#!/usr/bin/env node
// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) on the Firefox build, as addons.mozilla.org
// lints a listed add-on (no --self-hosted). Fails on any error, and on any warning or notice that is not one
// of the explained ones below (README.md, "## Firefox" explains each).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceDir = process.env.HIPCHECK_FIREFOX_EXTENSION_DIR ?? join(root, '.output/firefox-mv3');
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build at ${sourceDir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

/** The explained findings: each must match exactly what was investigated, or it is not explained. */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's dangerouslySetInnerHTML code path (dom.innerHTML = props.dangerouslySetInnerHTML.__html); HipCheck never passes that prop",
    matches(message) {
      if (!message.file?.startsWith('chunks/') || !message.line) return false;
      const line = readFileSync(join(sourceDir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
      const at = (message.column ?? 1) - 1;
      // The flagged column starts the assignment `<dom>.innerHTML=<html>.__html`, right after Preact reads the prop.
      return (
        /^[\w$]+\.innerHTML=[\w$]+\.__html/.test(line.slice(at)) &&
        line.slice(Math.max(0, at - 600), at).includes('"dangerouslySetInnerHTML"')
      );
    },
  },
];

let output;
try {
  output = execFileSync(
    join(root, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery', '--no-input'],
    // NO_UPDATE_NOTIFIER: web-ext would otherwise leave a detached process behind asking the registry for a newer web-ext.
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    },
  );
} catch (error) {
  // web-ext exits non-zero when the linter found errors; its JSON report is still on stdout.
  output = error.stdout;
  if (!output) throw error;
}
const report = JSON.parse(output.slice(output.indexOf('{')));

const where = (m) => (m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column}` : ''})` : '');
const unexplained = [];
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const message of report[kind]) {
    const explained = kind !== 'errors' && EXPLAINED.find((e) => e.code === message.code && e.matches(message));
    console.log(`${kind.slice(0, -1)} ${message.code}${where(message)}: ${message.message}`);
    if (explained) console.log(`  explained: ${explained.why}`);
    else {
      console.log(`  ${message.description}`);
      unexplained.push(message);
    }
  }
}
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices; ${unexplained.length} not explained`);
if (unexplained.length > 0) {
  console.error('Fix these, or investigate and explain them in README.md ("## Firefox") and test/firefox/lint.mjs.');
  process.exit(1);
}
