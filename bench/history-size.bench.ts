import { addDays, dayKey } from '../src/core/days';
import { EMPTY_DAY } from '../src/core/history';
import { type ExtensionGlobals, launchExtension } from '../test/e2e/extension';
import { activeBout, seedHistory, TICK_ALARM } from '../test/e2e/stored';
import { record } from './record';

/**
 * What an event costs the worker as history grows, in real Chromium: history is stored one item per
 * month, so an event reads and writes only the months it can touch and 730 days should cost what 0 do.
 */
const SIZES = [0, 365, 730];
const RUNS = 21;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** `count` plausible days before today. */
function daysBefore(today: string, count: number) {
  const history: Record<string, typeof EMPTY_DAY> = {};
  for (let i = 1; i <= count; i++)
    history[addDays(today, -i)] = {
      ...EMPTY_DAY,
      sittingMs: (4 + (i % 4)) * 3_600_000,
      bouts: 8,
      longestBoutMs: 2_400_000,
      naturalBreaks: 5,
    };
  return history;
}

describe('in real Chromium, as history grows', () => {
  it('times a message, a tick and a bout end, and counts the bytes a bout end writes, at 0, 365 and 730 days', async () => {
    const ext = await launchExtension();
    const measures: Record<string, { value: number; unit: string; target?: string; note?: string }> = {};
    try {
      // The popup reads only the days it shows, so it adds the same work at every size.
      const page = await ext.openPage('popup.html');
      const results: Record<number, { repair: number; tick: number; boutEnd: number; bytes: number; historyBytes: number }> = {};
      for (const size of SIZES) {
        const now = Date.now();
        await seedHistory(page, daysBefore(dayKey(now), size), { engine: activeBout(now - 10 * 60_000, now) });

        const repair = () =>
          page.evaluate(async () => {
            const { chrome } = globalThis as unknown as ExtensionGlobals;
            const start = performance.now();
            await chrome.runtime.sendMessage({ type: 'repair' });
            return performance.now() - start;
          });
        // The tick alarm set due now; timed until the engine it writes arrives (alarm dispatch included, the same at every size).
        const tick = () =>
          page.evaluate(async (name) => {
            const { chrome } = globalThis as unknown as ExtensionGlobals;
            const written = new Promise<number>((resolve) => {
              const listener = (changes: Record<string, unknown>, area: string) => {
                if (area !== 'local' || !('engine' in changes)) return;
                chrome.storage.onChanged.removeListener(listener);
                resolve(performance.now());
              };
              chrome.storage.onChanged.addListener(listener);
            });
            const start = performance.now();
            await chrome.alarms.create(name, { when: Date.now(), periodInMinutes: 1 });
            return (await written) - start;
          }, TICK_ALARM);
        // A completed guided break ends the bout: its day is written, and what storage.onChanged reports is what was written.
        const boutEnd = () =>
          page.evaluate(async () => {
            const { chrome } = globalThis as unknown as ExtensionGlobals;
            const changed: Record<string, number> = {};
            const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
              if (area !== 'local') return;
              for (const [key, { newValue }] of Object.entries(changes)) changed[key] = JSON.stringify(newValue ?? null).length;
            };
            chrome.storage.onChanged.addListener(listener);
            const start = performance.now();
            await chrome.runtime.sendMessage({ type: 'break:done', startedAt: Date.now() - 60_000, completed: true });
            const ms = performance.now() - start;
            // onChanged is delivered after the reply; a turn of the event loop lets it land.
            await new Promise((resolve) => setTimeout(resolve, 50));
            chrome.storage.onChanged.removeListener(listener);
            return { ms, changed };
          });

        await repair();
        const repairs: number[] = [];
        for (let run = 0; run < RUNS; run++) repairs.push(await repair());
        await tick();
        const ticks: number[] = [];
        for (let run = 0; run < RUNS; run++) ticks.push(await tick());
        await boutEnd();
        const ends: number[] = [];
        let bytes = 0;
        let historyBytes = 0;
        for (let run = 0; run < RUNS; run++) {
          const { ms, changed } = await boutEnd();
          ends.push(ms);
          bytes = Object.values(changed).reduce((sum, n) => sum + n, 0);
          historyBytes = Object.entries(changed)
            .filter(([key]) => key.startsWith('history'))
            .reduce((sum, [, n]) => sum + n, 0);
        }
        results[size] = { repair: median(repairs), tick: median(ticks), boutEnd: median(ends), bytes, historyBytes };
      }

      const base = results[0] as (typeof results)[number];
      for (const size of SIZES) {
        const r = results[size] as (typeof results)[number];
        const ratio = (value: number, of: number) => `${(value / of).toFixed(2)}× 0 days`;
        measures[`history ${size} days: repair message round trip (median of ${RUNS})`] = {
          value: r.repair,
          unit: 'ms',
          ...(size ? { target: '≤ 1.2× 0 days', note: ratio(r.repair, base.repair) } : {}),
        };
        measures[`history ${size} days: tick alarm to engine written (median of ${RUNS})`] = {
          value: r.tick,
          unit: 'ms',
          ...(size ? { target: '≤ 1.2× 0 days', note: ratio(r.tick, base.tick) } : { note: 'alarm dispatch included' }),
        };
        measures[`history ${size} days: bout end (break:done) round trip (median of ${RUNS})`] = {
          value: r.boutEnd,
          unit: 'ms',
          ...(size ? { note: ratio(r.boutEnd, base.boutEnd) } : {}),
        };
        measures[`history ${size} days: bytes written per bout end`] = {
          value: r.bytes,
          unit: 'B',
          note: `${r.historyBytes} B of it history (this month's item and the mark)`,
        };
      }
      record(measures);
      console.table(measures);
      expect(Object.keys(results)).toHaveLength(SIZES.length);
    } finally {
      await ext.close();
    }
  });
});
