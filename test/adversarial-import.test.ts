import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import type { History } from '../src/core/history';
import { SETTING_KEYS, sameValue } from '../src/core/settings';
import { describeProblem } from '../src/i18n';
import type { Reply } from '../src/messages';
import { settingsItem } from '../src/storage/items';
import { parseHistory, parseSettings } from '../src/storage/parse';
import { installIdleFake } from './fakes/idle';
import { day, NOW, valid } from './fixtures/imports';
import { seedHistory, storedHistory } from './stored-history';

/**
 * Hostile and malformed files through the background's real import path: each is either refused
 * with reasons a person can read, leaving storage exactly as it was, or accepted with a summary
 * that tells the truth about what it changed.
 */
// FC_RUNS lowers it too: a mutation run (npm run mutate) repeats this test for every mutant it covers.
const RUNS = Number(process.env.FC_RUNS ?? 1000);
let tracker: ReturnType<typeof startBackground>;

const everything = async () => JSON.stringify([await fakeBrowser.storage.local.get(), await fakeBrowser.storage.sync.get()]);
const send = async (text: string) =>
  (await fakeBrowser.runtime.onMessage.trigger({ type: 'import', text, id: 'adversary' }, {})).find(Boolean) as unknown as Reply;

const anyJson = fc.jsonValue({ maxDepth: 4 });
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '2026-06-0\\u0038', '2026\\u002d06-09', '');
const dayKeyish = fc.oneof(
  fc.date({ min: new Date(1990, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '2026-6-1', 'yesterday'),
);
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-1, 0, 1, 1e308, -0, 2 ** 53, 48 * 3_600_000, 10_000, 10_001, 25.98 * 3_600_000),
);
const dayRecord = fc.oneof(
  fc.record({ sittingMs: number, bouts: number, longestBoutMs: number, prolongedMs: number, movedMs: number, partialBreaks: number }),
  fc.constant(day(2)),
  anyJson,
);
const deepArray = fc.integer({ min: 1, max: 10_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);

const H = 3_600_000;
/** Days that fit, some of them already stored, some older than the two years kept: files a person may really import. */
const plausibleDay = fc
  .record({ sittingMs: fc.integer({ min: 0, max: 12 * H }), bouts: fc.integer({ min: 1, max: 30 }), moved: fc.integer({ min: 0, max: H }) })
  .map(({ sittingMs, bouts, moved }) => ({
    ...day(0),
    sittingMs,
    bouts,
    longestBoutMs: Math.min(sittingMs, H),
    prolongedMs: 0,
    movedMs: moved,
  }));
const pastDay = fc.date({ min: new Date(2019, 0, 1), max: new Date(2026, 5, 9), noInvalidDate: true }).map((d) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
});
const plausibleFile = fc
  .record({
    history: fc.dictionary(fc.oneof(pastDay, fc.constantFrom('2026-06-01', '2026-06-09')), plausibleDay, { maxKeys: 40 }),
    settings: fc.option(
      fc.record({ theme: fc.constantFrom('light', 'dark'), snoozeMinutes: fc.integer({ min: 1, max: 60 }) }, { requiredKeys: [] }),
    ),
  })
  .map(({ history, settings }) => JSON.stringify({ format: 'hipcheck-export', version: 1, ...(settings ? { settings } : {}), history }));

/** A valid export with one hostile change spliced in, as text. */
const hostileFile = fc.oneof(
  { weight: 4, arbitrary: plausibleFile },
  anyJson.map((value) => JSON.stringify(value)),
  fc
    .record({ key: fc.oneof(dayKeyish, hostileKey), value: dayRecord })
    .map(({ key, value }) => JSON.stringify({ ...valid, history: { ...valid.history, [key]: value } })),
  fc
    .record({ key: fc.oneof(fc.constantFrom(...SETTING_KEYS), hostileKey, fc.string()), value: anyJson })
    .map(({ key, value }) => JSON.stringify({ ...valid, settings: { ...valid.settings, [key]: value } })),
  fc
    .record({ field: fc.constantFrom('format', 'version', 'settings', 'history'), value: anyJson })
    .map(({ field, value }) => JSON.stringify({ ...valid, [field]: value })),
  deepArray.map((nested) => `{"format":"hipcheck-export","version":1,"settings":{"customRoutine":${nested}},"history":{}}`),
  deepArray.map((nested) => `{"format":"hipcheck-export","version":1,"history":{"2026-06-01":${nested}}}`),
  fc.constantFrom(
    '{"format":"hipcheck-export","version":1,"history":{"2026-06-08":{"sittingMs":1},"2026\\u002d06-08":{"sittingMs":2}}}',
    '{"format":"hipcheck-export","version":1,"history":{"__proto__":{"sittingMs":1}}}',
    '{"format":"hipcheck-export","version":1,"settings":{"__proto__":{"theme":"dark"}}}',
  ),
  fc.string().map((text) => `{"format":"hipcheck-export","version":1,${text}`),
);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  installIdleFake('active');
  tracker = startBackground({ log: () => {} });
  await seedHistory({ '2026-06-01': day(7), '2026-06-09': day(1) });
  await settingsItem.setValue({ breakIntervalMinutes: 40 });
  await tracker.settled();
});
afterEach(() => vi.useRealTimers());

describe('hostile import files through the background', () => {
  it(`refuses with reasons and changes nothing, or accepts and says truly what changed (${RUNS} files)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, async (text) => {
        await tracker.settled();
        const before = await everything();
        const historyBefore = (await storedHistory()) as History;
        const reply = await send(text);
        if (!reply.ok) {
          expect(reply.errors.length).toBeGreaterThan(0);
          for (const error of reply.errors) expect(describeProblem(error)).not.toBe(error.key);
          expect(await everything()).toBe(before);
          return;
        }
        const stored = (await storedHistory()) as History;
        expect(parseHistory(stored).problems).toEqual([]);
        const { added, updated, unchanged } = reply.imported ?? { added: -1, updated: -1, unchanged: -1 };
        const newDays = Object.keys(stored).filter((key) => !(key in historyBefore));
        const changedDays = Object.keys(historyBefore).filter((key) => JSON.stringify(stored[key]) !== JSON.stringify(historyBefore[key]));
        expect(added).toBe(newDays.length);
        expect(updated).toBe(changedDays.length);
        expect(unchanged).toBeGreaterThanOrEqual(0);
        const settingsBefore = parseSettings(JSON.parse(before)[1].settings).value;
        const settingsAfter = parseSettings(await settingsItem.getValue()).value;
        const changedSettings = SETTING_KEYS.filter((key) => !sameValue(settingsBefore[key], settingsAfter[key]));
        expect([...(reply.imported?.settings ?? [])].sort()).toEqual(changedSettings.sort());
        // Put things back, so every file meets the same starting point.
        await fakeBrowser.storage.local.set(JSON.parse(before)[0]);
        await fakeBrowser.storage.sync.clear();
        await fakeBrowser.storage.sync.set(JSON.parse(before)[1]);
        await tracker.settled();
      }),
      { numRuns: RUNS },
    );
    // A thousand files take about 2 s alone, and over 5 s (vitest's default limit) on a busy 2-core machine.
  }, 30_000);
});
