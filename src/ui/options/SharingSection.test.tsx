// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { otherComputer, shareThisComputer } from '../../../test/fixtures/computers';
import { INACTIVE_MS } from '../../core/shared-days';
import { COMPUTER_PREFIX, computerKey, readSharing } from '../../storage/computers';
import { SharingSection } from './SharingSection';
import { click, descriptionOf, runBackground, type } from './test-helpers';

const NOW = new Date(2026, 5, 10, 10, 0).getTime();
const MIN = 60_000;

const sharing = async () => readSharing((await fakeBrowser.storage.local.get('sharing')).sharing);
const records = async () => Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) => key.startsWith(COMPUTER_PREFIX));

async function renderSection() {
  render(<SharingSection />);
  return screen.findByRole('checkbox', { name: 'Count my sitting across my computers' });
}

beforeEach(() => {
  fakeBrowser.reset();
  runBackground();
});
afterEach(cleanup);

describe('options: your computers', () => {
  it('is off by default, and says in one paragraph what turning it on shares and that nothing else changes', async () => {
    const toggle = (await renderSection()) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    const paragraph = descriptionOf(toggle);
    for (const words of [
      'sync storage',
      'random id',
      'last 8 days',
      'nothing about what you did',
      'Nothing else changes',
      'removed from sync',
    ])
      expect(paragraph).toContain(words);
    expect(screen.queryByRole('textbox', { name: 'This computer’s name' })).toBeNull();
    expect(await records()).toEqual([]);
  });

  it('turns on with a suggested name, shares at once, and says so', async () => {
    const toggle = await renderSection();
    click(toggle);
    expect(await screen.findByText(/^This computer now counts your sitting across your computers, as “.+”\.$/)).toBeTruthy();
    const { on, id, name } = await sharing();
    expect(on).toBe(true);
    expect(name).not.toBe('');
    expect(await records()).toEqual([computerKey(id as string)]);
    expect(((await screen.findByRole('textbox', { name: 'This computer’s name' })) as HTMLInputElement).value).toBe(name);
    expect(await screen.findByText(/^Last shared: /)).toBeTruthy();
  });

  it('renames this computer, and its record carries the new name', async () => {
    await shareThisComputer('Old name', 'thiscomputer1');
    await renderSection();
    type(await screen.findByRole('textbox', { name: 'This computer’s name' }), '  Home desk  ');
    click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Saved: this computer is now “Home desk”.')).toBeTruthy();
    expect(
      ((await fakeBrowser.storage.sync.get(computerKey('thiscomputer1')))[computerKey('thiscomputer1')] as { name: string }).name,
    ).toBe('Home desk');
  });

  it('says since when sharing fails and why, and that counting goes on here', async () => {
    await shareThisComputer('Laptop', 'thiscomputer1', { failedAt: NOW - 30 * MIN, failure: 'QUOTA_BYTES quota exceeded' });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await renderSection();
    const failed = await screen.findByTestId('sharing-failed');
    expect(failed.textContent).toContain('QUOTA_BYTES quota exceeded');
    expect(failed.textContent).toContain('HipCheck keeps counting on this computer and tries again');
    expect(failed.closest('[role="status"]')).not.toBeNull();
  });

  it('lists the computers, offers to remove an inactive one, and removes only its record', async () => {
    await shareThisComputer('Laptop', 'thiscomputer1');
    await otherComputer('desktop00001', 'Desktop', [], Date.now() - MIN);
    await otherComputer('oldlaptop001', 'Old laptop', [], Date.now() - INACTIVE_MS - MIN);
    await renderSection();
    const list = await screen.findByRole('table', { name: 'Computers that share your sitting' });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['Laptop', 'Desktop', 'Old laptop']);
    expect(within(rows[1] as HTMLElement).queryByRole('button')).toBeNull();
    expect(rows[2]?.textContent).toContain('Inactive since');
    click(within(rows[2] as HTMLElement).getByRole('button', { name: 'Remove Old laptop' }));
    expect(await screen.findByText('“Old laptop” was removed from your browser’s sync storage.')).toBeTruthy();
    await waitFor(async () => expect(await records()).toEqual([computerKey('desktop00001')]));
    await waitFor(() => expect(screen.queryByText('Old laptop')).toBeNull());
  });

  it('turns off, removing this computer’s record and no other', async () => {
    await shareThisComputer('Laptop', 'thiscomputer1');
    await otherComputer('desktop00001', 'Desktop', [], Date.now());
    await fakeBrowser.runtime.sendMessage({ type: 'sharing', name: 'Laptop' });
    expect((await records()).sort()).toEqual([computerKey('desktop00001'), computerKey('thiscomputer1')]);
    const toggle = (await renderSection()) as HTMLInputElement;
    await waitFor(() => expect(toggle.checked).toBe(true));
    click(toggle);
    expect(await screen.findByText(/^This computer no longer shares your sitting/)).toBeTruthy();
    expect(await records()).toEqual([computerKey('desktop00001')]);
    expect(await sharing()).toMatchObject({ on: false, id: 'thiscomputer1', name: 'Laptop' });
  });
});
