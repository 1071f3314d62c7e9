// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALWAYS, DEFAULT_SETTINGS } from '../../core/settings';
import { settingsItem } from '../../storage/items';
import { Options } from './Options';
import { click, descriptionOf, runBackground, spyOnSyncWrites, storedSettings, type, typeAndLeave } from './test-helpers';

const NINE_TO_FIVE = { start: 540, end: 1020 };

async function renderOptions() {
  render(<Options />);
  await screen.findByRole('heading', { level: 1, name: 'HipCheck options' });
}

const day = (name: string) => within(screen.getByRole('group', { name }));
const starts = (name: string) => day(name).queryAllByLabelText('From') as HTMLInputElement[];
const ends = (name: string) => day(name).queryAllByLabelText('to') as HTMLInputElement[];

async function save(expected = 'Changes saved.') {
  click(screen.getByRole('button', { name: 'Save changes' }));
  await screen.findByText(expected);
}

beforeEach(() => {
  fakeBrowser.reset();
  runBackground();
});
afterEach(cleanup);

describe('working hours', () => {
  it('starts as "at any time" and offers Monday to Friday, nine to five, when limited', async () => {
    await renderOptions();
    expect((screen.getByRole('radio', { name: 'At any time' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('group', { name: 'Monday' })).toBeNull();
    click(screen.getByRole('radio', { name: 'Only during my working hours' }));
    expect(starts('Monday').map((input) => input.value)).toEqual(['09:00']);
    expect(ends('Friday').map((input) => input.value)).toEqual(['17:00']);
    expect(day('Sunday').getByText('No nudges this day.')).toBeTruthy();
    await save();
    expect((await storedSettings()).workingHours).toEqual([[], ...Array(5).fill([NINE_TO_FIVE]), []]);
  });

  it('adds and removes ranges, copies Monday to the other weekdays, and saves the week', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'Only during my working hours' }));
    type(ends('Monday')[0] as HTMLInputElement, '12:00');
    click(screen.getByRole('button', { name: 'Add a time range on Monday' }));
    expect(starts('Monday').map((input) => input.value)).toEqual(['09:00', '12:00']);
    type(starts('Monday')[1] as HTMLInputElement, '13:00');
    type(ends('Monday')[1] as HTMLInputElement, '17:30');
    click(screen.getByRole('button', { name: 'Remove 09:00–17:00 on Friday' }));
    expect(day('Friday').getByText('No nudges this day.')).toBeTruthy();
    click(screen.getByRole('button', { name: 'Add a time range on Saturday' }));
    type(ends('Saturday')[0] as HTMLInputElement, '00:00');
    click(screen.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    expect(screen.getByText("Monday's hours copied to Tuesday through Friday.")).toBeTruthy();
    expect(ends('Friday').map((input) => input.value)).toEqual(['12:00', '17:30']);
    await save();
    const monday = [
      { start: 540, end: 720 },
      { start: 780, end: 1050 },
    ];
    // An end of 00:00 is midnight at the end of the day.
    expect((await storedSettings()).workingHours).toEqual([[], monday, monday, monday, monday, monday, [{ start: 540, end: 1440 }]]);
  });

  it('refuses overlapping ranges with the message next to them and saves nothing', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'Only during my working hours' }));
    click(screen.getByRole('button', { name: 'Add a time range on Wednesday' }));
    const second = starts('Wednesday')[1] as HTMLInputElement;
    typeAndLeave(second, '16:00');
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(second)).toMatch(/Time ranges must not overlap: this one overlaps 9:00\sAM–5:00\sPM\./);
    const writes = spyOnSyncWrites();
    await save('Nothing was saved: fix the highlighted fields.');
    expect(writes).not.toHaveBeenCalled();
    expect(await settingsItem.getValue()).toBeNull();
  });

  it('refuses a range that ends before it starts, or has no time, and saves nothing', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'Only during my working hours' }));
    type(ends('Tuesday')[0] as HTMLInputElement, '08:00');
    type(starts('Thursday')[0] as HTMLInputElement, '');
    await save('Nothing was saved: fix the highlighted fields.');
    expect(descriptionOf(ends('Tuesday')[0] as HTMLInputElement)).toContain('The end must come after the start.');
    expect(descriptionOf(starts('Thursday')[0] as HTMLInputElement)).toContain('Enter both a start and an end time.');
    expect(await settingsItem.getValue()).toBeNull();
  });

  it('sorts ranges entered out of order instead of calling them overlapping', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'Only during my working hours' }));
    click(screen.getByRole('button', { name: 'Add a time range on Monday' }));
    type(starts('Monday')[1] as HTMLInputElement, '06:00');
    type(ends('Monday')[1] as HTMLInputElement, '08:00');
    await save();
    expect((await storedSettings()).workingHours[1]).toEqual([{ start: 360, end: 480 }, NINE_TO_FIVE]);
  });

  it('shows a stored schedule as it is and writes nothing when it is saved unchanged', async () => {
    const schedule = ALWAYS.map(() => []) as typeof ALWAYS;
    schedule[1] = [{ start: 1200, end: 1440 }];
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, workingHours: schedule });
    await renderOptions();
    expect((screen.getByRole('radio', { name: 'Only during my working hours' }) as HTMLInputElement).checked).toBe(true);
    expect([starts('Monday')[0]?.value, ends('Monday')[0]?.value]).toEqual(['20:00', '00:00']);
    const writes = spyOnSyncWrites();
    await save('Nothing to save: no setting has changed.');
    expect(writes).not.toHaveBeenCalled();
  });

  it('goes back to "at any time" without losing the week being edited', async () => {
    await renderOptions();
    click(screen.getByRole('radio', { name: 'Only during my working hours' }));
    type(starts('Monday')[0] as HTMLInputElement, '10:00');
    click(screen.getByRole('radio', { name: 'At any time' }));
    await save('Nothing to save: no setting has changed.');
    click(screen.getByRole('radio', { name: 'Only during my working hours' }));
    expect(starts('Monday')[0]?.value).toBe('10:00');
  });
});
