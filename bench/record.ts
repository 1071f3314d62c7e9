import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export const RESULTS = 'artifacts/bench.json';

export interface Measure {
  value: number;
  unit: string;
  /** A target reported next to the value ("≤ 500"); budgets that gate CI are checked elsewhere. */
  target?: string;
  note?: string;
}

/** Adds measurements to artifacts/bench.json, keeping those other bench files wrote. */
export function record(measures: Record<string, Measure>): void {
  mkdirSync('artifacts', { recursive: true });
  const all = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, Measure>) : {};
  writeFileSync(RESULTS, `${JSON.stringify({ ...all, ...measures }, null, 2)}\n`);
}

/** Median of `runs` timings of `fn`, after one warm-up run. */
export async function medianMs(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
