// @vitest-environment happy-dom
import { act, render, screen, within } from '@testing-library/preact';
import { render as renderFrame } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from '../../../test/fakes/i18n';
import { otherComputer, shareThisComputer } from '../../../test/fixtures/computers';
import { settle, startEachTestAt } from '../../../test/fixtures/pages';
import { addDays } from '../../core/days';
import { type DayStats, EMPTY_DAY } from '../../core/history';
import { runBackground } from '../options/test-helpers';
import { readEarly } from '../use-snapshot';
import { History } from './History';
import { readHistoryPage } from './read';

const MIN = 60_000;
const HOUR = 60 * MIN;
/** Wednesday 10 June 2026, 18:00 local time. */
const NOW = new Date(2026, 5, 10, 18, 0).getTime();
const TODAY = '2026-06-10';

const workday = (stats: Partial<DayStats>): DayStats => ({
  ...EMPTY_DAY,
  sittingMs: 5 * HOUR,
  bouts: 9,
  longestBoutMs: 45 * MIN,
  prolongedMs: 60 * MIN,
  naturalBreaks: 3,
  guidedBreaks: 1,
  ...stats,
});

/**
 * This week (4–10 June): five workdays of 5 h, one of them (Monday the 8th) with hardly any long
 * sitting. Last week (28 May – 3 June): five workdays of 6 h with 2 h in long bouts and 2 breaks.
 * HipCheck has counted since April, so every day of the last 30 is a day it counted.
 */
function seededHistory(): Record<string, DayStats> {
  const history: Record<string, DayStats> = { '2026-04-20': workday({}) };
  for (const day of ['2026-06-04', '2026-06-05', '2026-06-09', TODAY]) history[day] = workday({});
  history['2026-06-08'] = workday({ prolongedMs: 10 * MIN, longestBoutMs: 35 * MIN, naturalBreaks: 5, guidedBreaks: 2 });
  for (const day of ['2026-05-28', '2026-05-29', '2026-06-01', '2026-06-02', '2026-06-03']) {
    history[day] = workday({ sittingMs: 6 * HOUR, prolongedMs: 2 * HOUR, naturalBreaks: 2, guidedBreaks: 0 });
  }
  return history;
}

async function openHistory(history: Record<string, DayStats>) {
  await fakeBrowser.storage.local.set({ history, history$: { v: 2 } });
  render(<History />);
  await settle();
}

startEachTestAt(NOW);

