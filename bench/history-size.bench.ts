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
/** The sizes are measured in turn, twice over, so a slow spell of this shared machine does not land on one size alone. */
const ROUNDS = 2;

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
      // Options watches only the settings: no page re-reads history while the worker is timed.
      const page = await ext.openPage('options.html');
      const samples = new Map(SIZES.map((size) => [size, { repair: [] as number[], tick: [] as number[], boutEnd: [] as number[] }]));
      const results: Record<number, { repair: number; tick: number; boutEnd: number; bytes: number; historyBytes: number }> = {};
      for (const size of Array.from({ length: ROUNDS }, () => SIZES).flat()) {
        const taken = samples.get(size) as { repair: number[]; tick: number[]; boutEnd: number[] };
        const now = Date.now();
        await seedHistory(page, daysBefore(dayKey(now), size), { engine: activeBout(now - 10 * 60_000, now) });

        const repair = () =>
          page.evaluate(async () => {
            const { chrome } = globalThis as unknown as ExtensionGlobals;
            const start = performance.now();
            await chrome.runtime.sendMessage({ type: 'repair' });
            return performance.now() - start;
          });
        // The tick alarm set due now, timed inside the worker from its dispatch to the engine written:
        // the alarm's own scheduling delay (about a second) is left out, as it is the same at every size.
        // The last tick's handler may still be setting the alarm for its next moment (up to a minute
        // out) and so replace this one: set again until it fires, or the run waits out that minute.
        const tick = () =>
          ext.worker.evaluate(async (name) => {
            const { chrome } = globalThis as unknown as ExtensionGlobals;
            return new Promise<number>((resolve) => {
              let firedAt = 0;
              const fired = (alarm: { name: string }) => {
                if (alarm.name === name) firedAt = performance.now();
              };
              const due = () => chrome.alarms.create(name, { when: Date.now(), periodInMinutes: 1 });
              const again = setInterval(() => {
                if (!firedAt) void due();
              }, 2_000);
              const written = (changes: Record<string, unknown>, area: string) => {
                if (area !== 'local' || !('engine' in changes) || !firedAt) return;
                clearInterval(again);
                chrome.alarms.onAlarm.removeListener(fired);
                chrome.storage.onChanged.removeListener(written);
                resolve(performance.now() - firedAt);
              };
              chrome.alarms.onAlarm.addListener(fired);
              chrome.storage.onChanged.addListener(written);
              void due();
            });
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
            // Begun after the last one ended, or it would be taken for that one reported again.
            await chrome.runtime.sendMessage({ type: 'break:done', startedAt: Date.now() - 5, completed: true });
            const ms = performance.now() - start;
            // onChanged is delivered after the reply; a turn of the event loop lets it land.
            await new Promise((resolve) => setTimeout(resolve, 50));
            chrome.storage.onChanged.removeListener(listener);
            return { ms, changed };
          });

        await repair();
        for (let run = 0; run < RUNS; run++) taken.repair.push(await repair());
        await tick();
        for (let run = 0; run < RUNS; run++) taken.tick.push(await tick());
        await boutEnd();
        let bytes = 0;
        let historyBytes = 0;
        for (let run = 0; run < RUNS; run++) {
          const { ms, changed } = await boutEnd();
          taken.boutEnd.push(ms);
          bytes = Object.values(changed).reduce((sum, n) => sum + n, 0);
          historyBytes = Object.entries(changed)
            .filter(([key]) => key.startsWith('history'))
            .reduce((sum, [, n]) => sum + n, 0);
        }
        results[size] = { repair: median(taken.repair), tick: median(taken.tick), boutEnd: median(taken.boutEnd), bytes, historyBytes };
      }

      const base = results[0] as (typeof results)[number];
      for (const size of SIZES) {
        const r = results[size] as (typeof results)[number];
        const ratio = (value: number, of: number) => `${(value / of).toFixed(2)}× 0 days`;
        measures[`history ${size} days: repair message round trip (median of ${ROUNDS * RUNS})`] = {
          value: r.repair,
          unit: 'ms',
          ...(size ? { target: '≤ 1.2× 0 days', note: ratio(r.repair, base.repair) } : {}),
        };
        measures[`history ${size} days: tick, alarm fired to engine written (median of ${ROUNDS * RUNS})`] = {
          value: r.tick,
          unit: 'ms',
          ...(size ? { target: '≤ 1.2× 0 days', note: ratio(r.tick, base.tick) } : { note: 'timed in the worker' }),
        };
        measures[`history ${size} days: bout end (break:done) round trip (median of ${ROUNDS * RUNS})`] = {
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
