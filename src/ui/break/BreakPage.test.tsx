// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settle, startEachTestAt } from '../../../test/fixtures/pages';
import type { Reply, Request } from '../../messages';
import { MIN, NOW, seed, sittingFor } from '../popup/test-helpers';
import { BreakPage } from './BreakPage';

startEachTestAt(NOW);

/** Answers every request as the background would, and keeps what was asked. */
function background(reply: Reply = { ok: true }): Request[] {
  const sent: Request[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message as Request);
    return Promise.resolve(reply);
  });
  return sent;
}

async function openBreakTab() {
  render(<BreakPage />);
  await settle();
}

const meetingButton = () => screen.queryByRole('button', { name: 'In a meeting' });

describe('break tab: "In a meeting"', () => {
  it('is offered when a nudge brought the tab up, holds reminders, records no break and closes the tab', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const sent = background();
    await seed({ engine: sittingFor(31), nudges: { shown: 1 } });
    await openBreakTab();
    expect(screen.getByTestId('move-name')).toBeTruthy();

    await act(() => {
      fireEvent.click(meetingButton() as HTMLElement);
    });
    await settle();
    expect(sent).toEqual([{ type: 'meeting', held: true }]);
    expect(close).toHaveBeenCalledOnce();
    // Leaving the page afterwards reports nothing: the routine never ran.
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(sent).toEqual([{ type: 'meeting', held: true }]);
  });

  it('says until when reminders wait where the browser keeps the tab open', async () => {
    vi.spyOn(window, 'close').mockImplementation(() => {});
    background();
    await seed({ engine: sittingFor(31), nudges: { shown: 2 } });
    await openBreakTab();
    await act(() => {
      fireEvent.click(meetingButton() as HTMLElement);
    });
    await settle();
    expect(screen.getByTestId('meeting-held').textContent).toBe('In a meeting');
    await seed({ engine: sittingFor(31), nudges: { shown: 2, meetingUntil: NOW + 31 * MIN } });
    await settle();
    expect(screen.getByTestId('meeting-held').textContent).toMatch(/^In a meeting: reminders wait until 10:31\sAM$/);
    expect(screen.getByText(/You can close this tab/)).toBeTruthy();
    expect(screen.queryByTestId('move-name')).toBeNull();
  });

  it('is not offered on a break the person started themselves', async () => {
    background();
    await seed({ engine: sittingFor(12), nudges: { shown: 0 } });
    await openBreakTab();
    expect(screen.getByTestId('move-name')).toBeTruthy();
    expect(meetingButton()).toBeNull();
  });

  it('goes back to the routine, tab open, when the background refuses the hold', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    background({ ok: false, errors: [{ key: 'problemUnknownRequest' }] });
    await seed({ engine: sittingFor(31), nudges: { shown: 1 } });
    await openBreakTab();
    await act(() => {
      fireEvent.click(meetingButton() as HTMLElement);
    });
    await settle();
    expect(close).not.toHaveBeenCalled();
    expect(screen.getByTestId('move-name')).toBeTruthy();
    expect(screen.queryByTestId('meeting-held')).toBeNull();
  });
});
