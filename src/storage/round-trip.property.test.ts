import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS, settingsArb, timelineArb } from '../../test/arbitraries';
import { knownNow } from '../core/day-limits';
import { INITIAL_ENGINE, step, type Tracked } from '../core/engine';
import { joinMonths, splitIntoMonths } from './history-months';
import { parseEngine, parseHistory } from './parse';
import { exportJson, importInto } from './transfer';

/**
 * Whatever the engine reaches from any signals, what the background saves (history one item per
 * month) reads back as it was, with
 * no repair, and the history exports and imports back to the same days. Storage keeps JSON, so each
 * value goes through JSON as chrome.storage does.
 */
const stored = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('saved, loaded, exported and imported', () => {
  it(
    'gives back the same engine state and the same days, for every state the engine reaches',
    () => {
      fc.assert(
        fc.property(settingsArb, timelineArb, (settings, signals) => {
          let tracked: Tracked = { engine: INITIAL_ENGINE, history: {} };
          for (const signal of signals) {
            tracked = step(tracked, signal, settings);
            const now = signal.at;
            expect(parseEngine(stored(tracked.engine), now)).toEqual({ value: tracked.engine, problems: [] });
          }
          const now = signals.at(-1)?.at ?? 0;
          // Filed by month as the background writes it, and joined back as every reader reads it.
          const months = joinMonths(stored(splitIntoMonths(tracked.history)) as Record<string, unknown>);
          const history = parseHistory(months.days, months.dropped);
          expect(history).toEqual({ value: tracked.history, problems: [] });
          // Into the same books, as a person re-imports their own export, and into empty ones.
          const again = importInto(history.value, exportJson(settings, history.value, now), now);
          expect(again).toMatchObject({ ok: true, settings, history: tracked.history });
          const fresh = importInto({}, exportJson(settings, history.value, now), knownNow(tracked.history, now));
          expect(fresh).toMatchObject({ ok: true, settings, history: tracked.history });
        }),
        { numRuns: FC_RUNS },
      );
    },
    FC_TIMEOUT_MS,
  );
});
