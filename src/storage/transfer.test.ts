import fc from 'fast-check';
import { installI18n } from '../../test/fakes/i18n';
import { dayKeys } from '../../test/fixtures/days';
import { day, H, history, MALFORMED_IMPORTS, NOW, settings, TODAY, withChange } from '../../test/fixtures/imports';
import { addDays } from '../core/days';
import { type DayStats, EMPTY_DAY, HISTORY_DAYS, type History } from '../core/history';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { Computer } from '../core/shared-days';
import { describeProblem } from '../i18n';
import type { Problem } from '../problems';
import { parseHistory } from './parse';
import {
  computersSection,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportJson,
  historyCsv,
  importInto,
  MAX_IMPORT_BYTES,
  mergeImport,
  parseImport,
} from './transfer';

const reasons = (result: ReturnType<typeof parseImport>) => (result.ok ? '' : result.errors.map(describeProblem).join('\n'));
const file = (fields: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, ...fields });

describe('export and import', () => {
  it('round-trips: importing an export gives back the same settings and history', () => {
    expect(parseImport(exportJson(settings, history, NOW), NOW)).toEqual({ ok: true, settings, history });
  });

  it('writes CSV with one row per day in minutes', () => {
    const csv = historyCsv(history).trim().split('\n');
    expect(csv[0]).toBe(
      'date,sitting_minutes,bouts,longest_bout_minutes,prolonged_sitting_minutes,natural_breaks,guided_breaks,partial_breaks,moved_minutes,nudges,snoozes,ignored_nudges,standing_minutes,standing_periods,meeting_holds',
    );
    expect(csv[1]).toBe('2026-06-08,360,3,60,60,0,2,0,0,0,0,0,0,0,0');
    expect(historyCsv({ '2026-06-08': { ...EMPTY_DAY, standingMs: 80 * 60_000, standingPeriods: 2 } })).toMatch(/,80,2,0\n$/);
    expect(historyCsv({ '2026-06-08': { ...EMPTY_DAY, meetingHolds: 3 } })).toMatch(/,0,0,3\n$/);
    expect(csv).toHaveLength(4);
  });

  it.each(MALFORMED_IMPORTS)('refuses %s with a clear message', (_, text, message) => {
    const result = parseImport(text, NOW);
    expect(result.ok).toBe(false);
    expect(reasons(result)).toMatch(message);
  });

  it('lists many problems at once, with a count of the rest', () => {
    const text = withChange((f) => {
      for (let d = 1; d <= 20; d++) f.history[`2026-05-${String(d).padStart(2, '0')}`] = { sittingMs: -1 };
    });
    const result = parseImport(text, NOW);
    expect(result.ok ? [] : result.errors).toHaveLength(13);
    expect(result.ok ? '' : describeProblem(result.errors.at(-1) as Problem)).toBe('…and 8 more problems.');
  });

  it('never throws: whatever it is given, the answer is a result, and a refusal always says why', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((history) => file({ history })),
      fc.jsonValue().map((settings) => file({ settings, history: {} })),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = parseImport(text, NOW);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
    );
    for (const odd of [null, undefined, 42, { length: 3 }]) {
      expect(parseImport(odd as unknown as string, NOW)).toEqual({ ok: false, errors: [{ key: 'importUnexpected' }] });
    }
  });

  it('quotes a 10,000-deep setting without overflowing the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = `{"format":"${EXPORT_FORMAT}","version":1,"history":{},"settings":{"customRoutine":${deep}}}`;
    expect(reasons(parseImport(text, NOW))).toBe('Setting "customRoutine" has an invalid value: [[[[…]]]].');
  });
});

describe('settings in an import', () => {
  it('change no setting when the file has none', () => {
    expect(parseImport(file({ history: {} }), NOW)).toEqual({ ok: true, settings: {}, history: {} });
  });

  it('change only the settings the file names', () => {
    expect(parseImport(file({ history: {}, settings: { theme: 'light' } }), NOW)).toEqual({
      ok: true,
      settings: { theme: 'light' },
      history: {},
    });
  });

  it('from an export of version 1 take the same migration as stored settings: the old default natural break becomes 5', () => {
    const { lockedBreakMinutes: _, ...v1 } = { ...DEFAULT_SETTINGS, naturalBreakMinutes: 2 };
    const imported = (settings: object, version: number) => {
      const result = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version, settings, history: {} }), NOW);
      return result.ok ? result.settings : reasons(result);
    };
    expect(imported(v1, 1)).toEqual({ ...v1, naturalBreakMinutes: 5 });
    expect(imported({ ...v1, naturalBreakMinutes: 8 }, 1)).toEqual({ ...v1, naturalBreakMinutes: 8 });
    // Version 2 wrote the settings as the person has them now: 2 is a choice.
    expect(imported({ naturalBreakMinutes: 2, lockedBreakMinutes: 3 }, 2)).toEqual({ naturalBreakMinutes: 2, lockedBreakMinutes: 3 });
    expect(JSON.parse(exportJson(DEFAULT_SETTINGS, {}, NOW)).version).toBe(3);
  });

  it('refuse a lock length out of range, naming the setting, from an export of either version', () => {
    for (const version of [1, 2]) {
      const text = JSON.stringify({ format: EXPORT_FORMAT, version, settings: { lockedBreakMinutes: 0 }, history: {} });
      expect(reasons(parseImport(text, NOW))).toBe('Setting "lockedBreakMinutes" has an invalid value: 0.');
    }
  });
});

