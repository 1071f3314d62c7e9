import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, dayKey } from '../src/core/days';
import { EMPTY_DAY } from '../src/core/history';
import { EXTENSION_DIR, type LaunchedExtension, launchExtension } from '../test/e2e/extension';
import { seedHistory } from '../test/e2e/stored';
import { record } from './record';

/**
 * What a person sees, as a ratio to a blank page of the same extension opened in the same run: on this
 * shared 2-core machine absolute timings drift by half between runs, ratios far less.
 */

/** Nine opens a row left a spread of ±0.2× between quiet runs, more than the effects being looked for: 21 halve it. */
const ROUNDS = 21;
const HISTORY_DAYS = [0, 365, 730] as const;
const POPUP_VIEWPORT = { width: 360, height: 600 };

/** A line of text and nothing else: the floor an extension page can paint at on this machine. */
const BLANK_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><p>Blank page</p></body></html>';

type Day = typeof EMPTY_DAY;

function historyOf(days: number, today: string): Record<string, Day> {
  const history: Record<string, Day> = {};
  for (let i = 0; i < days; i++)
    history[addDays(today, -i)] = { ...EMPTY_DAY, sittingMs: (4 + (i % 4)) * 3_600_000, bouts: 8, longestBoutMs: 2_400_000 };
  return history;
}

/** What counts as "on screen" for a page: an element timing it names, or its first contentful paint. */
type Seen = { element: string } | 'first-contentful-paint';

interface Measured {
  path: string;
  seen: Seen;
  label: string;
  target: number;
}

const PAGES: Measured[] = [
  // The shell may paint before the numbers: only the "Sitting today" number itself counts.
  { path: 'popup.html', seen: { element: 'today-total' }, label: 'popup: "Sitting today" on screen', target: 1.5 },
  // Nothing paints on these pages before their content.
  { path: 'history.html', seen: 'first-contentful-paint', label: 'history: first contentful paint', target: 2 },
  { path: 'options.html', seen: 'first-contentful-paint', label: 'options: first contentful paint', target: 2 },
];

/** Milliseconds from navigation start until `seen`, read from the page's buffered performance entries. */
async function timeToSeen(ext: LaunchedExtension, path: string, seen: Seen): Promise<number> {
  const page = await ext.openPage(path, path === 'popup.html' ? { viewport: POPUP_VIEWPORT } : {});
  try {
    return await page.evaluate(
      (wanted) =>
        new Promise<number>((resolve, reject) => {
          const type = wanted === 'first-contentful-paint' ? 'paint' : 'element';
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              const timing = entry as PerformanceEntry & { identifier?: string; renderTime?: number; loadTime?: number };
              const hit = wanted === 'first-contentful-paint' ? entry.name === wanted : timing.identifier === wanted.element;
              if (!hit) continue;
              observer.disconnect();
              resolve(timing.renderTime || timing.loadTime || entry.startTime);
              return;
            }
          });
          observer.observe({ type, buffered: true });
          // A page that never paints what it should is a broken page, not a slow one.
          setTimeout(() => reject(new Error(`${location.pathname}: ${JSON.stringify(wanted)} not painted within 10 s`)), 10_000);
        }),
      seen,
    );
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (value: number) => `${value.toFixed(0)} ms`;

describe('in real Chromium', () => {
  it('times each page to its content on screen, as a ratio to a blank extension page opened alternately', async () => {
    // The blank page goes into a copy of the build, so it is never shipped.
    const copy = mkdtempSync(join(tmpdir(), 'hipcheck-bench-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    writeFileSync(join(copy, 'blank.html'), BLANK_HTML);
    const ext = await launchExtension({ extensionDir: copy });
    try {
      // Kept open throughout, so every page opens into the extension's running renderer, as the popup
      // usually does next to a live worker, and no open pays for a process the next one reuses.
      const holder = await ext.openPage('blank.html');
      const blankAll: number[] = [];
      const popupByDays: Record<number, number> = {};
      for (const days of HISTORY_DAYS) {
        await seedHistory(holder, historyOf(days, dayKey(Date.now())));
        const blank: number[] = [];
        const times = new Map<string, number[]>(PAGES.map((page) => [page.path, []]));
        // Each open over the blank opened just before it: robust to load that drifts within the rounds.
        const paired = new Map<string, number[]>(PAGES.map((page) => [page.path, []]));
        // One round dropped: the first opens after a storage write pay for warming caches.
        for (let round = -1; round < ROUNDS; round++) {
          for (const { path, seen } of PAGES) {
            const blankTime = await timeToSeen(ext, 'blank.html', 'first-contentful-paint');
            const time = await timeToSeen(ext, path, seen);
            if (round < 0) continue;
            blank.push(blankTime);
            times.get(path)?.push(time);
            paired.get(path)?.push(time / blankTime);
          }
        }
        blankAll.push(...blank);
        const blankMedian = median(blank);
        for (const { path, label, target } of PAGES) {
          const pageMedian = median(times.get(path) ?? []);
          if (path === 'popup.html') popupByDays[days] = pageMedian / blankMedian;
          record({
            [`${label}, ${days} days of history (ratio to blank)`]: {
              value: pageMedian / blankMedian,
              unit: '×',
              target: `≤ ${target}`,
              note: `median ${ms(pageMedian)}, blank ${ms(blankMedian)}; paired ${median(paired.get(path) ?? []).toFixed(2)}×; ${ROUNDS} each`,
            },
          });
        }
        expect(blank.length).toBe(PAGES.length * ROUNDS);
      }
      record({
        'blank extension page: first contentful paint (median)': {
          value: median(blankAll),
          unit: 'ms',
          note: `${blankAll.length} opens, alternating with the pages`,
        },
        'popup: ratio with 730 days ÷ ratio with 0 days': {
          value: (popupByDays[730] as number) / (popupByDays[0] as number),
          unit: '×',
          target: '≈ 1 (flat)',
          note: 'how much the history a person has slows the popup',
        },
      });
    } finally {
      await ext.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
