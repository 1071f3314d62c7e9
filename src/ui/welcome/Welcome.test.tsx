// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { readSharing } from '../../storage/computers';
import { settingsItem } from '../../storage/items';
import { answerRequests, click, descriptionOf, runBackground, spyOnSyncWrites, storedSettings, type } from '../options/test-helpers';
import { Welcome } from './Welcome';

async function renderWelcome() {
  render(<Welcome />);
  await screen.findByRole('heading', { level: 1, name: 'Welcome to HipCheck' });
}

beforeEach(() => {
  fakeBrowser.reset();
  runBackground();
});
afterEach(cleanup);

describe('welcome page', () => {
  it('explains what is counted, how, and why, with its sources', async () => {
    await renderWelcome();
    const text = document.body.textContent ?? '';
    expect(text).toContain('never uses the camera');
    expect(text).toContain('Lock your screen for 1 minute or more and it counts as a natural break');
    expect(text).toContain('With the screen not locked, less than 5 minutes without keyboard or mouse input still counts as sitting');
    expect(text).toContain('Nothing leaves your device');
    for (const source of [
      'Diaz et al., Annals of Internal Medicine, 2017',
      'Diaz et al., American Journal of Epidemiology, 2019',
      'Dunstan et al., Diabetes Care, 2012',
      'Duran et al., Medicine & Science in Sports & Exercise, 2023',
    ])
      expect(text).toContain(source);
    expect(screen.getByRole('link', { name: 'All options' }).getAttribute('href')).toBe('/options.html');
  });

  it('says how long each kind of absence takes to count as a break, as the person has set them', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, lockedBreakMinutes: 3, naturalBreakMinutes: 12 });
    await renderWelcome();
    const text = document.body.textContent ?? '';
    expect(text).toContain('Lock your screen for 3 minutes or more');
    expect(text).toContain('less than 12 minutes without keyboard or mouse input');
  });

  it('starts from the current settings and saves the chosen interval and routine', async () => {
    await renderWelcome();
    expect((screen.getByRole('radio', { name: '30 minutes' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Hip-flexor release' }) as HTMLInputElement).checked).toBe(true);
    click(screen.getByRole('radio', { name: '45 minutes' }));
    click(screen.getByRole('radio', { name: 'Two minutes at the desk' }));
    click(screen.getByRole('button', { name: 'Save my choices' }));
    await screen.findByText('Your choices are saved.');
    expect(await storedSettings()).toMatchObject({ breakIntervalMinutes: 45, routine: 'desk_two_minutes' });
  });

  it('offers the walking break among the routines, described and selectable', async () => {
    await renderWelcome();
    const radio = screen.getByRole('radio', { name: 'Walking break' });
    expect(descriptionOf(radio)).toContain('About 5 minutes of light walking');
    click(radio);
    click(screen.getByRole('button', { name: 'Save my choices' }));
    await screen.findByText('Your choices are saved.');
    expect((await storedSettings()).routine).toBe('walking_break');
  });

  it('takes another interval, checked by the schema before anything is saved', async () => {
    await renderWelcome();
    const writes = spyOnSyncWrites();
    click(screen.getByRole('radio', { name: 'Other' }));
    const other = screen.getByRole('spinbutton', { name: 'Break interval' });
    type(other, '150');
    click(screen.getByRole('button', { name: 'Save my choices' }));
    await screen.findByText('Nothing was saved: fix the highlighted fields.');
    expect(other.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(other)).toContain('Enter a whole number from 5 to 120.');
    expect(writes).not.toHaveBeenCalled();

    type(other, '25');
    click(screen.getByRole('button', { name: 'Save my choices' }));
    await screen.findByText('Your choices are saved.');
    expect((await storedSettings()).breakIntervalMinutes).toBe(25);
  });

  it('shows a stored interval that is not a quick choice in the "Other" field', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, breakIntervalMinutes: 50 });
    await renderWelcome();
    expect((screen.getByRole('radio', { name: 'Other' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('spinbutton', { name: 'Break interval' }) as HTMLInputElement).value).toBe('50');
  });

  it('points to the options for building a custom routine', async () => {
    await renderWelcome();
    click(screen.getByRole('radio', { name: 'My routine' }));
    expect(screen.getByRole('link', { name: 'build my routine' }).getAttribute('href')).toBe('/options.html#routine');
  });

  it('"Try a break now" saves the choices first, then asks the background to open a break', async () => {
    const requests = answerRequests({ ok: true });
    await renderWelcome();
    click(screen.getByRole('radio', { name: 'Glutes and core' }));
    click(screen.getByRole('button', { name: 'Try a break now' }));
    await waitFor(() => expect(requests.map((request) => request.type)).toEqual(['settings:update', 'break:open']));
    expect((await storedSettings()).routine).toBe('glutes_core');
  });

  it('does not open a break while a choice is invalid', async () => {
    const requests = answerRequests({ ok: true });
    await renderWelcome();
    click(screen.getByRole('radio', { name: 'Other' }));
    type(screen.getByRole('spinbutton', { name: 'Break interval' }), '2');
    click(screen.getByRole('button', { name: 'Try a break now' }));
    await screen.findByText('Nothing was saved: fix the highlighted fields.');
    expect(requests).toEqual([]);
  });
});

describe('welcome page, several computers', () => {
  it('offers counting across computers, off, and turns it on at once', async () => {
    await renderWelcome();
    const card = screen.getByRole('region', { name: 'More than one computer?' });
    const toggle = (await within(card).findByRole('checkbox', { name: 'Count my sitting across my computers' })) as HTMLInputElement;
    await waitFor(() => expect(toggle.checked).toBe(false));
    expect(descriptionOf(toggle)).toContain('Nothing else changes');
    click(toggle);
    expect(await within(card).findByText(/^This computer now counts your sitting across your computers/)).toBeTruthy();
    expect(readSharing((await fakeBrowser.storage.local.get('sharing')).sharing).on).toBe(true);
  });
});