describe('days in an import', () => {
  it('must fit their day: 24.5 hours of sitting on a 24-hour day is refused, 25 hours on the day clocks go back is not', () => {
    const result = parseImport(file({ history: { '2026-06-08': { ...day(24.5), longestBoutMs: 24.5 * H } } }), NOW);
    expect(reasons(result)).toBe('2026-06-08: sittingMs is 24.5 hours, more than that day has had (24 hours).');
    const fallBack = { '2025-11-02': { ...day(25), longestBoutMs: 25 * H } };
    expect(parseImport(file({ history: fallBack }), NOW)).toMatchObject({ ok: true, history: fallBack });
  });

  it('may hold today only the time that has passed since midnight', () => {
    expect(reasons(parseImport(file({ history: { [TODAY]: day(12.5) } }), NOW))).toBe(
      `${TODAY}: sittingMs is 12.5 hours, more than that day has had (12 hours).`,
    );
    expect(parseImport(file({ history: { [TODAY]: day(12) } }), NOW).ok).toBe(true);
  });

  it('refuses tomorrow', () => {
    expect(reasons(parseImport(file({ history: { [addDays(TODAY, 1)]: day(1) } }), NOW))).toBe('2026-06-11 is in the future.');
  });

  it('are held to the same counts as stored days', () => {
    const result = parseImport(file({ history: { '2026-06-08': { ...day(1), partialBreaks: 10_001 } } }), NOW);
    expect(reasons(result)).toBe('2026-06-08: invalid partialBreaks.');
  });

  it('keep standing time, held to the day like sitting', () => {
    const stood = { ...day(6), standingMs: 2 * H, standingPeriods: 3 };
    expect(parseImport(file({ history: { '2026-06-08': stood } }), NOW)).toMatchObject({ ok: true, history: { '2026-06-08': stood } });
    expect(reasons(parseImport(file({ history: { '2026-06-08': { ...day(1), standingMs: 25 * H } } }), NOW))).toBe(
      '2026-06-08: standingMs is 25 hours, more than that day has had (24 hours).',
    );
  });

  it('keep the nudges held for meetings, held to the counts like nudges, and read a file from before them as none', () => {
    const met = { ...day(6), meetingHolds: 2 };
    expect(parseImport(file({ history: { '2026-06-08': met } }), NOW)).toMatchObject({ ok: true, history: { '2026-06-08': met } });
    expect(reasons(parseImport(file({ history: { '2026-06-08': { ...day(1), meetingHolds: 1.5 } } }), NOW))).toBe(
      '2026-06-08: invalid meetingHolds.',
    );
    const { meetingHolds: _, ...standingEra } = { ...day(6), standingMs: H, standingPeriods: 1 };
    expect(parseImport(file({ history: { '2026-06-08': standingEra } }), NOW)).toMatchObject({
      ok: true,
      history: { '2026-06-08': { ...standingEra, meetingHolds: 0 } },
    });
  });

  it('take the counters an older export lacks as zero', () => {
    const v1 = { sittingMs: H, bouts: 1, longestBoutMs: H };
    expect(parseImport(file({ history: { '2026-06-08': v1 } }), NOW)).toEqual({
      ok: true,
      settings: {},
      history: { '2026-06-08': { ...EMPTY_DAY, ...v1 } },
    });
  });

  it('always import back from an export of a history HipCheck read, whatever was stored', () => {
    const odd = fc.oneof(fc.constantFrom(-1, 2.5, 10_001), fc.double(), fc.jsonValue());
    const ms = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 26 * H }) }, { weight: 1, arbitrary: odd });
    const count = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: odd });
    const fields = Object.fromEntries(Object.keys(EMPTY_DAY).map((field) => [field, field.endsWith('Ms') ? ms : count]));
    const stored = fc.dictionary(
      dayKeys.filter((key) => key < '2026'),
      fc.record(fields),
      { maxKeys: 30 },
    );
    fc.assert(
      fc.property(stored, (raw) => {
        const { value } = parseHistory(raw);
        const imported = parseImport(exportJson(DEFAULT_SETTINGS, value, NOW), NOW);
        expect(imported).toEqual({ ok: true, settings: DEFAULT_SETTINGS, history: value });
        expect(mergeImport({}, value).history).toEqual(value);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});

describe('a day listed twice', () => {
  const twice = (first: string, second: string) =>
    `{"format":"${EXPORT_FORMAT}","version":1,"history":{${first}:{"sittingMs":1,"bouts":1},${second}:{"sittingMs":2,"bouts":1}}}`;

  it('is refused, however its key is escaped', () => {
    expect(reasons(parseImport(twice('"2026-06-02"', '"2026-06-02"'), NOW))).toBe('Days listed twice: 2026-06-02.');
    expect(reasons(parseImport(twice('"2026-06-02"', '"2026-06-0\\u0032"'), NOW))).toBe('Days listed twice: 2026-06-02.');
    expect(reasons(parseImport(twice('"2026\\u002d06-02"', '"2026-06-02"'), NOW))).toBe('Days listed twice: 2026-06-02.');
  });

  it('is looked for only among the days of the history, not in date-like keys elsewhere', () => {
    const text = `{"format":"${EXPORT_FORMAT}","version":1,"note":{"2026-06-02":"x"},"history":{"2026-06-02":{"sittingMs":1,"bouts":1,"x":{"2026-06-02":1}}}}`;
    expect(parseImport(text, NOW).ok).toBe(true);
    expect(parseImport(text.replace('"note"', '"2026-06-02"'), NOW).ok).toBe(true);
  });

  it('is found even when a string value is full of braces and quotes', () => {
    const text = `{"format":"${EXPORT_FORMAT}","version":1,"note":"{\\"history\\":{\\"2026-06-02\\":1}}","history":{"2026-06-02":{"sittingMs":1,"bouts":1}}}`;
    expect(parseImport(text, NOW).ok).toBe(true);
  });

  it('a history listed twice is refused too: only the last one would be read', () => {
    const text = `{"format":"${EXPORT_FORMAT}","version":1,"history":{"2026-06-01":{"sittingMs":1,"bouts":1}},"hi\\u0073tory":{}}`;
    expect(reasons(parseImport(text, NOW))).toBe('"history" is listed twice in the file.');
  });
});

describe('merging an import', () => {
  it('keeps the larger value field by field, so importing the same export twice changes nothing', () => {
    const mine: History = { '2026-06-10': { ...day(1), naturalBreaks: 4 } };
    const once = mergeImport(mine, history);
    expect(once.history['2026-06-10']).toEqual({ ...day(2), naturalBreaks: 4 });
    expect(once.history['2026-06-08']).toEqual(day(6));
    expect(once.summary).toEqual({ added: 2, updated: 1, unchanged: 0, outsideRetention: 0, oldestKept: '2026-06-08' });
    const twice = mergeImport(once.history, history);
    expect(twice.history).toBe(once.history);
    expect(twice.summary).toEqual({ added: 0, updated: 0, unchanged: 3, outsideRetention: 0, oldestKept: '2026-06-08' });
  });

  it('never cuts what is stored: a day the clock says cannot have happened yet stays as recorded', () => {
    // 13 hours today at noon: recorded before the clock was set back.
    const mine: History = { [TODAY]: { ...day(13), longestBoutMs: 13 * H } };
    const { history: merged, summary } = mergeImport(mine, { [TODAY]: day(1) });
    expect(merged).toBe(mine);
    expect(summary.unchanged).toBe(1);
  });

  it('takes back its own export after the clock was set back past midnight', () => {
    const tomorrow = '2026-06-11';
    const mine: History = { [tomorrow]: day(1), [TODAY]: day(14) };
    const result = importInto(mine, exportJson(settings, mine, NOW), NOW);
    expect(result).toMatchObject({ ok: true, history: mine, summary: { unchanged: 2 } });
    expect(importInto({}, exportJson(settings, mine, NOW), NOW).ok).toBe(false);
  });

  it('refuses a file over the limit before reading it, with its size in MB to a tenth, written in the reader’s language', () => {
    const text = ' '.repeat(MAX_IMPORT_BYTES + 1);
    const result = parseImport(text, NOW);
    expect(result).toMatchObject({ ok: false, errors: [{ key: 'importTooLargeMb', subs: [5] }] });
    expect(parseImport(' '.repeat(2.56 * 1048576), NOW)).not.toMatchObject({ errors: [{ key: 'importTooLargeMb' }] });
    const larger = parseImport(' '.repeat(Math.ceil(5.26 * 1048576)), NOW);
    expect(larger.ok ? [] : larger.errors.map(describeProblem)).toEqual([expect.stringContaining('5.3 MB')]);
    installI18n('de');
    expect(larger.ok ? [] : larger.errors.map(describeProblem)).toEqual([expect.stringContaining('5,3 MB')]);
  });

  it('counts truly: of 20,000 valid days, only the newest two years are kept, and it says how many fell outside', () => {
    const days: Record<string, DayStats> = {};
    for (let i = 0; i < 20_000; i++) days[addDays('1970-01-01', i)] = { ...day(1), longestBoutMs: H, prolongedMs: 0 };
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, history: days });
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const imported = parseImport(text, NOW);
    expect(imported.ok).toBe(true);
    const mine: History = { '2026-06-01': day(3) };
    const { history: merged, summary } = mergeImport(mine, imported.ok ? imported.history : {});
    expect(Object.keys(merged)).toHaveLength(HISTORY_DAYS);
    expect(summary).toEqual({
      added: HISTORY_DAYS - 1,
      updated: 0,
      unchanged: 0,
      outsideRetention: 20_000 - (HISTORY_DAYS - 1),
      oldestKept: addDays('1970-01-01', 20_000 - (HISTORY_DAYS - 1)),
    });
  });

  it('reports an empty merge as nothing kept', () => {
    expect(mergeImport({}, {})).toEqual({
      history: {},
      summary: { added: 0, updated: 0, unchanged: 0, outsideRetention: 0, oldestKept: null },
    });
  });
});

