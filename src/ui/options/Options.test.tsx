// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { render as renderFrame } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { settingsItem } from '../../storage/items';
import { loadSettings } from '../../storage/parse';
import { readEarly, watchItems } from '../use-snapshot';
import { Options } from './Options';
import { click, descriptionOf, numberInput, runBackground, spyOnSyncWrites, storedSettings, type, typeAndLeave } from './test-helpers';

async function renderOptions() {
  render(<Options />);
  await screen.findByRole('heading', { level: 1, name: 'HipCheck options' });
}

async function save(expected: string | RegExp = 'Changes saved.') {
  click(screen.getByRole('button', { name: 'Save changes' }));
  await screen.findByText(expected);
}

beforeEach(() => {
  fakeBrowser.reset();
  runBackground();
});
afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

describe('options page', () => {
  it('shows every section with a heading and a short intro', async () => {
    await renderOptions();
    for (const name of ['Breaks', 'How to nudge', 'Sit-stand desk', 'When', 'Routine', 'Appearance and goal', 'Your data']) {
      const section = screen.getByRole('region', { name });
      expect(section.querySelector('.section__intro')?.textContent).not.toBe('');
      expect(screen.getByRole('link', { name })).toHaveProperty('hash', `#${section.id}`);
    }
    expect(screen.getByText(/Why 30 minutes\?/).parentElement?.textContent).toContain('Diaz et al., Annals of Internal Medicine, 2017');
  });

  it('saves the break settings', async () => {
    await renderOptions();
    type(numberInput('Break interval'), '45');
    type(numberInput('Natural break: screen locked'), '2');
    type(numberInput('Natural break: no input'), '3');
    type(numberInput('Idle sensitivity'), '90');
    type(numberInput('Snooze length'), '10');
    type(numberInput('Snoozes per bout'), '0');
    type(numberInput('Reminders'), '1');
    click(screen.getByRole('checkbox', { name: 'Warn me a minute before the nudge' }));
    expect(screen.getByText('You have unsaved changes.')).toBeTruthy();
    await save();
    expect(await storedSettings()).toMatchObject({
      breakIntervalMinutes: 45,
      lockedBreakMinutes: 2,
      naturalBreakMinutes: 3,
      idleDetectionSeconds: 90,
      snoozeMinutes: 10,
      maxSnoozesPerBout: 0,
      maxReminders: 1,
      preBreakWarning: true,
    });
  });

  it('explains the sit-stand desk mode and saves when to suggest changing position, 0 for never', async () => {
    await renderOptions();
    const section = screen.getByRole('region', { name: 'Sit-stand desk' });
    expect(section.querySelector('.section__intro')?.textContent).toMatch(/press “I’m standing” in the popup/);
    const field = numberInput('Change position after');
    expect(field.value).toBe('45');
    expect(descriptionOf(field)).toContain('0 turns it off. From 0 to 240.');
    type(field, '0');
    await save();
    expect(await storedSettings()).toMatchObject({ standingReminderMinutes: 0 });
  });

  it('saves how to nudge and the break page cues', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'Open the break page' }));
    click(screen.getByRole('checkbox', { name: 'Chime between moves' }));
    click(screen.getByRole('checkbox', { name: 'Read the moves aloud' }));
    click(screen.getByRole('checkbox', { name: 'Open the break page if the last reminder goes unanswered' }));
    await save();
    expect(await storedSettings()).toMatchObject({ nudgeStyle: 'tab', chime: true, voice: true, openTabIfUnanswered: false });
  });

  it('saves the when toggles', async () => {
    await renderOptions();
    click(screen.getByRole('checkbox', { name: "Don't nudge while a window is fullscreen" }));
    click(screen.getByRole('checkbox', { name: 'Wait while a tab plays sound' }));
    click(screen.getByRole('checkbox', { name: 'Idle while sound plays still counts as sitting' }));
    await save();
    expect(await storedSettings()).toMatchObject({ deferWhileFullscreen: false, deferWhileAudible: false, audioKeepsSitting: false });
  });

  it('previews the chosen routine and saves it', async () => {
    await renderOptions();
    const preview = () => within(screen.getByRole('list', { name: /^Moves in/ }));
    expect(preview().getByText('Kneeling hip-flexor stretch')).toBeTruthy();
    expect(preview().getAllByText('Hold 30 s per side').length).toBeGreaterThan(0);
    click(screen.getByRole('radio', { name: 'Two minutes at the desk' }));
    expect(screen.getByRole('radio', { name: 'Two minutes at the desk' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(descriptionOf(screen.getByRole('radio', { name: 'Two minutes at the desk' }))).toContain('About 2 min · 3 moves');
    expect(
      preview()
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Standing hip-flexor stretchHold 25 s per side', 'Standing figure-4 stretchHold 20 s per side', 'Squat10 reps']);
    await save();
    expect((await storedSettings()).routine).toBe('desk_two_minutes');
  });

  it('offers the walking break: about 5 minutes of walking, then one hip-flexor stretch, with its source', async () => {
    await renderOptions();
    const radio = screen.getByRole('radio', { name: 'Walking break' });
    expect(descriptionOf(radio)).toContain('a lap of the office');
    expect(descriptionOf(radio)).toContain('Duran et al., 2023');
    expect(descriptionOf(radio)).toContain('About 6 min · 4 moves');
    click(radio);
    expect(
      within(screen.getByRole('list', { name: /^Moves in/ }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Water and a lap3 min', 'Take the stairs1 min', 'Walk1 min', 'Standing hip-flexor stretchHold 30 s per side']);
    await save();
    expect((await storedSettings()).routine).toBe('walking_break');
  });

  it('previews the theme at once and saves it with the daily goal in hours and minutes', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    type(screen.getByRole('spinbutton', { name: 'hours' }), '5');
    type(screen.getByRole('spinbutton', { name: 'minutes' }), '30');
    await save();
    expect(await storedSettings()).toMatchObject({ theme: 'dark', dailyGoalMinutes: 330 });
  });

  it('explains the two natural-break lengths in words, each with its range, and checks the lock length like its neighbours', async () => {
    await renderOptions();
    const locked = numberInput('Natural break: screen locked');
    const noInput = numberInput('Natural break: no input');
    expect([locked.value, noInput.value]).toEqual(['1', '5']);
    expect(descriptionOf(locked)).toContain('A locked screen for at least this long ends the bout as a natural break');
    expect(descriptionOf(locked)).toContain('From 1 to 30.');
    expect(descriptionOf(noInput)).toContain('No keyboard or mouse input for at least this long, with the screen not locked');
    expect(descriptionOf(noInput)).toContain('From 1 to 30.');
    const writes = spyOnSyncWrites();
    typeAndLeave(locked, '31');
    expect(locked.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(locked)).toContain('Enter a whole number from 1 to 30.');
    await save('Nothing was saved: fix the highlighted fields.');
    await waitFor(() => expect(document.activeElement).toBe(locked));
    expect(writes).not.toHaveBeenCalled();
    type(locked, '4');
    await save();
    expect(await storedSettings()).toMatchObject({ lockedBreakMinutes: 4, naturalBreakMinutes: 5 });
  });

  it('shows a message next to an out-of-range number as soon as the field is left', async () => {
    await renderOptions();
    const snooze = numberInput('Snooze length');
    typeAndLeave(snooze, '0');
    expect(snooze.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(snooze)).toContain('Enter a whole number from 1 to 60.');
    typeAndLeave(snooze, '7');
    expect(snooze.getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(snooze)).not.toContain('Enter a whole number');
  });

  it('refuses out-of-range and fractional values, says so next to each field and saves nothing', async () => {
    await renderOptions();
    const writes = spyOnSyncWrites();
    type(numberInput('Break interval'), '200');
    type(numberInput('Idle sensitivity'), '5');
    type(numberInput('Reminders'), '1.5');
    type(screen.getByRole('spinbutton', { name: 'hours' }), '20');
    click(screen.getByRole('checkbox', { name: 'Chime between moves' }));
    await save('Nothing was saved: fix the highlighted fields.');
    expect(descriptionOf(numberInput('Break interval'))).toContain('Enter a whole number from 5 to 120.');
    expect(descriptionOf(numberInput('Idle sensitivity'))).toContain('Enter a whole number from 15 to 600.');
    expect(descriptionOf(numberInput('Reminders'))).toContain('Enter a whole number from 0 to 10.');
    expect(descriptionOf(screen.getByRole('spinbutton', { name: 'hours' }))).toMatch(/Choose a goal from 1 hr to 16 hr/);
    for (const input of [numberInput('Break interval'), numberInput('Idle sensitivity'), numberInput('Reminders')])
      expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(writes).not.toHaveBeenCalled();
    expect(await settingsItem.getValue()).toBeNull();
  });

  it('writes nothing when nothing changed, even after edits that come back to the saved value', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, breakIntervalMinutes: 40 });
    await renderOptions();
    const writes = spyOnSyncWrites();
    await save('Nothing to save: no setting has changed.');
    type(numberInput('Break interval'), '45');
    type(numberInput('Break interval'), '040');
    click(screen.getByRole('radio', { name: 'Badge only' }));
    click(screen.getByRole('radio', { name: 'Show a notification' }));
    expect(screen.queryByText('Nothing to save: no setting has changed.')).toBeNull();
    await save('Nothing to save: no setting has changed.');
    expect(writes).not.toHaveBeenCalled();
  });

  it('writes only once, with only the settings that changed', async () => {
    await renderOptions();
    const writes = spyOnSyncWrites();
    type(numberInput('Break interval'), '25');
    await save();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, breakIntervalMinutes: 25 });
  });

  it('says so, in words, when the browser refuses to store the settings, and keeps the edit', async () => {
    await renderOptions();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    type(numberInput('Break interval'), '25');
    click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('HipCheck could not store the change (MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded)');
    expect(screen.queryByText('Changes saved.')).toBeNull();
    expect(numberInput('Break interval').value).toBe('25');
    expect(screen.getByText('You have unsaved changes.')).toBeTruthy();
    expect(await settingsItem.getValue()).toBeNull();
  });

  it('follows changes made elsewhere without losing the edit in progress', async () => {
    await renderOptions();
    type(numberInput('Break interval'), '45');
    await act(async () => {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, breakIntervalMinutes: 20, snoozeMinutes: 12, chime: true });
    });
    await waitFor(() => expect(numberInput('Snooze length').value).toBe('12'));
    expect(numberInput('Break interval').value).toBe('45');
    expect((screen.getByRole('checkbox', { name: 'Chime between moves' }) as HTMLInputElement).checked).toBe(true);
    await save();
    expect(await storedSettings()).toMatchObject({ breakIntervalMinutes: 45, snoozeMinutes: 12, chime: true });
  });

  it('discards edits back to the saved settings', async () => {
    await renderOptions();
    type(numberInput('Break interval'), '45');
    click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(numberInput('Break interval').value).toBe('30');
    expect(screen.getByText('Changes discarded.')).toBeTruthy();
    expect(screen.queryByText('You have unsaved changes.')).toBeNull();
  });

  it('shows the stored settings in its first render when opened with a read started before it (no empty first frame)', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, snoozeMinutes: 12 });
    render(<Options initial={await readEarly(loadSettings, watchItems([settingsItem]))} />);
    expect(numberInput('Snooze length').value).toBe('12');
  });

  it('paints its first section first, with the stored settings, and the rest of the page a frame later', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, snoozeMinutes: 12, chime: true });
    const initial = await readEarly(loadSettings, watchItems([settingsItem]));
    const root = document.body.appendChild(document.createElement('div'));
    // Outside act: what the first frame holds, before Preact runs its after-paint effects.
    try {
      renderFrame(<Options initial={initial} />, root);
      expect((within(root).getByRole('spinbutton', { name: /Snooze length/ }) as HTMLInputElement).value).toBe('12');
      for (const name of ['How to nudge', 'Sit-stand desk', 'Routine', 'Your computers']) {
        expect(within(root).queryByRole('region', { name })).toBeNull();
      }
      await waitFor(() => expect(within(root).getByRole('region', { name: 'Routine' })).toBeTruthy());
      for (const name of ['Breaks', 'How to nudge', 'Sit-stand desk', 'Your computers']) {
        expect(within(root).getByRole('region', { name })).toBeTruthy();
      }
      expect((within(root).getByRole('checkbox', { name: 'Chime between moves' }) as HTMLInputElement).checked).toBe(true);
      await waitFor(() => expect(within(root).getByRole('button', { name: 'Export everything (JSON)' })).toBeTruthy());
    } finally {
      renderFrame(null, root);
      root.remove();
    }
  });

  describe('opened at a #fragment (the welcome page links to #routine)', () => {
    /** The ids of the elements scrolled into view, in order, until the whole page is drawn. */
    async function scrolledOpening(fragment: string): Promise<string[]> {
      const scrolled: string[] = [];
      vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
        scrolled.push(this.id);
      });
      location.hash = fragment;
      onTestFinished(() => {
        location.hash = '';
      });
      const initial = await readEarly(loadSettings, watchItems([settingsItem]));
      const root = document.body.appendChild(document.createElement('div'));
      try {
        renderFrame(<Options initial={initial} />, root);
        await waitFor(() => expect(within(root).getByRole('button', { name: 'Export everything (JSON)' })).toBeTruthy());
        return scrolled;
      } finally {
        renderFrame(null, root);
        root.remove();
      }
    }

    it('scrolls to a section drawn after the first frame once it is there, and once', async () => {
      expect(await scrolledOpening('#routine')).toEqual(['routine']);
    });

    it('scrolls to a section of the first frame once, and not again when the rest is drawn', async () => {
      expect(await scrolledOpening('#breaks')).toEqual(['breaks']);
    });

    it('scrolls nowhere when the fragment names nothing, or there is none', async () => {
      expect(await scrolledOpening('#no-such-section')).toEqual([]);
      expect(await scrolledOpening('')).toEqual([]);
    });
  });

  it('shows a change stored while its early read was under way', async () => {
    const early = readEarly(loadSettings, watchItems([settingsItem]));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, snoozeMinutes: 12 });
    render(<Options initial={await early} />);
    await waitFor(() => expect(numberInput('Snooze length').value).toBe('12'));
  });

  it('shows repaired values when storage holds bad ones', async () => {
    await settingsItem.setValue({ breakIntervalMinutes: 999, snoozeMinutes: 8 });
    await renderOptions();
    expect(numberInput('Break interval').value).toBe('30');
    expect(numberInput('Snooze length').value).toBe('8');
  });
});
