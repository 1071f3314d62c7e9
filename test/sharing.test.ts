import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_DAY } from '../src/core/history';
import { INACTIVE_MS, SYNC_QUOTA_BYTES } from '../src/core/shared-days';
import { COMPUTER_PREFIX, computerKey, readSharing } from '../src/storage/computers';
import { readStored } from '../src/storage/light-read';
import { computerDays } from '../src/ui/history/computer-days';
import { readHistoryPage } from '../src/ui/history/read';
import { sharedWeek } from '../src/ui/popup/shared-week';
import { simulateComputers } from './computers';
import { installSyncQuota, usedBytes } from './fakes/sync-quota';
import { send, tickFor } from './harness';
import { seedHistory, storedHistory } from './stored-history';
import { local, MIN } from './timeline';

const T = (h: number, m = 0) => local(2026, 11, 30, h, m);
const TODAY = '2026-11-30';

/** What the popup of the computer whose turn it is shows now. */
const popup = async () => sharedWeek(await readStored(), Date.now());
const syncKeys = async () => Object.keys(await fakeBrowser.storage.sync.get(null)).sort();
const sharingOf = async () => readSharing((await fakeBrowser.storage.local.get('sharing')).sharing);

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T(8));
});
afterEach(() => vi.useRealTimers());

describe('two computers sharing one sync storage', () => {
  it('counts an hour both were active in once: the person sat once', async () => {
    const { as, sit, share } = await simulateComputers();
    await share('laptop');
    await share('desktop');
    await sit('laptop', T(9), T(11));
    await sit('desktop', T(10), T(12));
    vi.setSystemTime(T(12, 30));
    await as('laptop');
    expect(await popup()).toMatchObject({ all: 180 * MIN, mine: 120 * MIN });
    await as('desktop');
    expect(await popup()).toMatchObject({ all: 180 * MIN, mine: 120 * MIN });
  });

  it('adds up sitting done at different times', async () => {
    const { as, sit, share } = await simulateComputers();
    await share('laptop');
    await share('desktop');
    await sit('laptop', T(9), T(10));
    await sit('desktop', T(14), T(15, 30));
    vi.setSystemTime(T(16));
    await as('laptop');
    const week = await popup();
    expect(week).toMatchObject({ all: 150 * MIN, mine: 60 * MIN });
    expect(week?.history[TODAY]?.sittingMs).toBe(150 * MIN);
  });

  it('shows the other computer’s bout while it is still going, as of its last 10-minute slot', async () => {
    const { as, share, idle } = await simulateComputers();
    await share('laptop');
    await share('desktop');
    vi.setSystemTime(T(9));
    idle.state = 'active';
    await as('desktop', async () => {
      await idle.change('active');
      await tickFor(25);
    });
    await as('laptop');
    // The desktop shared at 9:10 and 9:20: its 20 minutes so far.
    expect((await popup())?.all).toBe(20 * MIN);
  });

  it('gives the History page each computer’s split, merged only for the days every computer’s minutes reach', async () => {
    const { as, sit, share } = await simulateComputers();
    await share('laptop');
    await as('laptop', () => seedHistory({ '2026-11-10': { ...EMPTY_DAY, sittingMs: 200 * MIN, bouts: 2, longestBoutMs: 100 * MIN } }));
    await share('desktop');
    await sit('laptop', T(9), T(11));
    await sit('desktop', T(10), T(12));
    await as('desktop');
    const shown = computerDays(await readHistoryPage(), Date.now(), 30);
    expect(shown?.computers.map((computer) => computer.name)).toEqual(['desktop', 'laptop']);
    expect(shown?.days[0]).toEqual({ day: TODAY, all: 180, each: [120, 120] });
    // The laptop's own total for a day older than the merged week, where no minutes are shared.
    expect(shown?.days.find((day) => day.day === '2026-11-10')).toEqual({ day: '2026-11-10', all: null, each: [0, 200] });
  });
});

describe('ten computers', () => {
  it('merge into the union of their sitting, each writing only its own record, within 80 % of the quota', async () => {
    const quota = installSyncQuota();
    const { as, sit, share } = await simulateComputers();
    const names = Array.from({ length: 10 }, (_, i) => `computer ${i + 1}`);
    const ids = new Map<string, string>();
    /** The keys each computer wrote, taken from the writes made during its turns. */
    const writers = new Map<string, string[]>();
    const turn = async (name: string, run: () => Promise<unknown>) => {
      const from = quota.written.length;
      await run();
      writers.set(name, [...(writers.get(name) ?? []), ...quota.written.slice(from).flat()]);
    };
    for (const name of names) {
      await turn(name, () => share(name));
      ids.set(name, (await sharingOf()).id as string);
    }
    // Each sits an hour, the next one starting half an hour later: 9:00 to 14:30 in all, 600 minutes summed.
    for (const [i, name] of names.entries()) await turn(name, () => sit(name, T(9) + i * 30 * MIN, T(10) + i * 30 * MIN));
    vi.setSystemTime(T(15));
    await as(names[0] as string);
    expect((await popup())?.all).toBe(330 * MIN);
    expect(quota.refused).toBe(0);
    expect(await syncKeys()).toEqual([...ids.values()].map(computerKey).sort());
    for (const [name, keys] of writers) expect(new Set(keys)).toEqual(new Set([computerKey(ids.get(name) as string)]));
    expect(usedBytes(await fakeBrowser.storage.sync.get(null))).toBeLessThan(0.8 * SYNC_QUOTA_BYTES);
  });
});

