import { day, history, MALFORMED_IMPORTS, NOW, settings, TODAY, withChange } from '../../test/fixtures/imports';
import type { History } from '../core/history';
import { describeProblem } from '../i18n';
import type { Problem } from '../problems';
import { exportJson, historyCsv, MAX_IMPORT_BYTES, mergeHistory, parseImport } from './transfer';

describe('export and import', () => {
  it('round-trips: importing an export gives back the same settings and history', () => {
    const result = parseImport(exportJson(settings, history, NOW), TODAY);
    expect(result).toEqual({ ok: true, settings, history, days: 3 });
  });

  it('writes CSV with one row per day in minutes', () => {
    const csv = historyCsv(history).trim().split('\n');
    expect(csv[0]).toBe(
      'date,sitting_minutes,bouts,longest_bout_minutes,prolonged_sitting_minutes,natural_breaks,guided_breaks,partial_breaks,moved_minutes,nudges,snoozes,ignored_nudges',
    );
    expect(csv[1]).toBe('2026-06-08,360,3,60,60,0,2,0,0,0,0,0');
    expect(csv).toHaveLength(4);
  });

  it('merges days field by field, so importing twice changes nothing', () => {
    const mine: History = { '2026-06-10': { ...day(3), naturalBreaks: 4 } };
    const once = mergeHistory(mine, history);
    expect(once['2026-06-10']).toEqual({ ...day(3), naturalBreaks: 4 });
    expect(once['2026-06-08']).toEqual(day(6));
    expect(mergeHistory(once, history)).toEqual(once);
  });

  it.each(MALFORMED_IMPORTS)('refuses %s with a clear message', (_, text, message) => {
    const result = parseImport(text, TODAY);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.map(describeProblem).join('\n')).toMatch(message);
  });

  it('lists many problems at once, with a count of the rest', () => {
    const text = withChange((f) => {
      for (let d = 1; d <= 20; d++) f.history[`2026-05-${String(d).padStart(2, '0')}`] = { sittingMs: -1 };
    });
    const result = parseImport(text, TODAY);
    expect(result.ok ? [] : result.errors).toHaveLength(13);
    expect(result.ok ? '' : describeProblem(result.errors.at(-1) as Problem)).toBe('…and 8 more problems.');
  });

  it('keeps the MALFORMED_IMPORTS list honest: at least 20 cases', () => {
    expect(MALFORMED_IMPORTS.length).toBeGreaterThanOrEqual(20);
    expect(MAX_IMPORT_BYTES).toBeLessThan(20 * 1024 * 1024);
  });
});
