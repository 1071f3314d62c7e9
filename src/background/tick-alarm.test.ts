import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepTicking, RESUME_ALARM, TICK_ALARM } from './tick-alarm';

const T0 = new Date(2026, 5, 10, 9).getTime();
const SEC = 1000;
const MIN = 60 * SEC;

const tickAlarm = () => fakeBrowser.alarms.get('hipcheck:tick');

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('alarm names', () => {
  // Alarms outlive the worker and an update: the names must stay those earlier versions set, or an
  // update would leave an old alarm firing that nothing answers, and set a second one beside it.
  it('stay the ones earlier versions used', () => {
    expect(TICK_ALARM).toBe('hipcheck:tick');
    expect(RESUME_ALARM).toBe('hipcheck:resume');
  });
});

describe('keeping the tick alarm', () => {
  it('sets a repeating minute alarm at the moment wanted', async () => {
    await keepTicking(T0 + 5 * MIN, T0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([{ name: 'hipcheck:tick', scheduledTime: T0 + 5 * MIN, periodInMinutes: 1 }]);
  });

  it('leaves an alarm due when wanted, or earlier, alone', async () => {
    await keepTicking(T0 + 5 * MIN, T0);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await keepTicking(T0 + 5 * MIN, T0 + MIN);
    await keepTicking(T0 + 8 * MIN, T0 + MIN);
    expect(create).not.toHaveBeenCalled();
    expect((await tickAlarm())?.scheduledTime).toBe(T0 + 5 * MIN);
  });

  it('leaves an alarm due up to a second after the moment wanted: Firefox drifts that much each period', async () => {
    await fakeBrowser.alarms.create(TICK_ALARM, { when: T0 + 5 * MIN + SEC, periodInMinutes: 1 });
    await keepTicking(T0 + 5 * MIN, T0);
    expect((await tickAlarm())?.scheduledTime).toBe(T0 + 5 * MIN + SEC);
  });

  it('moves an alarm due later than that back to the moment wanted', async () => {
    await fakeBrowser.alarms.create(TICK_ALARM, { when: T0 + 5 * MIN + SEC + 1, periodInMinutes: 1 });
    await keepTicking(T0 + 5 * MIN, T0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([{ name: 'hipcheck:tick', scheduledTime: T0 + 5 * MIN, periodInMinutes: 1 }]);
  });

  it('leaves an alarm a browser held back to its 30 s minimum, rather than have it held back again', async () => {
    await fakeBrowser.alarms.create(TICK_ALARM, { when: T0 + 30 * SEC + SEC, periodInMinutes: 1 });
    await keepTicking(T0 + 5 * SEC, T0);
    expect((await tickAlarm())?.scheduledTime).toBe(T0 + 31 * SEC);
  });

  it('moves an alarm due later than the minimum delay allows', async () => {
    await fakeBrowser.alarms.create(TICK_ALARM, { when: T0 + 31 * SEC + 1, periodInMinutes: 1 });
    await keepTicking(T0 + 5 * SEC, T0);
    expect((await tickAlarm())?.scheduledTime).toBe(T0 + 5 * SEC);
  });
});

describe('when no tick is wanted', () => {
  it('drops the tick alarm, leaving others', async () => {
    await fakeBrowser.alarms.create(RESUME_ALARM, { when: T0 + 60 * MIN });
    await keepTicking(T0 + MIN, T0);
    await keepTicking(null, T0);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual(['hipcheck:resume']);
  });

  it('asks nothing more of the browser when there is no alarm to drop', async () => {
    // Every worker start comes through here: calls that change nothing are calls saved.
    const clear = vi.spyOn(fakeBrowser.alarms, 'clear');
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await keepTicking(null, T0);
    expect(clear).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });
});