describe('an export across computers', () => {
  const sat = (sittingMs: number): DayStats => ({ ...EMPTY_DAY, sittingMs, bouts: 1, longestBoutMs: sittingMs });
  const laptop: Computer = { id: 'laptop000001', name: 'Laptop', seen: NOW, origin: 0, minutes: [], totals: {} };
  const desktop: Computer = { ...laptop, id: 'desktop00001', name: 'Desktop', seen: NOW - 60_000 };

  it('holds the merged days and each computer’s own, in milliseconds, this computer first', () => {
    const section = computersSection(
      [laptop, desktop],
      [
        { day: '2026-06-10', all: 180, each: [120, 120] },
        { day: '2026-05-20', all: null, each: [0, 200] },
        { day: '2026-05-01', all: null, each: [30, null] },
      ],
    );
    expect(section).toEqual({
      merged: { '2026-06-10': 180 * 60_000 },
      each: [
        {
          name: 'Laptop',
          thisComputer: true,
          lastHeardFrom: new Date(NOW).toISOString(),
          days: { '2026-05-01': 30 * 60_000, '2026-05-20': 0, '2026-06-10': 120 * 60_000 },
        },
        {
          name: 'Desktop',
          thisComputer: false,
          lastHeardFrom: new Date(NOW - 60_000).toISOString(),
          days: { '2026-05-20': 200 * 60_000, '2026-06-10': 120 * 60_000 },
        },
      ],
    });
  });

  it('imports this computer’s own days, as an export of one computer does, and leaves the other computers’ alone', () => {
    const history = { '2026-06-09': sat(3_600_000) };
    const section = computersSection([laptop, desktop], [{ day: '2026-06-09', all: 90, each: [60, 60] }]);
    const text = exportJson(DEFAULT_SETTINGS, history, NOW, section);
    expect(JSON.parse(text)).toMatchObject({ version: 3, computers: section });
    expect(parseImport(text, NOW)).toEqual({ ok: true, settings: DEFAULT_SETTINGS, history });
  });

  it('imports a file whatever its computers section holds: it is a record, not something imported', () => {
    const history = { '2026-06-09': sat(3_600_000) };
    for (const computers of [null, 'x', { merged: { '2099-01-01': -5 } }, [1, 2, 3]]) {
      expect(parseImport(file({ history, computers }), NOW)).toEqual({ ok: true, settings: {}, history });
    }
  });

  it('still imports files of versions 1 and 2, which have no computers', () => {
    const history = { '2026-06-09': sat(3_600_000) };
    for (const version of [1, 2]) {
      expect(parseImport(JSON.stringify({ format: EXPORT_FORMAT, version, history }), NOW)).toEqual({ ok: true, settings: {}, history });
    }
  });
});
