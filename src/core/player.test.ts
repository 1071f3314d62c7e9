import { testMoves } from '../../test/fixtures/moves';
import {
  goToPhase,
  isCompleted,
  movedMs,
  type Phase,
  pausePlayer,
  phasesOf,
  positionAt,
  resumePlayer,
  startPlayer,
  stepBy,
} from './player';

const S = 1000;
const T = 1_750_000_000_000;

const moves = testMoves('lunge');
const phases: Phase[] = phasesOf(
  { id: 'r', steps: [{ moveId: 'lunge' }, { moveId: 'squat', dose: { kind: 'reps', count: 5, secondsPerRep: 4 } }] },
  moves,
);

describe('routine player', () => {
  it('runs per-side moves left then right and uses a step dose over the move dose', () => {
    expect(phases).toEqual([
      { moveId: 'lunge', side: 'left', ms: 30 * S },
      { moveId: 'lunge', side: 'right', ms: 30 * S },
      { moveId: 'squat', side: null, ms: 20 * S },
    ]);
  });

  it('advances through phases from the clock alone', () => {
    const player = startPlayer(T);
    expect(positionAt(player, phases, T + 10 * S)).toEqual({ index: 0, elapsedMs: 10 * S, remainingMs: 20 * S, done: false });
    expect(positionAt(player, phases, T + 30 * S)).toMatchObject({ index: 1, remainingMs: 30 * S });
    expect(positionAt(player, phases, T + 75 * S)).toMatchObject({ index: 2, remainingMs: 5 * S });
    expect(positionAt(player, phases, T + 80 * S)).toMatchObject({ done: true });
  });

  it('does not drift over a 10-minute jump of the clock: it is simply done', () => {
    const player = startPlayer(T);
    expect(positionAt(player, phases, T + 10 * 60 * S).done).toBe(true);
    expect(movedMs(player, phases, T + 10 * 60 * S)).toBe(80 * S);
  });

  it('pauses and resumes without losing or gaining time', () => {
    let player = pausePlayer(startPlayer(T), T + 10 * S);
    expect(positionAt(player, phases, T + 500 * S)).toMatchObject({ index: 0, elapsedMs: 10 * S });
    player = resumePlayer(player, T + 500 * S);
    expect(positionAt(player, phases, T + 505 * S)).toMatchObject({ index: 0, elapsedMs: 15 * S });
    expect(movedMs(player, phases, T + 505 * S)).toBe(15 * S);
  });

  it('counts down from where it paused after the clock jumps ahead while paused (a laptop asleep)', () => {
    const paused = pausePlayer(startPlayer(T), T + 10 * S);
    const resumed = resumePlayer(paused, T + 10 * S + 2 * 3_600_000);
    expect(positionAt(resumed, phases, T + 10 * S + 2 * 3_600_000)).toMatchObject({ index: 0, remainingMs: 20 * S });
    expect(positionAt(resumed, phases, T + 15 * S + 2 * 3_600_000)).toMatchObject({ index: 0, remainingMs: 15 * S });
    expect(movedMs(resumed, phases, T + 15 * S + 2 * 3_600_000)).toBe(15 * S);
  });

  it('counts down from where it paused after the clock is set back while paused', () => {
    const paused = pausePlayer(startPlayer(T), T + 10 * S);
    const setBack = T - 3_600_000;
    expect(movedMs(paused, phases, setBack)).toBe(10 * S);
    const resumed = resumePlayer(paused, setBack);
    expect(positionAt(resumed, phases, setBack)).toMatchObject({ index: 0, remainingMs: 20 * S });
    expect(positionAt(resumed, phases, setBack + 5 * S)).toMatchObject({ index: 0, remainingMs: 15 * S });
    expect(movedMs(resumed, phases, setBack + 5 * S)).toBe(15 * S);
  });

  it('steps forward and back from wherever it is, and clamps at the ends', () => {
    let player = startPlayer(T);
    player = stepBy(player, phases, 1, T + 5 * S);
    expect(positionAt(player, phases, T + 5 * S)).toMatchObject({ index: 1, elapsedMs: 0 });
    player = stepBy(player, phases, -1, T + 8 * S);
    expect(positionAt(player, phases, T + 8 * S)).toMatchObject({ index: 0, elapsedMs: 0 });
    player = stepBy(player, phases, -1, T + 9 * S);
    expect(positionAt(player, phases, T + 9 * S).index).toBe(0);
    player = goToPhase(player, phases, 99, T + 10 * S);
    expect(positionAt(player, phases, T + 10 * S).done).toBe(true);
  });

  it('counts a break completed only once half its time was spent moving', () => {
    const player = startPlayer(T);
    expect(isCompleted(player, phases, T + 39 * S)).toBe(false);
    expect(isCompleted(player, phases, T + 40 * S)).toBe(true);
    // Skipping straight to the end is not moving.
    expect(isCompleted(goToPhase(player, phases, 3, T + 5 * S), phases, T + 5 * S)).toBe(false);
  });

  it('skips a step whose move this version does not know', () => {
    const known = phasesOf({ id: 'r', steps: [{ moveId: 'no_such_move' }, { moveId: 'squat' }] }, moves);
    expect(known.map((phase) => phase.moveId)).toEqual(['squat']);
  });

  it('keeps the first pause when pause is pressed twice, and ignores resume while running', () => {
    const running = startPlayer(T);
    expect(resumePlayer(running, T + 5 * S)).toEqual(running);
    const paused = pausePlayer(pausePlayer(running, T + 10 * S), T + 20 * S);
    const resumed = resumePlayer(paused, T + 30 * S);
    expect(positionAt(resumed, phases, T + 30 * S)).toMatchObject({ index: 0, elapsedMs: 10 * S });
    expect(movedMs(resumed, phases, T + 30 * S)).toBe(10 * S);
  });

  it('never counts a routine with no moves as completed', () => {
    expect(isCompleted(startPlayer(T), [], T + 60 * S)).toBe(false);
  });
});
