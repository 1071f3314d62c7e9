// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { otherComputer, shareThisComputer } from '../../../test/fixtures/computers';
import { seedHistory } from '../../../test/stored-history';
import { EMPTY_DAY } from '../../core/history';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { importReceiptItem, settingsItem } from '../../storage/items';
import { MAX_IMPORT_BYTES, parseImport } from '../../storage/transfer';
import { DataParts } from './DataParts';
import { answerRequests, click } from './test-helpers';

const NOW = new Date(2026, 5, 10, 12);
const HOUR = 3_600_000;
const day = (hours: number) => ({ ...EMPTY_DAY, sittingMs: hours * HOUR, bouts: 4, longestBoutMs: HOUR, prolongedMs: HOUR / 2 });

/** Captures what the page hands to a download link instead of letting happy-dom navigate to it. */
function captureDownloads() {
  const files: Array<{ blob: Blob; name: string }> = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:hipcheck/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ blob: blobs[Number(this.href.split('/').pop()) - 1] as Blob, name: this.download });
  });
  return files;
}

function chooseFile(file: File) {
  const input = screen.getByLabelText('HipCheck export file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    fireEvent.change(input);
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  // Only the clock is fake: the file names carry today's date, and promises still settle normally.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await seedHistory({ '2026-06-08': day(6), '2026-06-09': day(5) });
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, breakIntervalMinutes: 40 });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('your data', () => {
  it('exports settings and history as a dated JSON file that imports back', async () => {
    const files = captureDownloads();
    render(<DataParts />);
    click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const [file] = files as [{ blob: Blob; name: string }];
    expect(file.name).toBe('hipcheck-export-2026-06-10.json');
    expect(file.blob.type).toBe('application/json');
    const parsed = parseImport(await file.blob.text(), NOW.getTime());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(Object.keys(parsed.history)).toHaveLength(2);
      expect(parsed.settings.breakIntervalMinutes).toBe(40);
    }
  });

  it('exports no computers while this computer does not share, and the merged days and each computer’s own while it does', async () => {
    const files = captureDownloads();
    render(<DataParts />);
    click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(JSON.parse(await (files[0] as { blob: Blob }).blob.text()).computers).toBeUndefined();
    await shareThisComputer('Laptop', 'thiscomputer1');
    await seedHistory({ '2026-05-20': day(4), '2026-06-08': day(6), '2026-06-09': day(5) });
    await fakeBrowser.storage.local.set({ sittingSpans: [[NOW.getTime() - 3 * HOUR, NOW.getTime() - HOUR]] });
    await otherComputer('desktop00001', 'Desktop', [[NOW.getTime() - 2 * HOUR, NOW.getTime()]], NOW.getTime());
    click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    const { computers } = JSON.parse(await (files[1] as { blob: Blob }).blob.text());
    expect(computers.merged['2026-06-10']).toBe(3 * HOUR);
    // Yesterday this computer counted 5 hours before it kept minutes: its total stands.
    expect(computers.merged['2026-06-09']).toBe(5 * HOUR);
    expect(computers.each.map(({ name, thisComputer }: { name: string; thisComputer: boolean }) => [name, thisComputer])).toEqual([
      ['Laptop', true],
      ['Desktop', false],
    ]);
    // Minutes for the merged week, its own total for a day before it.
    expect(computers.each[0].days).toMatchObject({ '2026-06-10': 2 * HOUR, '2026-05-20': 4 * HOUR });
    expect(computers.each[1].days['2026-06-10']).toBe(2 * HOUR);
  });

  it('exports the history as a dated CSV file for spreadsheets', async () => {
    const files = captureDownloads();
    render(<DataParts />);
    click(screen.getByRole('button', { name: 'Export history (CSV)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const [file] = files as [{ blob: Blob; name: string }];
    expect(file.name).toBe('hipcheck-history-2026-06-10.csv');
    expect(file.blob.type).toMatch(/^text\/csv/);
    const lines = (await file.blob.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^date,sitting_minutes,/);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['2026-06-08,360', '2026-06-09,300']);
  });

  it('lists every problem the background found in a refused file', async () => {
    const requests = answerRequests({
      ok: false,
      errors: [
        { key: 'importNotADate', subs: ['2026-02-30'] },
        { key: 'importUnknownSetting', subs: ['colour'] },
      ],
    });
    render(<DataParts />);
    chooseFile(new File(['{"format":"hipcheck-export"}'], 'export.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported. The file has these problems:');
    expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '"2026-02-30" is not a real date (YYYY-MM-DD).',
      'Unknown setting "colour".',
    ]);
    expect(requests).toEqual([{ type: 'import', text: '{"format":"hipcheck-export"}', id: expect.any(String) }]);
  });

  it('says exactly what the import changed: days by what happened to them, settings by name', async () => {
    answerRequests({
      ok: true,
      imported: { settings: ['breakIntervalMinutes', 'theme'], added: 731, updated: 2, unchanged: 1, outsideRetention: 19269 },
    });
    render(<DataParts />);
    chooseFile(new File(['{}'], 'export.json', { type: 'application/json' }));
    const status = await screen.findByText('Imported. Your history and settings now read:');
    expect([...(status.parentElement?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'New days: 731',
      'Days updated with larger counts: 2',
      'Days already up to date: 1',
      'Days older than the two years HipCheck keeps, left out: 19,269',
      'Settings changed: Break interval and Theme',
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says that no setting changed for a file without settings', async () => {
    answerRequests({ ok: true, imported: { settings: [], added: 3, updated: 0, unchanged: 0, outsideRetention: 0 } });
    render(<DataParts />);
    chooseFile(new File(['{}'], 'export.json', { type: 'application/json' }));
    expect(await screen.findByText('No setting changed.')).toBeTruthy();
    expect(screen.queryByText(/left out/)).toBeNull();
  });

  it('finds out from the receipt that an import went through when the worker stopped before answering', async () => {
    answerRequests((request) => {
      if (request.type === 'import')
        void importReceiptItem.setValue({
          id: request.id,
          report: { settings: [], added: 5, updated: 0, unchanged: 0, outsideRetention: 0 },
        });
      throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed');
    });
    render(<DataParts />);
    chooseFile(new File(['{}'], 'export.json', { type: 'application/json' }));
    expect(await screen.findByText('New days: 5')).toBeTruthy();
  });

  it('says the file was not imported when the worker stopped before it could import', async () => {
    await importReceiptItem.setValue({
      id: 'an earlier import',
      report: { settings: [], added: 5, updated: 0, unchanged: 0, outsideRetention: 0 },
    });
    answerRequests(() => {
      throw new Error('The message channel closed before a response was received');
    });
    render(<DataParts />);
    chooseFile(new File(['{}'], 'export.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the file was not imported. Choose it again.');
  });

  it('refuses a file over the size limit without reading or sending it', async () => {
    const requests = answerRequests({ ok: true });
    render(<DataParts />);
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    chooseFile(file);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /This file is 5\.1 MB; a HipCheck export is at most 5 MB\. Nothing was imported\./,
    );
    expect(read).not.toHaveBeenCalled();
    expect(requests).toEqual([]);
  });

  it('says the file was not imported when the background does not answer', async () => {
    render(<DataParts />);
    chooseFile(new File(['{}'], 'export.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the file was not imported. Choose it again.');
  });

  it('resets everything only after an explicit confirmation', async () => {
    const requests = answerRequests({ ok: true });
    render(<DataParts />);
    click(screen.getByRole('button', { name: 'Reset everything…' }));
    expect(requests).toEqual([]);
    expect(screen.getByText('Delete your history and reset all settings?')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Cancel');

    click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(requests).toEqual([]);

    click(screen.getByRole('button', { name: 'Reset everything…' }));
    click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('Everything was reset. Counting starts afresh.')).toBeTruthy();
    expect(requests).toEqual([{ type: 'reset' }]);
  });
});
