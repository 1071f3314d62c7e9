// Sizes of what each page and the worker load, raw and gzip, checked against the budgets.
// Run after `npm run build`: `node scripts/sizes.mjs [outDir] [--json file]`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS_KB = { popup: 20, background: 30 };

/** Every JS file an HTML page loads: its module script and the chunks it preloads or imports. */
function pageScripts(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const direct = [
    ...text.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...text.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:import\s*\(?|from)\s*["']\.{0,2}\/?([^"']+\.js)["']/g)) {
      const resolved = spec.startsWith('chunks/') ? spec : join('chunks', spec.replace(/^.*\//, ''));
      if (existsSync(join(dir, resolved))) visit(resolved);
    }
  };
  for (const file of direct) visit(file);
  return [...seen];
}

function measure(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

export function entrypointSizes(dir = '.output/chrome-mv3') {
  if (!existsSync(dir)) throw new Error(`No build at ${dir}: run npm run build first.`);
  const sizes = { background: measure(dir, ['background.js']) };
  for (const html of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
    sizes[html.replace(/\.html$/, '')] = measure(dir, pageScripts(dir, html));
  }
  return sizes;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const json = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
  const dir = args[0] ?? '.output/chrome-mv3';
  const sizes = entrypointSizes(dir);
  const failures = [];
  console.log(`\nEntrypoint sizes (${dir}), all chunks each one loads:\n`);
  console.log('entrypoint'.padEnd(12), 'raw KB'.padStart(8), 'gzip KB'.padStart(8), ' budget');
  for (const [name, { raw, gzip }] of Object.entries(sizes)) {
    const budget = BUDGETS_KB[name];
    const over = budget !== undefined && gzip / 1024 > budget;
    if (over) failures.push(`${name} is ${kb(gzip)} KB gzip, over its ${budget} KB budget`);
    console.log(
      name.padEnd(12),
      kb(raw).padStart(8),
      kb(gzip).padStart(8),
      budget === undefined ? '' : ` ≤ ${budget} KB ${over ? 'OVER' : 'ok'}`,
    );
  }
  if (json) writeFileSync(json, `${JSON.stringify(sizes, null, 2)}\n`);
  if (failures.length) {
    console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
}
