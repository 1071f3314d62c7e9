import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fireCommand } from '../../test/fakes/commands';
import { installIdleFake } from '../../test/fakes/idle';
import type { Request } from '../messages';
import { startBackground } from './index';
import type { Tracker } from './tracker';

/**
 * The background's listeners only route: each browser event and page request reaches one tracker
 * method. Those methods are stubbed here (their work is tested in test/), so each test sees exactly
 * which one an event reached, with what.
 */

const T0 = new Date(2026, 5, 10, 9).getTime();

const ROUTED = [
  'signal',
  'pauseOver',
  'startup',
  'openBreak',
  'nudgeDismissed',
  'snooze',
  'togglePause',
  'posture',
  'breakDone',
  'pause',
  'resume',
  'meeting',
  'postureSeen',
  'wake',
  'repairsSeen',
  'reset',
  'settingsChanged',
] as const satisfies ReadonlyArray<keyof Tracker>;
type Routed = (typeof ROUTED)[number];

let tracker: Tracker;
let stubs: Record<Routed, ReturnType<typeof vi.fn>>;

/** The routed methods that were called, each with its arguments. */
function reached(): Array<[Routed, ...unknown[]]> {
  return ROUTED.flatMap((name) => stubs[name].mock.calls.map((args) => [name, ...args] as [Routed, ...unknown[]]));
}

async function start() {
  installIdleFake('active');
  tracker = startBackground({ log: () => {} });
  await tracker.settled();
  stubs = Object.fromEntries(
    ROUTED.map((name) => [name, vi.spyOn(tracker, name as 'wake').mockResolvedValue(undefined) as ReturnType<typeof vi.fn>]),
  ) as typeof stubs;
}

const send = async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, {}))[0];
const alarm = (name: string): Browser.alarms.Alarm => ({ name, scheduledTime: Date.now(), periodInMinutes: 1 });
const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  await start();
});
afterEach(() => vi.useRealTimers());

describe('page requests', () => {
  it.each<[string, Request, [Routed, ...unknown[]]]>([
    ['opening the break page', { type: 'break:open' }, ['openBreak']],
    ['a finished break', { type: 'break:done', startedAt: T0 - 60_000, completed: true }, ['breakDone', T0 - 60_000, true]],
    ['a snooze', { type: 'nudge:snooze' }, ['snooze']],
    ['a pause', { type: 'pause', choice: { minutes: 30 } }, ['pause', { minutes: 30 }]],
    ['resuming', { type: 'resume' }, ['resume']],
    ['a meeting', { type: 'meeting', held: true }, ['meeting', true]],
    ['standing up', { type: 'posture', posture: 'standing' }, ['posture', 'standing']],
    ['a note on standing seen', { type: 'posture:seen' }, ['postureSeen']],
    ['a repair', { type: 'repair' }, ['wake']],
    ['repairs seen', { type: 'repairs:seen' }, ['repairsSeen']],
    ['a reset', { type: 'reset' }, ['reset']],
  ])('%s reaches its own handler, and the page hears that it was done', async (_, request, call) => {
    expect(await send(request)).toEqual({ ok: true });
    expect(reached()).toEqual([call]);
  });

  it('an unknown request reaches nothing and is refused', async () => {
    expect(await send({ type: 'snooze' })).toEqual({ ok: false, errors: [{ key: 'problem_unknownRequest' }] });
    expect(reached()).toEqual([]);
  });
});

describe('alarms', () => {
  it('the tick alarm is a tick', async () => {
    await fakeBrowser.alarms.onAlarm.trigger(alarm('hipcheck:tick'));
    expect(reached()).toEqual([['signal', 'tick']]);
  });

  it('the resume alarm ends the pause', async () => {
    await fakeBrowser.alarms.onAlarm.trigger(alarm('hipcheck:resume'));
    expect(reached()).toEqual([['pauseOver']]);
  });

  it('an alarm HipCheck does not know does nothing', async () => {
    await fakeBrowser.alarms.onAlarm.trigger(alarm('someone-else'));
    expect(reached()).toEqual([]);
  });
});

