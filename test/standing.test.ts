import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLORS } from '../src/background/badge';
import { STANDING_ID } from '../src/background/notify';
import type { EngineState } from '../src/core/engine';
import type { History } from '../src/core/history';
import { engineItem } from '../src/storage/items';
import { fireCommand } from './fakes/commands';
import { installBackground, rgba, send, tickFor } from './harness';
import { storedHistory } from './stored-history';
import { local, MIN } from './timeline';

const T0 = local(2026, 6, 10, 9);

const engine = async () => (await engineItem.getValue()) as EngineState;
const today = async () => ((await storedHistory()) as History)['2026-06-10'];

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('standing at a sit-stand desk, from the background', () => {
  it('counts standing from the popup’s request, with no sitting nudge, and marks the badge until the person sits again', async () => {
    const { tracker } = await installBackground();
    await tickFor(20);
    await send({ type: 'posture', posture: 'standing' });
    await tracker.settled();
    expect(await today()).toMatchObject({ sittingMs: 20 * MIN, bouts: 1, naturalBreaks: 0 });
    await tickFor(45);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([STANDING_ID]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('↑45');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.standing));
    expect(await fakeBrowser.action.getTitle({})).toBe('HipCheck: standing for 45 min');
    await send({ type: 'posture', posture: 'sitting' });
    await tracker.settled();
    expect(await today()).toMatchObject({ standingMs: 45 * MIN, standingPeriods: 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.calm));
  });

  it('suggests changing position once after the chosen standing time, and takes the suggestion down when the person sits', async () => {
    const { tracker } = await installBackground();
    await send({ type: 'posture', posture: 'standing' });
    await tickFor(44);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await tickFor(1);
    expect(await fakeBrowser.notifications.getAll()).toMatchObject({
      [STANDING_ID]: {
        title: 'Time to change position',
        message: 'You have stood for 45 min. Sit for a while, and tell HipCheck in its popup.',
      },
    });
    await fakeBrowser.notifications.clear(STANDING_ID);
    await tickFor(30);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await fakeBrowser.notifications.create(STANDING_ID, { type: 'basic', iconUrl: '', title: '', message: '' });
    await send({ type: 'posture', posture: 'sitting' });
    await tracker.settled();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('toggles with the keyboard command', async () => {
    const { tracker } = await installBackground();
    await fireCommand('toggle-standing');
    await tracker.settled();
    expect((await engine()).standing).toMatchObject({ startedAt: T0 });
    await tickFor(5);
    await fireCommand('toggle-standing');
    await tracker.settled();
    expect((await engine()).standing).toBeNull();
    expect(await today()).toMatchObject({ standingMs: 5 * MIN });
  });

  it('forgets the note that standing ended by itself once a page has told it, and refuses a posture it does not know', async () => {
    const { tracker } = await installBackground();
    await send({ type: 'posture', posture: 'standing' });
    await tickFor(3);
    await fakeBrowser.runtime.onStartup.trigger();
    await tracker.settled();
    expect((await engine()).standingEnded).toBe('startup');
    await send({ type: 'posture:seen' });
    await tracker.settled();
    expect((await engine()).standingEnded).toBeNull();
    const before = await fakeBrowser.storage.local.get();
    const replies = await send({ type: 'posture', posture: 'kneeling' } as never);
    expect(replies).toContainEqual({ ok: false, errors: [{ key: 'problem_unknownRequest' }] });
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });
});
