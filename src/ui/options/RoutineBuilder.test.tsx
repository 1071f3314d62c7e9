// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { settingsItem } from '../../storage/items';
import { Options } from './Options';
import { click, descriptionOf, runBackground, spyOnSyncWrites, storedSettings, type } from './test-helpers';

async function renderOptions() {
  render(<Options />);
  await screen.findByRole('heading', { level: 1, name: 'HipCheck options' });
}

async function save(expected = 'Changes saved.') {
  click(screen.getByRole('button', { name: 'Save changes' }));
  await screen.findByText(expected);
}

function addMove(name: string) {
  const select = screen.getByLabelText('Move from the library') as HTMLSelectElement;
  const option = within(select).getByRole('option', { name }) as HTMLOptionElement;
  act(() => {
    fireEvent.change(select, { target: { value: option.value } });
  });
  click(screen.getByRole('button', { name: 'Add move' }));
}

const steps = () =>
  within(screen.getByRole('list', { name: 'My routine' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.step__name')?.textContent);

beforeEach(() => {
  fakeBrowser.reset();
  runBackground();
});
afterEach(cleanup);

describe('custom routine builder', () => {
  it('opens with the "My routine" card and says what breaks use until a move is added', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'My routine' }));
    expect(screen.getByText('Until you add a move, breaks use Hip-flexor release.')).toBeTruthy();
    expect(screen.getByText('No moves yet.')).toBeTruthy();
  });

  it('adds moves from the library, reorders them with the buttons and removes them', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'My routine' }));
    addMove('Squat');
    addMove('Walk');
    addMove('Pigeon pose');
    expect(steps()).toEqual(['Squat', 'Walk', 'Pigeon pose']);
    expect(screen.getByText('Pigeon pose added as move 3.')).toBeTruthy();

    click(screen.getByRole('button', { name: 'Move Pigeon pose up' }));
    expect(steps()).toEqual(['Squat', 'Pigeon pose', 'Walk']);
    expect(screen.getByText('Pigeon pose is now move 2 of 3.')).toBeTruthy();
    click(screen.getByRole('button', { name: 'Move Squat down' }));
    expect(steps()).toEqual(['Pigeon pose', 'Squat', 'Walk']);
    // The ends of the list do not move further.
    click(screen.getByRole('button', { name: 'Move Pigeon pose up' }));
    click(screen.getByRole('button', { name: 'Move Walk down' }));
    expect(steps()).toEqual(['Pigeon pose', 'Squat', 'Walk']);

    click(screen.getByRole('button', { name: 'Remove Squat' }));
    expect(steps()).toEqual(['Pigeon pose', 'Walk']);
    await save();
    expect(await storedSettings()).toMatchObject({ routine: 'custom', customRoutine: [{ moveId: 'pigeon' }, { moveId: 'walk' }] });
  });

  it('keeps keyboard focus on the step that moved', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'My routine' }));
    addMove('Squat');
    addMove('Walk');
    const up = screen.getByRole('button', { name: 'Move Walk up' });
    up.focus();
    click(up);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Walk up'));
    expect(document.activeElement?.getAttribute('aria-disabled')).toBe('true');
  });

  it('stores a changed hold or rep count as a dose override, and an unchanged one as the move alone', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'My routine' }));
    addMove('Pigeon pose');
    addMove('Glute bridge');
    addMove('Squat');
    const pigeon = screen.getAllByRole('spinbutton', { name: 'Hold (seconds)' })[0] as HTMLInputElement;
    expect(pigeon.value).toBe('45');
    expect(descriptionOf(pigeon)).toContain('each side');
    type(pigeon, '60');
    type(screen.getAllByRole('spinbutton', { name: 'Repetitions' })[0] as HTMLInputElement, '15');
    await save();
    expect((await storedSettings()).customRoutine).toEqual([
      { moveId: 'pigeon', dose: { kind: 'hold', seconds: 60 } },
      { moveId: 'glute_bridge', dose: { kind: 'reps', count: 15, secondsPerRep: 3 } },
      { moveId: 'squat' },
    ]);
  });

  it('refuses a dose the schema rejects, with its limit next to the step, and saves nothing', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'My routine' }));
    addMove('Standing hip-flexor stretch');
    addMove('Squat');
    const writes = spyOnSyncWrites();
    const hold = screen.getByRole('spinbutton', { name: 'Hold (seconds)' });
    const reps = screen.getByRole('spinbutton', { name: 'Repetitions' });
    type(hold, '400');
    type(reps, '0');
    await save('Nothing was saved: fix the highlighted fields.');
    expect(hold.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(hold)).toContain('Use at most 300.');
    expect(descriptionOf(reps)).toContain('Use at least 1.');
    expect(writes).not.toHaveBeenCalled();
    type(hold, '');
    await save('Nothing was saved: fix the highlighted fields.');
    expect(descriptionOf(hold)).toContain('Enter a number.');
  });

  it('refuses more moves than a routine may hold', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'My routine' }));
    for (let i = 0; i < 21; i++) addMove('Walk');
    expect(screen.getByText('A routine holds at most 20 moves.')).toBeTruthy();
    await save('Nothing was saved: fix the highlighted fields.');
    expect(await settingsItem.getValue()).toBeNull();
    click(screen.getAllByRole('button', { name: 'Remove Walk' })[0] as HTMLElement);
    expect(screen.queryByText('A routine holds at most 20 moves.')).toBeNull();
    await save();
    expect((await storedSettings()).customRoutine).toHaveLength(20);
  });

  it('shows a stored routine with its doses and its length on the card', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      routine: 'custom',
      customRoutine: [{ moveId: 'walk' }, { moveId: 'bird_dog', dose: { kind: 'reps', count: 8, secondsPerRep: 5 } }],
    });
    await renderOptions();
    expect(steps()).toEqual(['Walk', 'Bird-dog']);
    expect((screen.getByRole('spinbutton', { name: 'Duration (seconds)' }) as HTMLInputElement).value).toBe('120');
    expect((screen.getByRole('spinbutton', { name: 'Repetitions' }) as HTMLInputElement).value).toBe('8');
    // 120 s of walking plus 8 × 5 s per side of bird-dog: 200 s.
    expect(descriptionOf(screen.getByRole('radio', { name: 'My routine' }))).toContain('About 3 min · 2 moves');
    const writes = spyOnSyncWrites();
    await save('Nothing to save: no setting has changed.');
    expect(writes).not.toHaveBeenCalled();
  });
});
