import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../src/background';
import { TICK_ALARM } from '../src/background/tick-alarm';
import { addDays } from '../src/core/days';
import { type DayStats, HISTORY_DAYS } from '../src/core/history';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { describeProblem } from '../src/i18n';
import type { Reply, Request } from '../src/messages';
import { settingsItem } from '../src/storage/items';
import { readSnapshot } from '../src/storage/parse';
import { EXPORT_FORMAT, exportJson } from '../src/storage/transfer';
import { installIdleFake } from './fakes/idle';
import { day, history, MALFORMED_IMPORTS, NOW, settings } from './fixtures/imports';
import { seedHistory, storedHistory } from './stored-history';

const send = async (request: Request) => (await fakeBrowser.runtime.onMessage.trigger(request, {})).find(Boolean) as unknown as Reply;
const everything = async () => JSON.stringify([await fakeBrowser.storage.local.get(), await fakeBrowser.storage.sync.get()]);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  installIdleFake('active');
  const tracker = startBackground({ log: () => {} });
  await seedHistory({ '2026-06-01': day(7) });
  await settingsItem.setValue({ breakIntervalMinutes: 40 });
  await tracker.settled();
});
afterEach(() => vi.useRealTimers());

describe('import through the background', () => {
  it.each(MALFORMED_IMPORTS)('leaves storage byte-for-byte unchanged for %s, and says why', async (_, text, message) => {
    const before = await everything();
    const reply = await send({ type: 'import', text, id: 'test' });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.errors.map(describeProblem).join('\n')).toMatch(message);
    expect(await everything()).toBe(before);
  });

  it('merges a valid export into the history and takes its settings', async () => {
    const reply = await send({ type: 'import', text: exportJson(settings, history, NOW), id: 'test' });
    expect(reply).toEqual({
      ok: true,
      imported: { settings: ['breakIntervalMinutes', 'theme'], added: 3, updated: 0, unchanged: 0, outsideRetention: 0 },
    });
    expect(Object.keys((await storedHistory()) as object).sort()).toEqual(['2026-06-01', '2026-06-08', '2026-06-09', '2026-06-10']);
    expect(await settingsItem.getValue()).toEqual(settings);
  });

  it('changes only the settings the file names, and counts only the days it kept', async () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { theme: 'light' }, history: { '2026-06-01': day(7) } });
    expect(await send({ type: 'import', text, id: 'test' })).toEqual({
      ok: true,
      imported: { settings: ['theme'], added: 0, updated: 0, unchanged: 1, outsideRetention: 0 },
    });
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, breakIntervalMinutes: 40, theme: 'light' });
  });

  it('brings two years of an export back into months after a reset, day for day, and keeps only the newest HISTORY_DAYS', async () => {
    const years: Record<string, DayStats> = {};
    for (let i = 1; i <= HISTORY_DAYS + 10; i++) years[addDays('2026-06-10', -i)] = day(4);
    const text = exportJson(settings, years, NOW);
    await send({ type: 'reset' });
    expect(await send({ type: 'import', text, id: 'test' })).toMatchObject({
      ok: true,
      imported: { added: HISTORY_DAYS, outsideRetention: 10 },
    });
    const kept = Object.fromEntries(
      Object.entries(years)
        .sort(([a], [b]) => a.localeCompare(b))
        .slice(10),
    );
    expect(await storedHistory()).toEqual(kept);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('history:'))).toHaveLength(25);
    expect(JSON.parse(exportJson(settings, (await readSnapshot()).tracked.history, NOW)).history).toEqual(kept);
  });

  it('resets everything and starts counting again', async () => {
    await send({ type: 'reset' });
    expect(await storedHistory()).toBeNull();
    expect(await settingsItem.getValue()).toBeNull();
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();
  });
});