describe('a computer not heard from', () => {
  it('counts for 30 days, then is left out of every merge and listed as inactive', async () => {
    vi.setSystemTime(local(2026, 10, 30, 8));
    const { as, sit, share } = await simulateComputers();
    await share('old laptop');
    await sit('old laptop', local(2026, 10, 30, 9), local(2026, 10, 30, 11));
    const seen = local(2026, 10, 30, 11);
    await share('desktop');
    vi.setSystemTime(seen + INACTIVE_MS - MIN);
    await as('desktop');
    expect((await readHistoryPage()).shared?.others.map((computer) => computer.name)).toEqual(['old laptop']);
    expect(computerDays(await readHistoryPage(), Date.now(), 30)?.computers.map((computer) => computer.name)).toEqual([
      'desktop',
      'old laptop',
    ]);
    vi.setSystemTime(seen + INACTIVE_MS);
    await as('desktop');
    expect(computerDays(await readHistoryPage(), Date.now(), 30)?.computers.map((computer) => computer.name)).toEqual(['desktop']);
  });

  it('can be removed, and only its records go', async () => {
    const { as, share } = await simulateComputers();
    await share('old laptop');
    const old = (await sharingOf()).id as string;
    await share('desktop');
    const mine = (await sharingOf()).id as string;
    await as('desktop', () => send({ type: 'computer:forget', id: old }));
    expect(await syncKeys()).toEqual([computerKey(mine)]);
  });
});

describe('when the browser refuses to store the record', () => {
  it('keeps counting locally, says since when, and shares again at the next 10-minute slot', async () => {
    const quota = installSyncQuota();
    const { as, share, idle } = await simulateComputers();
    await share('laptop');
    const key = computerKey((await sharingOf()).id as string);
    quota.refuse = true;
    vi.setSystemTime(T(9));
    await as('laptop', async () => {
      await idle.change('active');
      await tickFor(25);
    });
    // The person's return at 9:00 was the first to try.
    expect(await sharingOf()).toMatchObject({ on: true, failedAt: T(9), failure: 'QUOTA_BYTES quota exceeded' });
    expect(((await fakeBrowser.storage.sync.get(key))[key] as { seen: number }).seen).toBe(T(8));
    expect((await readStored()).tracked.engine.bout?.spans).toEqual([[T(9), T(9, 25)]]);
    quota.refuse = false;
    await as('laptop', () => tickFor(10));
    expect(await sharingOf()).toMatchObject({ failedAt: null, failure: '' });
    expect(((await fakeBrowser.storage.sync.get(key))[key] as { seen: number }).seen).toBe(T(9, 30));
  });

  it('writes the failure once, not at every try', async () => {
    const quota = installSyncQuota();
    const { as, share, idle } = await simulateComputers();
    await share('laptop');
    quota.refuse = true;
    vi.setSystemTime(T(9));
    const local = vi.spyOn(fakeBrowser.storage.local, 'set');
    await as('laptop', async () => {
      await idle.change('active');
      await tickFor(45);
    });
    // Five tries, at 9:00, 9:10, 9:20, 9:30 and 9:40; the failure is stored by the first alone.
    expect(quota.refused).toBe(5);
    const failures = local.mock.calls.filter(([items]) => readSharing(items.sharing).failedAt !== null);
    expect(failures).toHaveLength(1);
  });
});

describe('turning sharing off', () => {
  it('removes this computer’s records and leaves the other computers’ and the settings alone', async () => {
    const { as, share } = await simulateComputers();
    await share('laptop');
    await as('laptop', () => send({ type: 'settings:update', patch: { breakIntervalMinutes: 45 } }));
    await share('desktop');
    const desktop = computerKey((await sharingOf()).id as string);
    const before = (await fakeBrowser.storage.sync.get(desktop))[desktop];
    const laptop = (await syncKeys()).filter((key) => key.startsWith(COMPUTER_PREFIX) && key !== desktop);
    // Whatever else sync holds (the settings, and their version mark when the storage library writes one) stays.
    const others = (await syncKeys()).filter((key) => !laptop.includes(key));
    expect(laptop).toHaveLength(1);
    expect(others).toEqual(expect.arrayContaining([desktop, 'settings']));
    await share('laptop', false);
    expect(await syncKeys()).toEqual(others);
    expect((await fakeBrowser.storage.sync.get(desktop))[desktop]).toEqual(before);
    // It keeps counting, as it always did; the popup shows this computer's sitting alone again.
    expect(await popup()).toBeNull();
  });

  it('is the default: nothing is written to sync storage over a working day', async () => {
    const { as, sit, idle } = await simulateComputers();
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await sit('laptop', T(9), T(12));
    await sit('laptop', T(13), T(17));
    vi.setSystemTime(T(18));
    await as('laptop', () => idle.change('active'));
    expect(sync).not.toHaveBeenCalled();
    expect(await syncKeys()).toEqual([]);
    expect((await storedHistory())?.[TODAY]).toMatchObject({ sittingMs: 7 * 60 * MIN, bouts: 2 });
    expect(await popup()).toBeNull();
  });
});

describe('the cost of sharing', () => {
  it('writes to sync at most 6 times an active hour and once when the person leaves, with no wakeup of its own', async () => {
    const { as, share, idle } = await simulateComputers();
    await share('laptop');
    vi.setSystemTime(T(9));
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const local = vi.spyOn(fakeBrowser.storage.local, 'set');
    // 9:00 to 9:59: the return, then the ticks at 9:10, 9:20, 9:30, 9:40 and 9:50.
    await as('laptop', async () => {
      await idle.change('active');
      await tickFor(59);
    });
    expect(sync).toHaveBeenCalledTimes(6);
    expect(local.mock.calls.length).toBeLessThanOrEqual(61);
    await as('laptop', () => idle.change('locked'));
    expect(sync).toHaveBeenCalledTimes(7);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) => key.startsWith(COMPUTER_PREFIX))).toHaveLength(1);
  });
});
