import { existsSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearNudges, clearStandingReminder, showNudge, showStandingReminder, showWarning } from './notify';

/** Chrome's notification options, some of which Firefox's types leave out. */
type Shown = { iconUrl?: string; requireInteraction?: boolean; buttons?: Array<{ title: string }> };

/** The notifications on screen, by id, with the options each was shown with. */
const onScreen = async () => (await fakeBrowser.notifications.getAll()) as Record<string, Shown>;

const ICON = 'chrome-extension://test-extension-id/icon/128.png';

beforeEach(() => fakeBrowser.reset());

describe('the nudge', () => {
  it('stays on screen until answered, with a Stretch now button and a snooze button', async () => {
    await showNudge({ minutes: 50, moveName: 'Kneeling hip flexor stretch', canSnooze: true, snoozeMinutes: 10 });
    expect(await onScreen()).toEqual({
      'hipcheck:nudge': {
        type: 'basic',
        iconUrl: ICON,
        title: 'Time to stand up',
        message: 'You have been sitting for 50 min. Try: Kneeling hip flexor stretch.',
        priority: 2,
        requireInteraction: true,
        buttons: [{ title: 'Stretch now' }, { title: 'Snooze 10 min' }],
      },
    });
  });

  it('offers only Stretch now when snoozing is not allowed', async () => {
    await showNudge({ minutes: 90, moveName: 'Standing quad stretch', canSnooze: false, snoozeMinutes: 10 });
    const nudge = (await onScreen())['hipcheck:nudge'];
    expect(nudge?.buttons).toEqual([{ title: 'Stretch now' }]);
    expect(nudge?.requireInteraction).toBe(true);
  });

  it('names the snooze button with the snooze length', async () => {
    await showNudge({ minutes: 50, moveName: 'Lunge', canSnooze: true, snoozeMinutes: 5 });
    expect((await onScreen())['hipcheck:nudge']?.buttons?.[1]).toEqual({ title: 'Snooze 5 min' });
  });

  it('takes the place of the warning that came before it', async () => {
    await showWarning('Lunge');
    await showNudge({ minutes: 50, moveName: 'Lunge', canSnooze: true, snoozeMinutes: 10 });
    expect(Object.keys(await onScreen())).toEqual(['hipcheck:nudge']);
  });

  it('shows an icon the extension ships', async () => {
    await showNudge({ minutes: 50, moveName: 'Lunge', canSnooze: true, snoozeMinutes: 10 });
    const iconUrl = (await onScreen())['hipcheck:nudge']?.iconUrl ?? '';
    const path = iconUrl.replace('chrome-extension://test-extension-id/', '');
    expect(path).toMatch(/^icon\/\d+\.png$/);
    expect(existsSync(new URL(`../../public/${path}`, import.meta.url))).toBe(true);
  });
});

describe('the warning a minute before', () => {
  it('is quiet and low priority, with no buttons, and does not wait to be answered', async () => {
    await showWarning('Pigeon pose');
    expect(await onScreen()).toEqual({
      'hipcheck:warn': {
        type: 'basic',
        iconUrl: ICON,
        title: 'A break in a minute',
        message: 'Finish your thought; next up: Pigeon pose.',
        priority: 0,
        silent: true,
      },
    });
  });
});

describe('the standing reminder', () => {
  it('is a low-priority suggestion with no buttons that may make its usual sound', async () => {
    await showStandingReminder(45);
    expect(await onScreen()).toEqual({
      'hipcheck:standing': {
        type: 'basic',
        iconUrl: ICON,
        title: 'Time to change position',
        message: 'You have stood for 45 min. Sit for a while, and tell HipCheck in its popup.',
        priority: 0,
      },
    });
  });

  it('is cleared on its own, leaving a nudge on screen', async () => {
    await showNudge({ minutes: 50, moveName: 'Lunge', canSnooze: false, snoozeMinutes: 10 });
    await showStandingReminder(45);
    await clearStandingReminder();
    expect(Object.keys(await onScreen())).toEqual(['hipcheck:nudge']);
  });
});

describe('clearing the nudges', () => {
  it('takes down the nudge and the warning, and leaves the standing reminder', async () => {
    await showStandingReminder(45);
    await showWarning('Lunge');
    await fakeBrowser.notifications.create('hipcheck:nudge', { type: 'basic', iconUrl: ICON, title: '', message: '' });
    await clearNudges();
    expect(Object.keys(await onScreen())).toEqual(['hipcheck:standing']);
  });
});

describe('notification ids', () => {
  // A notification outlives the worker and an update: a click on one shown by the previous version
  // arrives with the id that version gave it. An empty id would make the browser invent one.
  it('stay the ones earlier versions used, one per kind', async () => {
    await showNudge({ minutes: 50, moveName: 'Lunge', canSnooze: true, snoozeMinutes: 10 });
    await showStandingReminder(45);
    await showWarning('Lunge');
    expect(Object.keys(await onScreen()).sort()).toEqual(['hipcheck:nudge', 'hipcheck:standing', 'hipcheck:warn']);
  });
});
