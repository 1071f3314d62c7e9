// Prints artifacts/bench.json (written by the bench files) with the entrypoint sizes as one table.
import { readFileSync, writeFileSync } from 'node:fs';
import { BUDGETS_KB, entrypointSizes } from './sizes.mjs';

const results = JSON.parse(readFileSync('artifacts/bench.json', 'utf8'));
for (const [name, { raw, gzip }] of Object.entries(entrypointSizes())) {
  const budget = BUDGETS_KB[name];
  results[`size: ${name} JS, all chunks (gzip)`] = {
    value: gzip / 1024,
    unit: 'KB',
    ...(budget ? { target: `≤ ${budget} (gated)` } : {}),
    note: `${(raw / 1024).toFixed(1)} KB raw`,
  };
}
writeFileSync('artifacts/bench.json', `${JSON.stringify(results, null, 2)}\n`);

const rows = Object.entries(results).map(([name, { value, unit, target = '', note = '' }]) => [
  name,
  `${Number.isInteger(value) ? value : value.toFixed(unit === 'KB' ? 1 : 2)} ${unit}`,
  target,
  note,
]);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ['measure', 'value', 'target', 'note'][i].length));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(['measure', 'value', 'target', 'note'])}`);
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log('\nWritten to artifacts/bench.json');