describe('history page', () => {
  it('adds a standing column once someone stood, and leaves it out for everyone else', async () => {
    const history = { ...seededHistory(), [TODAY]: workday({ standingMs: 80 * MIN, standingPeriods: 2 }) };
    await openHistory(history);
    const table = screen.getByRole('table', { name: /The last 30 days, newest first/ });
    const [head, today] = within(table).getAllByRole('row');
    expect(
      within(head as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Date', 'Sitting', 'Standing', 'Bouts', 'Longest bout', 'Breaks', 'In bouts over 30 min']);
    expect(within(today as HTMLElement).getAllByRole('cell')[1]?.textContent).toBe('1 hr 20 min');
  });

  it('adds a column of nudges held for meetings once a meeting held one', async () => {
    const history = { ...seededHistory(), [TODAY]: workday({ meetingHolds: 2 }) };
    await openHistory(history);
    const table = screen.getByRole('table', { name: /The last 30 days, newest first/ });
    const [head, today, yesterday] = within(table).getAllByRole('row');
    expect(
      within(head as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Date', 'Sitting', 'Bouts', 'Longest bout', 'Breaks', 'In bouts over 30 min', 'Held for meetings']);
    expect(
      within(today as HTMLElement)
        .getAllByRole('cell')
        .at(-1)?.textContent,
    ).toBe('2');
    expect(
      within(yesterday as HTMLElement)
        .getAllByRole('cell')
        .at(-1)?.textContent,
    ).toBe('0');
  });

  it('lists the last 30 days, newest first, in a captioned table', async () => {
    await openHistory(seededHistory());
    const table = screen.getByRole('table', { name: /The last 30 days, newest first/ });
    const [head, ...rows] = within(table).getAllByRole('row');
    expect(
      within(head as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Date', 'Sitting', 'Bouts', 'Longest bout', 'Breaks', 'In bouts over 30 min']);
    expect(rows).toHaveLength(30);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader').textContent).toBe('Wed, Jun 10today');
    expect(within(rows[29] as HTMLElement).getByRole('rowheader').textContent).toBe(
      new Intl.DateTimeFormat('en', { weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(2026, 4, 12, 12)),
    );

    const monday = rows[2] as HTMLElement;
    expect(within(monday).getByRole('rowheader').textContent).toBe('Mon, Jun 8');
    expect(
      within(monday)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['5 hr', '9', '35 min', '7 · 2 guided', '10 min']);

    const sunday = rows[3] as HTMLElement;
    expect(within(sunday).getByRole('rowheader').textContent).toBe('Sun, Jun 7');
    expect(within(sunday).getByRole('cell').textContent).toBe('No time at the computer');
    for (const header of table.querySelectorAll('th')) expect(header.getAttribute('scope')).toMatch(/^(col|row)$/);
  });

  it('lists only the days since counting began, and says when that was', async () => {
    await openHistory({ '2026-06-08': workday({}) });
    expect(screen.getByTestId('counting-since').textContent).toBe('Counting since June 8, 2026.');
    const table = screen.getByRole('table', { name: /^Every day since counting began, newest first/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [within(row).getByRole('rowheader').textContent, within(row).getAllByRole('cell')[0]?.textContent])).toEqual([
      ['Wed, Jun 10today', 'No time at the computer'],
      ['Tue, Jun 9', 'No time at the computer'],
      ['Mon, Jun 8', '5 hr'],
    ]);
    // Weeks that ended before counting began have no row of dashes.
    const weeks = within(screen.getByRole('table', { name: /Per day, over the days you were at the computer/ })).getAllByRole('row');
    expect(weeks.slice(1).map((row) => row.firstElementChild?.textContent)).toEqual([expect.stringMatching(/^Jun 4\s–\s10$/)]);
    expect(screen.getByRole('img', { name: 'Sitting per day, last 30 days' }).querySelectorAll('.chart__bar')).toHaveLength(30);
  });

  it('on a fresh install shows today alone, counted from today, in the person’s language', async () => {
    installI18n('es');
    await openHistory({});
    expect(screen.getByTestId('counting-since').textContent).toBe('Contando desde el 10 de junio de 2026.');
    const table = screen.getByRole('table', { name: /^Cada día desde que empezó el recuento/ });
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(1);
    expect(table.textContent).toContain('Sin tiempo ante el ordenador');
  });

  it('shows the days in its first render when opened with a read started before it (no empty first frame)', async () => {
    await fakeBrowser.storage.local.set({ history: { '2026-06-08': workday({}) }, history$: { v: 2 } });
    render(<History initial={await readEarly(readHistoryPage)} />);
    expect(screen.getByTestId('counting-since').textContent).toBe('Counting since June 8, 2026.');
  });

  it('paints the chart and the newest week first, and the other rows, the comparisons and the reading a frame later', async () => {
    await fakeBrowser.storage.local.set({ history: seededHistory(), history$: { v: 2 } });
    const initial = await readEarly(readHistoryPage);
    const root = document.body.appendChild(document.createElement('div'));
    // Outside act: what the first frame holds, before Preact runs its after-paint effects.
    try {
      renderFrame(<History initial={initial} />, root);
      // The header row and the newest week.
      expect(within(within(root).getByTestId('history-table')).getAllByRole('row')).toHaveLength(8);
      expect(within(root).queryByTestId('week-comparison')).toBeNull();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
      expect(within(within(root).getByTestId('history-table')).getAllByRole('row')).toHaveLength(31);
      expect(within(root).getByTestId('week-comparison')).toBeTruthy();
      expect(within(root).getByTestId('best-day')).toBeTruthy();
    } finally {
      renderFrame(null, root);
      root.remove();
    }
  });

  it('names the best day and why', async () => {
    await openHistory(seededHistory());
    const best = screen.getByTestId('best-day');
    expect(within(best).getByText('Monday, June 8')).toBeTruthy();
    expect(best.textContent).toContain('In bouts over 30 min10 min');
    expect(best.textContent).toContain('Breaks7');
  });

  it('does not crown today, which is not over yet', async () => {
    await openHistory({ ...seededHistory(), [TODAY]: workday({ prolongedMs: 0, naturalBreaks: 9 }) });
    expect(within(screen.getByTestId('best-day')).getByText('Monday, June 8')).toBeTruthy();
  });

  it('compares this week with last week in words', async () => {
    await openHistory(seededHistory());
    const rows = within(screen.getByTestId('week-comparison')).getAllByRole('term');
    const said = rows.map((term) => `${term.textContent}: ${term.parentElement?.querySelector('.compare__trend')?.textContent}`);
    expect(said).toEqual([
      'Sitting a day: 1 hr less than last week',
      'In bouts over 30 min a day: 1 hr 10 min less than last week',
      'Breaks a day: 2.6 more than last week',
    ]);
  });

  it('says when there is nothing to compare with', async () => {
    await openHistory({ [TODAY]: workday({}) });
    expect(screen.getByTestId('week-comparison').textContent).toContain('Nothing from last week to compare with');
  });

  it('waits for a first day before naming a best one', async () => {
    await openHistory({});
    expect(screen.getByTestId('best-day').textContent).toContain('Your best day shows here');
    expect(screen.getByTestId('week-comparison').textContent).toContain('No sitting recorded in the last 7 days yet.');
  });

  it('draws 30 bars with a text alternative that points to the table', async () => {
    await openHistory(seededHistory());
    const chart = screen.getByRole('img', { name: 'Sitting per day, last 30 days' });
    expect(chart.querySelectorAll('.chart__bar')).toHaveLength(30);
    const description = document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(description).toContain('the dashed line is your goal of under 6 hr');
    expect(description).toContain('Day by day');
  });

  it('averages whole weeks, newest first', async () => {
    await openHistory(seededHistory());
    const table = screen.getByRole('table', { name: /Per day, over the days you were at the computer/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      [expect.stringMatching(/^Jun 4\s–\s10$/), '5 hr', '50 min', '4.6'],
      [expect.stringMatching(/^May 28\s–\s(Jun )?3$/), '6 hr', '2 hr', '2'],
      [expect.stringMatching(/^May 21\s–\s27$/), '—no data', '—no data', '—no data'],
      [expect.stringMatching(/^May 14\s–\s20$/), '—no data', '—no data', '—no data'],
    ]);
  });

  it('explains the evidence with its sources and a caution', async () => {
    await openHistory({});
    const why = screen.getByRole('region', { name: 'Why this matters' });
    for (const source of [
      'Diaz et al., Annals of Internal Medicine, 2017',
      'Diaz et al., American Journal of Epidemiology, 2019',
      'Dunstan et al., Diabetes Care, 2012',
      'Duran et al., Medicine & Science in Sports & Exercise, 2023',
      'Buffey et al., Sports Medicine, 2022',
      'Buckley et al., British Journal of Sports Medicine, 2015',
      'World Health Organization, 2020',
    ]) {
      expect(within(why).getByText(source)).toBeTruthy();
    }
    expect(within(why).getByRole('note').textContent).toContain('see a doctor or physiotherapist');
  });

  it('counts today’s open bout, as the popup does', async () => {
    const since = NOW - 20 * MIN;
    await fakeBrowser.storage.local.set({
      engine: { presence: { kind: 'active', since }, lastSignalAt: NOW, bout: { startedAt: since, spans: [[since, NOW]] } },
    });
    await openHistory({ [TODAY]: workday({}), [addDays(TODAY, -1)]: workday({}) });
    const today = within(screen.getByTestId('history-table')).getAllByRole('row')[1] as HTMLElement;
    expect(within(today).getAllByRole('cell')[0]?.textContent).toBe('5 hr 20 min');
  });

  it('right after a break, counts the bout begun seconds ago as sitting, and as a bout once it holds a minute', async () => {
    const since = NOW - 20_000;
    await fakeBrowser.storage.local.set({
      engine: { presence: { kind: 'active', since }, lastSignalAt: NOW, bout: { startedAt: since, spans: [[since, NOW]] } },
    });
    await openHistory({ [TODAY]: workday({}) });
    const todayCells = () =>
      within(within(screen.getByTestId('history-table')).getAllByRole('row')[1] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(todayCells().slice(0, 3)).toEqual(['5 hr', '9', '45 min']);
    await act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(todayCells().slice(0, 3)).toEqual(['5 hr 1 min', '10', '45 min']);
  });

  it('says it is tidying up and asks for a repair when stored data cannot be shown, then shows the days once repaired', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return undefined;
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      // No presence at all: the light read lets an engine through as long as it is an object.
      engine: { presence: null, lastSignalAt: NOW, bout: null },
    });
    await openHistory({ [TODAY]: workday({}) });
    expect(screen.getByRole('alert').textContent).toBe('HipCheck is tidying up its data; it will show in a moment.');
    expect(sent).toEqual([{ type: 'repair' }]);
    await runBackground().settled();
    // Effects of a render that started outside act wait for a frame: let one pass on the fake clock.
    await act(async () => {
      vi.advanceTimersByTime(50);
    });
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('history-table')).toBeTruthy();
  });
});

describe('history page, sitting across computers', () => {
  it('shows no computers while this computer does not share', async () => {
    await otherComputer('desktop00001', 'Desktop', [[NOW - 3 * HOUR, NOW - 2 * HOUR]], NOW);
    await openHistory(seededHistory());
    expect(screen.queryByRole('region', { name: 'Across your computers' })).toBeNull();
  });

  it('splits each day by computer, merges the last 8 days and says the older ones are each computer’s own', async () => {
    await shareThisComputer('Laptop', 'thiscomputer1');
    // Today: this computer 13:00–18:00 (the seeded 5 h), the desktop 12:00–14:00, one hour of it shared.
    await fakeBrowser.storage.local.set({ sittingSpans: [[NOW - 5 * HOUR, NOW]] });
    const history: Record<string, DayStats> = { '2026-05-20': workday({ sittingMs: 3 * HOUR }) };
    await otherComputer('desktop00001', 'Desktop', [[NOW - 6 * HOUR, NOW - 4 * HOUR]], NOW - 4 * HOUR, history);
    await openHistory(seededHistory());
    const table = within(screen.getByRole('region', { name: 'Across your computers' })).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Date', 'All', 'Laptop · this computer', 'Desktop']);
    const row = (label: string) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(label) })
        .closest('tr') as HTMLElement;
    expect([...row('Wed, Jun 10').querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['6 hr', '5 hr', '2 hr']);
    // 20 May is older than the merged week: each computer's own total, and no merged figure.
    expect([...row('Wed, May 20').querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '—not merged for this day',
      '0 min',
      '3 hr',
    ]);
    expect(table.querySelector('caption')?.textContent).toContain('It covers today and the 7 days before');
  });
});