describe('install and update', () => {
  it('a fresh install starts counting and opens the welcome page', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(reached()).toEqual([['startup']]);
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('an update keeps counting where it was, without a welcome', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    expect(reached()).toEqual([]);
    expect(await welcomeTabs()).toHaveLength(0);
  });

  it('a browser start is a startup', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    expect(reached()).toEqual([['startup']]);
  });
});

describe('notifications', () => {
  it.each(['hipcheck:nudge', 'hipcheck:warn'])('a click on %s opens the break', async (id) => {
    await fakeBrowser.notifications.onClicked.trigger(id);
    expect(reached()).toEqual([['openBreak']]);
  });

  it('a click on another notification does nothing', async () => {
    await fakeBrowser.notifications.onClicked.trigger('hipcheck:standing');
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    expect(reached()).toEqual([]);
  });

  it("the nudge's Stretch now button opens the break", async () => {
    await fakeBrowser.notifications.onButtonClicked.trigger('hipcheck:nudge', 0);
    expect(reached()).toEqual([['openBreak']]);
  });

  it("the nudge's snooze button snoozes", async () => {
    await fakeBrowser.notifications.onButtonClicked.trigger('hipcheck:nudge', 1);
    expect(reached()).toEqual([['snooze']]);
  });

  it('buttons on another notification, or a button the nudge does not have, do nothing', async () => {
    await fakeBrowser.notifications.onButtonClicked.trigger('hipcheck:warn', 0);
    await fakeBrowser.notifications.onButtonClicked.trigger('hipcheck:warn', 1);
    await fakeBrowser.notifications.onButtonClicked.trigger('someone-else', 1);
    await fakeBrowser.notifications.onButtonClicked.trigger('hipcheck:nudge', 2);
    expect(reached()).toEqual([]);
  });

  it('closing the nudge is an answer; the browser taking it down is not', async () => {
    await fakeBrowser.notifications.onClosed.trigger('hipcheck:nudge', false);
    await fakeBrowser.notifications.onClosed.trigger('hipcheck:warn', true);
    expect(reached()).toEqual([]);
    await fakeBrowser.notifications.onClosed.trigger('hipcheck:nudge', true);
    expect(reached()).toEqual([['nudgeDismissed']]);
  });
});

describe('keyboard commands', () => {
  it('start-break opens the break', async () => {
    await fireCommand('start-break');
    expect(reached()).toEqual([['openBreak']]);
  });

  it('toggle-pause pauses for an hour, or resumes', async () => {
    await fireCommand('toggle-pause');
    expect(reached()).toEqual([['togglePause', { minutes: 60 }]]);
  });

  it('toggle-standing switches between sitting and standing', async () => {
    await fireCommand('toggle-standing');
    expect(reached()).toEqual([['posture', 'toggle']]);
  });

  it('a command HipCheck does not know does nothing', async () => {
    await fireCommand('_execute_action');
    expect(reached()).toEqual([]);
  });
});

describe('on browsers with less', () => {
  /** Runs `test` with `key` of `api` missing, as on a browser that lacks it. */
  async function without<T extends object>(api: T, key: keyof T, test: () => Promise<void>) {
    const kept = api[key];
    Reflect.deleteProperty(api, key);
    try {
      await test();
    } finally {
      api[key] = kept;
    }
  }

  it('starts without notification buttons or a close event (Firefox), and still answers clicks', async () => {
    await without(fakeBrowser.notifications, 'onButtonClicked', () =>
      without(fakeBrowser.notifications, 'onClosed', async () => {
        fakeBrowser.reset();
        await start();
        await fakeBrowser.notifications.onClicked.trigger('hipcheck:nudge');
        expect(reached()).toEqual([['openBreak']]);
      }),
    );
  });

  it('starts without keyboard commands (Firefox for Android), and still answers alarms', async () => {
    await without(fakeBrowser, 'commands', async () => {
      fakeBrowser.reset();
      await start();
      await fakeBrowser.alarms.onAlarm.trigger(alarm('hipcheck:tick'));
      expect(reached()).toEqual([['signal', 'tick']]);
    });
  });
});
