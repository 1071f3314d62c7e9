// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { History } from '../src/ui/history/History';
import { Popup } from '../src/ui/popup/Popup';
import { installIdleFake } from './fakes/idle';
import { settle } from './fixtures/pages';

/**
 * Whatever lies in storage (generated JSON under every key HipCheck reads, near-valid shapes among
 * it), the background repairs it without an uncaught error, and the popup and History then show
 * numbers: no NaN, no Infinity, no "undefined", no page stuck on its repair notice.
 */
const RUNS = Number(process.env.FC_RUNS ?? 50);
// Each run renders two pages: 50 by default keeps `npm test` quick; CI's 2,000 take about 80 s.
const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const H = 3_600_000;

const json = fc.jsonValue({ maxDepth: 3 });
const instant = fc.oneof(fc.integer({ min: 0, max: NOW + 400 * 24 * H }), fc.constantFrom(1e16, -1, NOW, NOW - 26 * 365 * 24 * H));
const nearEngine = fc.record({
  presence: fc.oneof(
    fc.record({
      kind: fc.constantFrom('active', 'away', 'unknown', 'asleep'),
      since: instant,
      reason: fc.constantFrom('idle', 'locked', 'gone'),
    }),
    json,
  ),
  lastSignalAt: fc.oneof(instant, fc.constant(null), json),
  bout: fc.oneof(
    fc.constant(null),
    fc.record({ startedAt: instant, spans: fc.oneof(fc.array(fc.tuple(instant, instant), { maxLength: 5 }), json) }),
  ),
});
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e308, -0, 48 * H, 10_001));
const nearDay = fc.dictionary(
  fc.constantFrom('sittingMs', 'bouts', 'longestBoutMs', 'prolongedMs', 'movedMs', 'nudges', 'guidedBreaks'),
  fc.oneof(number, json),
);
const nearHistory = fc.dictionary(
  fc.oneof(fc.constantFrom('2026-06-10', '2026-06-09', '2026-06-04', '2026-02-30', 'today'), fc.string()),
  fc.oneof(nearDay, json),
  { maxKeys: 6 },
);
const settingKey = fc.constantFrom(...(Object.keys(DEFAULT_SETTINGS) as string[]));
const nearSettings = fc.dictionary(settingKey, fc.oneof(number, json, fc.constant('nine to five')), { maxKeys: 6 });
const nearNudges = fc.dictionary(
  fc.constantFrom('boutStartedAt', 'shown', 'snoozes', 'dueAtMs', 'pausedUntil', 'rotation', 'warned', 'lastBreakEndedAt'),
  fc.oneof(instant, number, json),
);

const stored = fc
  .record({
    settings: fc.oneof(nearSettings, json),
    engine: fc.oneof(nearEngine, json),
    history: fc.oneof(nearHistory, json),
    // Either layout: the single item of version 2, migrated, or months already (the single item then left over).
    'history:2026-06': fc.oneof(nearHistory, json),
    history$: fc.constantFrom({ v: 2 }, { v: 3 }),
    nudges: fc.oneof(nearNudges, json),
    repairs: json,
  })
  // A repair notice quotes what was stored: stored text spelling "NaN" is not a number the page rendered.
  .filter((values) => !/NaN|Infinity|undefined|tidying/.test(JSON.stringify(values)));

let failures: unknown[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  failures = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => failures.push(args));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function rendersNumbers(page: () => preact.JSX.Element): Promise<void> {
  const { container, unmount } = render(page());
  await settle();
  await settle();
  const text = container.textContent ?? '';
  expect(text).not.toMatch(/NaN|Infinity|undefined|tidying/);
  expect(text).toMatch(/\d/);
  unmount();
}

describe('any stored value', () => {
  it(`is repaired by the background and leaves popup and History showing numbers (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(stored, async ({ settings, ...local }) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({ settings });
        await fakeBrowser.storage.local.set(local);
        installIdleFake('active');
        const tracker = startBackground({ log: () => {} });
        await tracker.settled();
        await tracker.signal('tick');
        await tracker.settled();
        expect(failures).toEqual([]);
        await rendersNumbers(() => <Popup />);
        await rendersNumbers(() => <History />);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
