import { addDays, dayKey } from '../src/core/days';
import { closeAt, INITIAL_ENGINE, type Signal, step, type Tracked } from '../src/core/engine';
import { EMPTY_DAY } from '../src/core/history';
import { DEFAULT_SETTINGS, NUMBER_SETTINGS } from '../src/core/settings';
import {
  MAX_NAME,
  MERGED_DAYS,
  mergedSince,
  SHARED_DAYS,
  SYNC_ITEM_BYTES,
  SYNC_QUOTA_BYTES,
  shareRecord,
  syncBytes,
} from '../src/core/shared-days';
import { OFFICE_DAY, simulateDay } from '../test/simulate-day';
import { local } from '../test/timeline';
import { record } from './record';

const MIN = 60_000;
const KEY = 'computer:0123456789ab';

/** The office day of test/simulate-day.ts, moved to `date`, as signals: a tick each minute while at the desk. */
function officeDay(date: Date): Signal[] {
  const shift = (at: number) => {
    const then = new Date(at);
    return new Date(date.getFullYear(), date.getMonth(), date.getDate(), then.getHours(), then.getMinutes()).getTime();
  };
  const signals: Signal[] = [];
  OFFICE_DAY.forEach(({ at, state }, i) => {
    signals.push({ at: shift(at), type: state });
    const next = OFFICE_DAY[i + 1];
    if (state === 'active' && next) for (let t = shift(at) + MIN; t < shift(next.at); t += MIN) signals.push({ at: t, type: 'tick' });
  });
  return signals;
}

/** A computer's record after `days` office days (weekends off): what it keeps in sync storage in steady use. */
function officeRecord(days: number, now: number) {
  let tracked: Tracked = { engine: INITIAL_ENGINE, history: {}, sat: [] };
  for (let i = days - 1; i >= 0; i--) {
    const date = new Date(now - i * 24 * 60 * MIN);
    if (date.getDay() === 0 || date.getDay() === 6) continue;
    for (const signal of officeDay(date)) tracked = step(tracked, signal, DEFAULT_SETTINGS);
  }
  tracked = closeAt(tracked, now, DEFAULT_SETTINGS);
  const sat = (tracked.sat ?? []).filter(([, to]) => to > mergedSince(now));
  return shareRecord('Office desktop', sat, tracked.history, now);
}

describe('sharing across computers', () => {
  it('measures the bytes a computer keeps in sync storage and its writes to it per active hour', async () => {
    const now = local(2026, 6, 12, 18);
    const office = officeRecord(SHARED_DAYS, now);
    const officeBytes = syncBytes(KEY, office);
    // The largest possible record: every minute of 8 days sat, every older day full, the longest name.
    const full = Object.fromEntries(
      Array.from({ length: SHARED_DAYS }, (_, i) => [addDays(dayKey(now), -i), { ...EMPTY_DAY, sittingMs: 1440 * MIN }]),
    );
    const worst = shareRecord('😀'.repeat(MAX_NAME), [[mergedSince(now), now]], full, now);
    const worstBytes = syncBytes(KEY, worst);
    const settings = {
      ...DEFAULT_SETTINGS,
      ...Object.fromEntries(Object.entries(NUMBER_SETTINGS).map(([key, { max }]) => [key, max])),
      customRoutine: Array.from({ length: 20 }, () => ({
        moveId: 'x'.repeat(40),
        dose: { kind: 'breaths', count: 60, secondsPerBreath: 30 },
      })),
      workingHours: Array.from({ length: 7 }, () => Array.from({ length: 8 }, (_, i) => ({ start: i * 180, end: i * 180 + 179 }))),
    };
    const tenWorst = 10 * worstBytes + syncBytes('settings', settings) + syncBytes('settings$', { v: 2 });

    vi.useFakeTimers();
    const hours = await simulateDay(undefined, undefined, { share: true });
    vi.useRealTimers();
    const active = hours.filter((h) => h.activeMinutes >= 55);

    record({
      'sharing: bytes in sync per computer, office use': {
        value: officeBytes,
        unit: 'B',
        target: `≤ ${SYNC_ITEM_BYTES} an item`,
        note: `${MERGED_DAYS} days of minutes, ${SHARED_DAYS} of totals`,
      },
      'sharing: bytes in sync per computer per day, office use': {
        value: Math.round(officeBytes / SHARED_DAYS),
        unit: 'B',
        note: `over the ${SHARED_DAYS} days a record covers`,
      },
      'sharing: bytes in sync per day of minutes (bitmap)': {
        value: Math.round(office.bits.length / MERGED_DAYS),
        unit: 'B',
        note: `a day of totals: ${Math.round(JSON.stringify(office.totals).length / office.totals.length)} B`,
      },
      'sharing: bytes in sync per computer, largest possible': { value: worstBytes, unit: 'B', target: `≤ ${SYNC_ITEM_BYTES} an item` },
      'sharing: 10 largest computers and the largest settings': {
        value: Math.round((1000 * tenWorst) / SYNC_QUOTA_BYTES) / 10,
        unit: '% of quota',
        target: '< 80',
        note: `${tenWorst} of ${SYNC_QUOTA_BYTES} B`,
      },
      'sharing: writes to sync per active hour (max)': {
        value: Math.max(...active.map((h) => h.syncWrites)),
        unit: 'count',
        target: '≤ 6 + 1 a departure',
        note: `Chrome allows 120 a minute, 1,800 an hour; ${active.length} active hours`,
      },
      'sharing: worker wakeups per active hour (max), sharing on': {
        value: Math.max(...active.map((h) => h.wakeups)),
        unit: 'count',
        target: 'as with sharing off',
      },
    });
    expect(worstBytes).toBeLessThan(SYNC_ITEM_BYTES);
    expect(tenWorst).toBeLessThan(0.8 * SYNC_QUOTA_BYTES);
  });
});
