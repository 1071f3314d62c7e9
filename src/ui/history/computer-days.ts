import { addDays, type DayKey, dayKey } from '../../core/days';
import { type Computer, isInactive, mergeDays, type SharedDay } from '../../core/shared-days';
import { thisComputer } from '../../core/this-computer';
import type { Snapshot } from '../../storage/items';

export interface ComputerDays {
  /** This computer first, then the others heard from in the last 30 days, the most recent first. */
  computers: Computer[];
  /** Newest first: each computer's own minutes, and all of them together where they can be merged. */
  days: SharedDay[];
}

/** The History page's days across the person's computers; null while this computer does not share. */
export function computerDays({ shared, tracked, settings }: Snapshot, now: number, count: number): ComputerDays | null {
  if (!shared) return null;
  const { sharing, sat, others } = shared;
  const computers = [
    thisComputer(sharing.id ?? '', sharing.name, tracked, sat, now, settings),
    ...others.filter((computer) => !isInactive(computer, now)),
  ];
  const days: DayKey[] = Array.from({ length: count }, (_, i) => addDays(dayKey(now), -i));
  return { computers, days: mergeDays(computers, days) };
}
