import { doseSeconds, type Move, type Routine } from './stretches/types';

export type Side = 'left' | 'right' | null;

/** One timed stretch of the routine: a move, on one side where it has sides. */
export interface Phase {
  moveId: string;
  side: Side;
  ms: number;
}

export function phasesOf(routine: Routine, moves: ReadonlyMap<string, Move>): Phase[] {
  const phases: Phase[] = [];
  for (const step of routine.steps) {
    const move = moves.get(step.moveId);
    if (!move) continue;
    const ms = doseSeconds(step.dose ?? move.dose) * 1000;
    if (move.perSide) phases.push({ moveId: move.id, side: 'left', ms }, { moveId: move.id, side: 'right', ms });
    else phases.push({ moveId: move.id, side: null, ms });
  }
  return phases;
}

/**
 * The player keeps timestamps, never a count of intervals: where it is follows from the clock, so
 * a throttled background tab or a sleeping laptop cannot make it drift.
 */
export interface Player {
  startedAt: number;
  index: number;
  phaseStartedAt: number;
  pausedAt: number | null;
  /** Clock time spent paused, which is not time moved; negative when the clock was set back during a pause. */
  pausedMs: number;
}

export interface Position {
  index: number;
  elapsedMs: number;
  remainingMs: number;
  done: boolean;
}

export function startPlayer(now: number): Player {
  return { startedAt: now, index: 0, phaseStartedAt: now, pausedAt: null, pausedMs: 0 };
}

/** Where the routine is at `now`, moving on through every phase whose time is up. */
export function positionAt(player: Player, phases: readonly Phase[], now: number): Position {
  let index = player.index;
  let elapsed = Math.max(0, (player.pausedAt ?? now) - player.phaseStartedAt);
  while (index < phases.length && elapsed >= (phases[index] as Phase).ms) {
    elapsed -= (phases[index] as Phase).ms;
    index++;
  }
  if (index >= phases.length) return { index: phases.length, elapsedMs: 0, remainingMs: 0, done: true };
  return { index, elapsedMs: elapsed, remainingMs: (phases[index] as Phase).ms - elapsed, done: false };
}

export function pausePlayer(player: Player, now: number): Player {
  return player.pausedAt === null ? { ...player, pausedAt: now } : player;
}

export function resumePlayer(player: Player, now: number): Player {
  if (player.pausedAt === null) return player;
  // Not clamped at zero: after a clock set back while paused, the phase must still go on from where it stopped.
  const held = now - player.pausedAt;
  return { ...player, pausedAt: null, phaseStartedAt: player.phaseStartedAt + held, pausedMs: player.pausedMs + held };
}

/** Jumps to a phase, from its start; a paused player stays paused there. */
export function goToPhase(player: Player, phases: readonly Phase[], index: number, now: number): Player {
  const clamped = Math.max(0, Math.min(index, phases.length));
  return { ...player, index: clamped, phaseStartedAt: player.pausedAt ?? now };
}

export function stepBy(player: Player, phases: readonly Phase[], delta: number, now: number): Player {
  return goToPhase(player, phases, positionAt(player, phases, now).index + delta, now);
}

/** Time actually spent moving: not paused, and never more than the routine itself. */
export function movedMs(player: Player, phases: readonly Phase[], now: number): number {
  const total = phases.reduce((sum, phase) => sum + phase.ms, 0);
  // While paused, time stands at the pause, whatever the clock does meanwhile.
  return Math.min(total, Math.max(0, (player.pausedAt ?? now) - player.startedAt - player.pausedMs));
}

/** A break counts as done once at least half the routine's time was spent moving. */
export function isCompleted(player: Player, phases: readonly Phase[], now: number): boolean {
  const total = phases.reduce((sum, phase) => sum + phase.ms, 0);
  return total > 0 && movedMs(player, phases, now) >= total / 2;
}
