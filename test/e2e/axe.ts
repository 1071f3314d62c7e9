import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One failing rule, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string; html: string; summary: string }>;
}

type AxeGlobals = { axe?: { run(context: unknown, options: unknown): Promise<AxeResults> } };

const hasAxe = (page: Page) => page.evaluate(() => typeof (globalThis as unknown as AxeGlobals).axe?.run === 'function');

/**
 * Puts axe-core into the page. `page.addScriptTag({ content })` adds an inline <script>, which the
 * extension pages' CSP (script-src 'self') refuses, logging a CSP error to the console; `evaluate`
 * runs the source in the page's main world over CDP, which no CSP governs.
 */
async function injectAxe(page: Page): Promise<void> {
  if (await hasAxe(page)) return;
  await page.evaluate(AXE_SOURCE);
  if (!(await hasAxe(page))) throw new Error(`axe-core could not be injected into ${page.url()}`);
}

/** Runs every axe rule that applies to the whole document and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as Required<AxeGlobals>;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' >> '),
        html: node.html.slice(0, 200),
        summary: node.failureSummary ?? '',
      })),
    }));
  });
}

/** The violations as a readable list, for an assertion message. */
export function formatViolations(label: string, violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return `${label}: no violations`;
  const lines = [`${label}: ${violations.length} axe violation(s)`];
  for (const violation of violations) {
    lines.push(`- ${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes) {
      lines.push(`    target: ${node.target}`, `    html:   ${node.html}`);
      for (const line of node.summary.split('\n')) lines.push(`      ${line}`);
    }
  }
  return lines.join('\n');
}
