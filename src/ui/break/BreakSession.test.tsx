// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { testMoves } from '../../../test/fixtures/moves';
import type { Routine } from '../../core/stretches/types';
import { type BreakResult, BreakSession } from './BreakSession';

const moves = testMoves('standing_hip_flexor');
const routine: Routine = { id: 'test', steps: [{ moveId: 'standing_hip_flexor' }, { moveId: 'squat' }] };

function renderSession() {
  const ended: BreakResult[] = [];
  render(<BreakSession routine={routine} moves={moves} cues={{ chime: false, voice: false }} lang="en" onEnd={(r) => ended.push(r)} />);
  return ended;
}

const title = () => screen.getByTestId('move-name').textContent;
const secondsLeft = () => screen.getByTestId('seconds-left').textContent;
const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const press = (key: string) =>
  act(() => {
    fireEvent.keyDown(document, { key });
  });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 5, 10, 9, 30));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('break session', () => {
  it('starts the first move at once and counts down', () => {
    renderSession();
    expect(title()).toBe('Standing hip-flexor stretch · left side');
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    advance(10_000);
    expect(secondsLeft()).toBe('20');
  });

  it('switches sides, then moves on to the next move', () => {
    renderSession();
    const switchSides = () => screen.getByTestId('switch-sides');
    const art = () => document.querySelector('.session__art') as HTMLImageElement;
    // The note is laid out from the start (so nothing moves when it shows) but hidden until the switch.
    expect(switchSides().hidden).toBe(true);
    expect(art().classList.contains('session__art--mirrored')).toBe(false);
    advance(30_000);
    expect(title()).toBe('Standing hip-flexor stretch · right side');
    expect(switchSides().hidden).toBe(false);
    expect(switchSides().textContent).toBe('Switch sides');
    // The drawing shows the left side; the right side is its mirror image.
    expect(art().classList.contains('session__art--mirrored')).toBe(true);
    advance(30_000);
    expect(title()).toBe('Squat');
    expect(switchSides().hidden).toBe(true);
    expect(art().classList.contains('session__art--mirrored')).toBe(false);
    expect(screen.getByText('10 reps')).toBeTruthy();
  });

  it('pauses and resumes with the button and with Space', () => {
    renderSession();
    advance(5_000);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    });
    advance(60_000);
    expect(secondsLeft()).toBe('25');
    press(' ');
    advance(5_000);
    expect(secondsLeft()).toBe('20');
    press(' ');
    advance(60_000);
    expect(secondsLeft()).toBe('20');
  });

  it('goes forward and back with the arrow keys and finishes early with Esc, as partial', () => {
    const ended = renderSession();
    press('ArrowRight');
    expect(title()).toBe('Standing hip-flexor stretch · right side');
    press('ArrowRight');
    expect(title()).toBe('Squat');
    press('ArrowLeft');
    expect(title()).toBe('Standing hip-flexor stretch · right side');
    press('Escape');
    expect(ended).toEqual([{ startedAt: new Date(2026, 5, 10, 9, 30).getTime(), completed: false }]);
  });

  it('counts from the clock, not from timer callbacks: a page whose timers were held back is on time', () => {
    const ended = renderSession();
    // A throttled background tab: the clock moves 25 s while no timer runs, then one tick comes.
    vi.setSystemTime(Date.now() + 25_000);
    advance(1_000);
    expect(secondsLeft()).toBe('4');
    vi.setSystemTime(Date.now() + 10 * 60_000);
    advance(1_000);
    expect(ended).toEqual([{ startedAt: new Date(2026, 5, 10, 9, 30).getTime(), completed: true }]);
  });

  it('reports completion once, even if the page is then closed', () => {
    const ended = renderSession();
    advance(50_000);
    press('Escape');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(ended).toEqual([{ startedAt: expect.any(Number), completed: true }]);
  });
});
