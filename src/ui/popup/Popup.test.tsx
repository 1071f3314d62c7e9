// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { render as renderFrame } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { otherComputer, shareThisComputer } from '../../../test/fixtures/computers';
import { settle, startEachTestAt } from '../../../test/fixtures/pages';
import { readStored } from '../../storage/light-read';
import { runBackground } from '../options/test-helpers';
import { readEarly } from '../use-snapshot';
import { Popup } from './Popup';
import { captureRequests, MIN, NOW, openPopup, press, seed, sittingFor, TODAY, tally, text } from './test-helpers';

/** The popup's own styles, so that text hidden by CSS counts as hidden: happy-dom computes `display` from them. */
function applyPopupStyles() {
  const style = document.createElement('style');
  style.textContent = readFileSync('src/ui/popup/popup.css', 'utf8');
  document.head.append(style);
  onTestFinished(() => style.remove());
}

/** The words a sighted person sees on a control: its text, less any inside an element that is not displayed. */
function visibleText(control: Element): string {
  const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let shown = true;
    for (let element = node.parentElement; shown && element; element = element === control ? null : element.parentElement) {
      shown = getComputedStyle(element).display !== 'none';
    }
    if (shown) text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

startEachTestAt(NOW);

describe('popup', () => {
  it('opens on a fresh install with zeros and says when the first nudge would come', async () => {
    await openPopup();
    expect(text('today-total')).toBe('0 min');
    expect(text('current-bout')).toBe('Not sitting yet');
    expect(text('status')).toBe('Next nudge after 30 min of sitting');
    expect(text('goal')).toContain('Goal: under 6 hr a day');
    expect(text('goal')).toContain('6 hr left');
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Pause reminders' })).toBeTruthy();
    expect(tally('Guided breaks')).toBe('0');
    expect(tally('In bouts over 30 min')).toBe('0 min');
  });

  it('agrees with itself in the first minute: "0 min" sitting leaves the whole goal', async () => {
    await seed({ engine: sittingFor(40 / 60) });
    await openPopup();
    expect(text('today-total')).toBe('0 min');
    expect(text('goal')).toContain('6 hr left');
  });

  it('marks the stats ready, and names the "Sitting today" number for the benchmark\'s element timing', async () => {
    await seed({ engine: sittingFor(5) });
    await openPopup();
    expect(screen.getByRole('main').hasAttribute('data-stats-ready')).toBe(true);
    expect(screen.getByTestId('today-total').getAttribute('elementtiming')).toBe('today-total');
  });

  it('shows today mid-bout, and ticks up a minute later', async () => {
    await seed({
      engine: sittingFor(27),
      history: {
        [TODAY]: {
          sittingMs: 95 * MIN,
          bouts: 3,
          longestBoutMs: 50 * MIN,
          prolongedMs: 50 * MIN,
          naturalBreaks: 2,
          guidedBreaks: 1,
          ignoredNudges: 1,
        },
      },
    });
    await openPopup();
    expect(text('today-total')).toBe('2 hr 2 min');
    expect(text('current-bout')).toBe('27 min');
    expect(text('status')).toBe('Next nudge in 3 min');
    expect(text('goal')).toContain('3 hr 58 min left');
    expect(tally('Guided breaks')).toBe('1');
    expect(tally('Natural breaks')).toBe('2');
    expect(tally('Nudges ignored')).toBe('1');
    expect(tally('Longest bout')).toBe('50 min');
    expect(tally('In bouts over 30 min')).toBe('50 min');

    await act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(text('current-bout')).toBe('28 min');
    expect(text('today-total')).toBe('2 hr 3 min');
    expect(text('status')).toBe('Next nudge in 2 min');
  });

  it('follows storage when the background writes', async () => {
    await openPopup();
    expect(text('current-bout')).toBe('Not sitting yet');
    await seed({ engine: sittingFor(12) });
    await settle();
    expect(text('current-bout')).toBe('12 min');
  });

  it('shows the numbers in its first render when opened with a read started before it (no empty first frame)', async () => {
    await seed({ engine: sittingFor(12) });
    const early = await readEarly(readStored);
    render(<Popup initial={early} />);
    expect(text('current-bout')).toBe('12 min');
  });

  it('paints today’s card first, and the posture, suggestion, breaks and week cards a frame later', async () => {
    await seed({ engine: sittingFor(12) });
    const initial = await readEarly(readStored);
    const root = document.body.appendChild(document.createElement('div'));
    const cards = () => [...root.querySelectorAll('section.card')].map((card) => card.className.replace('card ', ''));
    // Outside act: what the first frame holds, before Preact runs its after-paint effects.
    try {
      renderFrame(<Popup initial={initial} />, root);
      expect(cards()).toEqual(['today']);
      expect(within(root).getByTestId('today-total').textContent).toBe('12 min');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
      expect(cards()).toEqual(['today', 'posture', 'suggestion', 'breaks', 'week']);
    } finally {
      renderFrame(null, root);
      root.remove();
    }
  });

  it('follows a write the background made between the early read and the first render', async () => {
    const early = await readEarly(readStored);
    await seed({ engine: sittingFor(12) });
    render(<Popup initial={early} />);
    await settle();
    expect(text('current-bout')).toBe('12 min');
  });

  it('follows storage after opening with an early read', async () => {
    render(<Popup initial={await readEarly(readStored)} />);
    await settle();
    await seed({ engine: sittingFor(12) });
    await settle();
    expect(text('current-bout')).toBe('12 min');
  });

  it('offers a snooze when a nudge is due and sends it', async () => {
    const sent = captureRequests();
    await seed({ engine: sittingFor(32), nudges: { boutStartedAt: NOW - 32 * MIN, shown: 1, dueAtMs: 35 * MIN } });
    await openPopup();
    expect(text('status')).toBe('Break due now · reminder in 3 min');
    await press('Snooze 5 min');
    expect(sent).toEqual([{ type: 'nudge:snooze' }]);
  });

  it('keeps a visible label on every control when a break is due, and names each control with the words it shows', async () => {
    applyPopupStyles();
    await seed({ engine: sittingFor(32), nudges: { boutStartedAt: NOW - 32 * MIN, shown: 1, dueAtMs: 35 * MIN } });
    await openPopup();
    // The pause choices stay closed until the toggle opens them.
    const menu = screen.getByRole('list', { name: 'Pause reminders for' });
    const controls = [...document.querySelectorAll('button, a')].filter((control) => !menu.contains(control));
    const shown = controls.map((control) => [control.getAttribute('aria-label') ?? control.textContent, visibleText(control)]);
    expect(shown).toEqual([
      ['History', 'History'],
      ['Options', 'Options'],
      ['I’m standing', 'I’m standing'],
      ['Start break', 'Start break'],
      ['Snooze 5 min', 'Snooze 5 min'],
      ['Pause reminders', 'Pause'],
    ]);
    // Voice control users say what they see: the name must begin with it.
    for (const [name, visible] of shown) expect(name?.startsWith(visible as string)).toBe(true);
  });

  it('offers no snooze once the bout has used its snoozes', async () => {
    await seed({ engine: sittingFor(42), nudges: { boutStartedAt: NOW - 42 * MIN, shown: 3, snoozes: 2, dueAtMs: 45 * MIN } });
    await openPopup();
    expect(text('status')).toMatch(/^Break due now/);
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
  });

  it('says until when reminders are paused and offers to resume', async () => {
    const sent = captureRequests();
    await seed({ engine: sittingFor(40), nudges: { pausedUntil: NOW + 30 * MIN } });
    await openPopup();
    expect(text('status')).toMatch(/^Reminders paused until 10:30\sAM$/);
    expect(screen.queryByRole('button', { name: 'Pause reminders' })).toBeNull();
    await press('Resume reminders');
    expect(sent).toEqual([{ type: 'resume' }]);
  });

  it('says "until tomorrow" for a pause that ends at midnight', async () => {
    await seed({ nudges: { pausedUntil: new Date(2026, 5, 11).getTime() } });
    await openPopup();
    expect(text('status')).toBe('Reminders paused until tomorrow');
  });

  it('says reminders are off outside working hours', async () => {
    const afternoons = Array.from({ length: 7 }, () => [{ start: 13 * 60, end: 17 * 60 }]);
    await seed({ engine: sittingFor(45), settings: { workingHours: afternoons } });
    await openPopup();
    expect(text('status')).toBe('Outside working hours: no reminders');
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
  });

  it('says the person is away during a short absence', async () => {
    const engine = { ...sittingFor(20), presence: { kind: 'away', reason: 'idle', since: NOW - MIN } };
    await seed({ engine });
    await openPopup();
    expect(text('status')).toBe('Away from the computer: on a break');
    expect(text('current-bout')).toBe('Away');
  });

  it('pauses for the chosen time from the pause menu', async () => {
    const sent = captureRequests();
    await openPopup();
    const choices = screen.getByRole('list', { name: 'Pause reminders for' });
    expect(
      within(choices)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['30 minutes', '1 hour', 'Until tomorrow', 'In a meeting']);
    await press('1 hour');
    await press('Until tomorrow');
    await press('30 minutes');
    expect(sent).toEqual([
      { type: 'pause', choice: { minutes: 60 } },
      { type: 'pause', choice: { until: 'tomorrow' } },
      { type: 'pause', choice: { minutes: 30 } },
    ]);
  });

  // The browser opens and closes the menu, handles Escape and returns focus (happy-dom has no popovers): check the wiring.
  it('wires the pause menu as a native popover that each choice closes', async () => {
    await openPopup();
    const toggle = screen.getByRole('button', { name: 'Pause reminders' });
    const menu = screen.getByRole('list', { name: 'Pause reminders for' });
    expect(menu.getAttribute('popover')).toBe('auto');
    expect(toggle.getAttribute('popovertarget')).toBe(menu.id);
    for (const choice of within(menu).getAllByRole('button')) {
      expect([choice.getAttribute('popovertarget'), choice.getAttribute('popovertargetaction')]).toEqual([menu.id, 'hide']);
    }
  });

  it('holds reminders for a meeting from the pause menu, says until when, and ends the hold early', async () => {
    const sent = captureRequests();
    await seed({ engine: sittingFor(40) });
    await openPopup();
    await press('In a meeting');
    expect(sent).toEqual([{ type: 'meeting', held: true }]);
    await seed({ engine: sittingFor(40), nudges: { meetingUntil: NOW + 31 * MIN } });
    await settle();
    expect(text('status')).toMatch(/^In a meeting: reminders wait until 10:31\sAM$/);
    // Sitting goes on counting in a meeting.
    expect(text('current-bout')).toMatch(/40 min/);
    expect(screen.queryByRole('button', { name: 'Pause reminders' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Meeting over' }));
    await press('Meeting over');
    expect(sent).toEqual([
      { type: 'meeting', held: true },
      { type: 'meeting', held: false },
    ]);
  });

  it('moves focus to Resume once the pause is stored, so the keyboard is not left on nothing', async () => {
    captureRequests();
    await openPopup();
    await press('30 minutes');
    await seed({ nudges: { pausedUntil: NOW + 30 * MIN } });
    await settle();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Resume reminders' }));
  });

  it('suggests the first move of the chosen routine and starts a break', async () => {
    const sent = captureRequests();
    await seed({ settings: { routine: 'desk_two_minutes' } });
    await openPopup();
    expect(screen.getByText('Standing hip-flexor stretch')).toBeTruthy();
    expect(screen.getByText('Tuck the pelvis, squeeze the back glute')).toBeTruthy();
    expect(document.querySelector('.suggestion__art')?.getAttribute('src')).toBe('/moves/standing_hip_flexor.svg');
    await press('Start break');
    expect(sent).toEqual([{ type: 'break:open' }]);
  });

  it('describes the week chart in words, a bar per day with today included', async () => {
    await seed({
      engine: sittingFor(20),
      history: {
        [TODAY]: { sittingMs: 100 * MIN },
        '2026-06-09': { sittingMs: 5 * 60 * MIN + 20 * MIN },
        '2026-06-01': { sittingMs: 9 * 60 * MIN },
      },
    });
    await openPopup();
    const chart = screen.getByRole('img', { name: 'Sitting per day, last 7 days' });
    const description = document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(description).toMatch(/^Bars show the hours you sat each day; the dashed line is your goal of under 6 hr\./);
    expect(description).toContain('Thursday, June 4: 0 min');
    expect(description).toContain('Tuesday, June 9: 5 hr 20 min');
    expect(description).toContain('Wednesday, June 10: 2 hr');
    // Seven days only: a week and a day ago is not in it.
    expect(description).not.toContain('June 1:');
    expect(chart.querySelectorAll('.chart__bar')).toHaveLength(7);
    expect(chart.querySelector('.chart__bar--current .chart__label')?.textContent).toBe('Wed');
  });

  it('opens History in a tab', async () => {
    await openPopup();
    const created = vi.fn();
    fakeBrowser.tabs.onCreated.addListener(created);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'History' }));
    });
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ url: 'chrome-extension://test-extension-id/history.html' }));
  });

  it('says once what the background repaired, and marks it seen', async () => {
    const sent = captureRequests();
    await fakeBrowser.storage.local.set({ repairs: [{ key: 'problem_daysDropped', subs: [2, '2026-06-01, 2026-06-02'] }] });
    await seed({ engine: sittingFor(5) });
    await openPopup();
    const notice = screen.getByRole('status', { name: 'HipCheck repaired some of its data' });
    expect(notice.textContent).toContain('Dropped 2 unreadable day record(s): 2026-06-01, 2026-06-02.');
    expect(sent).toContainEqual({ type: 'repairs:seen' });
  });

  it('says while notifications are blocked that nudges come as the break page, and how to allow them', async () => {
    await seed({ engine: sittingFor(5), nudges: { notificationsBlocked: true } });
    await openPopup();
    const notice = screen.getByRole('status', { name: 'Notifications are blocked' });
    expect(notice.textContent).toContain('HipCheck opens the break page instead.');
  });

  it('says nothing of blocked notifications when they are allowed, or when nudges do not use them', async () => {
    await seed({ engine: sittingFor(5), nudges: { notificationsBlocked: true }, settings: { nudgeStyle: 'tab' } });
    await openPopup();
    expect(screen.queryByRole('status', { name: 'Notifications are blocked' })).toBeNull();
  });

  it('says nothing of blocked notifications before the background has found them blocked', async () => {
    await seed({ engine: sittingFor(5), nudges: { notificationsBlocked: 'yes' as never } });
    await openPopup();
    expect(screen.queryByRole('status', { name: 'Notifications are blocked' })).toBeNull();
  });

  it('shows a message and asks for a repair when stored data cannot be shown', async () => {
    const sent = captureRequests();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await seed({ engine: { presence: { kind: 'active', since: NOW }, lastSignalAt: NOW, bout: { startedAt: NOW, spans: 'broken' } } });
    await openPopup();
    expect(screen.getByRole('alert').textContent).toBe('HipCheck is tidying up its data; it will show in a moment.');
    expect(sent).toEqual([{ type: 'repair' }]);
  });

  it('shows the numbers by itself once the background has repaired what it could not show', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await seed({ engine: { presence: { kind: 'active', since: NOW }, lastSignalAt: NOW, bout: { startedAt: NOW, spans: 'broken' } } });
    await openPopup();
    expect(screen.getByRole('alert')).toBeTruthy();
    // The worker starts (as the popup's repair request would wake it) and rewrites what it repaired.
    await runBackground().settled();
    // The storage watcher re-renders the popup, which then reads storage afresh.
    // Effects of a render that started outside act wait for a frame: let one pass on the fake clock.
    await act(async () => {
      vi.advanceTimersByTime(50);
    });
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(text('today-total')).toBe('0 min');
  });

  it('renders numbers, never NaN, for settings and reminders the background replaces', async () => {
    await seed({
      engine: sittingFor(5),
      settings: { workingHours: 'nine to five', dailyGoalMinutes: 1e308, customRoutine: 'mine', breakIntervalMinutes: '30' } as never,
      nudges: { pausedUntil: 1e16, meetingUntil: 1e16, shown: Number.NaN },
    });
    await openPopup();
    expect(text('goal')).toContain('Goal: under 6 hr a day');
    expect(text('status')).toBe('Next nudge in 25 min');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('popup, sitting across computers', () => {
  it('changes nothing while this computer does not share, whatever other computers wrote', async () => {
    await seed({ engine: sittingFor(30) });
    await otherComputer('desktop00001', 'Desktop', [[NOW - 120 * MIN, NOW - 60 * MIN]], NOW);
    await openPopup();
    expect(text('today-total')).toBe('30 min');
    expect(screen.queryByTestId('today-share')).toBeNull();
  });

  it('shows today on all the computers, each minute once, with this one’s share beside it', async () => {
    await seed({ engine: sittingFor(30) });
    await shareThisComputer();
    // The desktop sat from 8:40 to 9:40, ten minutes of it while this computer's bout had begun.
    await otherComputer('desktop00001', 'Desktop', [[NOW - 80 * MIN, NOW - 20 * MIN]], NOW - 5 * MIN);
    await openPopup();
    expect(text('today-total')).toBe('1 hr 20 min');
    expect(text('today-share')).toBe('on all your computers (30 min on this one)');
  });

  it('puts the merged days into the week chart', async () => {
    const yesterday = '2026-06-09';
    await seed({ engine: sittingFor(30), history: { [yesterday]: { sittingMs: 60 * MIN, bouts: 1, longestBoutMs: 60 * MIN } } });
    await shareThisComputer('Work laptop', 'thiscomputer1');
    await fakeBrowser.storage.local.set({ sittingSpans: [[NOW - 24 * 60 * MIN, NOW - 23 * 60 * MIN]] });
    await otherComputer('desktop00001', 'Desktop', [[NOW - 23.5 * 60 * MIN, NOW - 22 * 60 * MIN]], NOW - 22 * 60 * MIN);
    await openPopup();
    const chart = screen.getByRole('img', { name: 'Sitting per day, last 7 days' });
    const description = document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    // Yesterday 10:00 to 11:00 here, 10:30 to 12:00 there: two hours, where this computer alone had one.
    expect(description).toContain('Tuesday, June 9: 2 hr;');
    expect(description).toContain('Wednesday, June 10: 30 min.');
  });
});
