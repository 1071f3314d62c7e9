import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedHistory } from '../../test/stored-history';
import { type DayStats, EMPTY_DAY, type History, updateDay } from '../core/history';
import { DEFAULT_SETTINGS } from '../core/settings';
import { readStored } from './light-read';
import { loadBooks } from './parse';
import { exportJson, parseImport } from './transfer';

const H = 3_600_000;
const NOW = new Date(2026, 5, 10, 12).getTime();
// New York's clocks went back on 2 November 2025: that day had 25 hours.
const FALL_BACK = '2025-11-02';
const whole: DayStats = { ...EMPTY_DAY, sittingMs: 25 * H, bouts: 1, longestBoutMs: 25 * H, prolongedMs: 25 * H };
const longDay: History = { [FALL_BACK]: whole };

beforeEach(() => fakeBrowser.reset());

describe('the 25-hour day when the clocks go back', () => {
  it('keeps all 25 hours when the background writes them', () => {
    expect(updateDay({}, FALL_BACK, () => whole)).toEqual(longDay);
  });

  it('reads back whole, with nothing repaired, in the background and on every page', async () => {
    await seedHistory(longDay);
    expect((await loadBooks(NOW)).history).toEqual({ value: longDay, problems: [] });
    // The popup reads only the week it shows, around its own clock: the day after.
    vi.useFakeTimers({ now: new Date(2025, 10, 3, 12), toFake: ['Date'] });
    expect((await readStored()).tracked.history).toEqual(longDay);
    vi.useRealTimers();
  });

  it('imports back whole from an export', () => {
    expect(parseImport(exportJson(DEFAULT_SETTINGS, longDay, NOW), NOW)).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
      history: longDay,
    });
  });

  it('holds no more than its 25 hours', async () => {
    const over: History = { [FALL_BACK]: { ...whole, sittingMs: 25 * H + 1 } };
    await seedHistory(over);
    expect((await loadBooks(NOW)).history.value).toEqual(longDay);
    expect(parseImport(exportJson(DEFAULT_SETTINGS, over, NOW), NOW).ok).toBe(false);
  });
});
