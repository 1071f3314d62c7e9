// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { settle, startEachTestAt } from '../../../test/fixtures/pages';
import type { EngineState } from '../../core/engine';
import { Popup } from './Popup';
import { captureRequests, MIN, NOW, openPopup, press, seed, sittingFor, TODAY, text } from './test-helpers';

/** Standing since 9:40, counted by the background up to now (10:00). */
const standing: EngineState = {
  presence: { kind: 'active', since: NOW - 20 * MIN },
  lastSignalAt: NOW,
  bout: null,
  standing: { startedAt: NOW - 20 * MIN, spans: [[NOW - 20 * MIN, NOW]] },
};

const toggle = () => screen.getByRole('button', { name: 'I’m standing' });

startEachTestAt(NOW);

describe('the popup at a sit-stand desk', () => {
  it('shows sitting as the button not pressed, with no split before any standing, and asks to stand', async () => {
    const sent = captureRequests();
    await seed({ engine: sittingFor(12) });
    await openPopup();
    expect(text('posture')).toBe('Counted as sitting');
    expect(screen.queryByTestId('posture-split')).toBeNull();
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    await press('I’m standing');
    expect(sent).toEqual([{ type: 'posture', posture: 'standing' }]);
  });

  it('shows standing at a glance: since when, today’s split, no nudge coming, and the button pressed to sit again', async () => {
    const sent = captureRequests();
    await seed({ engine: standing, history: { [TODAY]: { sittingMs: 250 * MIN, bouts: 3, standingMs: 60 * MIN, standingPeriods: 1 } } });
    await openPopup();
    expect(text('posture')).toMatch(/^Standing since 9:40\sAM$/);
    expect(text('posture-split')).toBe('Sitting 4 hr 10 min · standing 1 hr 20 min');
    expect(text('status')).toBe('Standing: no nudges to stand up');
    expect(text('current-bout')).toBe('Standing');
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    await press('I’m standing');
    expect(sent).toEqual([{ type: 'posture', posture: 'sitting' }]);
  });

  it('says once, plainly, that standing ended by itself, and keeps saying it while this popup is open', async () => {
    const sent = captureRequests();
    const ended = { ...sittingFor(5), standingEnded: 'startup' as const };
    await seed({ engine: ended });
    await openPopup();
    const note =
      'The browser started again, so standing ended: HipCheck counts you as sitting again. Press “I’m standing” if you still are.';
    expect(text('standing-ended')).toBe(note);
    expect(sent).toEqual([{ type: 'posture:seen' }]);
    // A tick before the background forgets the note asks nothing more; once forgotten, this popup still shows it.
    await seed({ engine: { ...ended, lastSignalAt: NOW + 1 } });
    await settle();
    await seed({ engine: sittingFor(5) });
    await settle();
    expect(text('standing-ended')).toBe(note);
    expect(sent).toHaveLength(1);
    cleanup();
    render(<Popup />);
    await settle();
    expect(screen.queryByTestId('standing-ended')).toBeNull();
  });
});
