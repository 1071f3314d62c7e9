export type Trend = { kind: 'none' } | { kind: 'same' } | { kind: 'more' | 'less'; by: number };

/**
 * This week's average against last week's. Differences under `sameWithin` read as "about the same":
 * a few minutes either way is noise, not a change worth a word.
 */
export function trend(current: number | null, previous: number | null, sameWithin: number): Trend {
  if (current === null || previous === null) return { kind: 'none' };
  const difference = current - previous;
  if (Math.abs(difference) < sameWithin) return { kind: 'same' };
  return { kind: difference > 0 ? 'more' : 'less', by: Math.abs(difference) };
}

/** Less sitting and fewer long bouts are good; more breaks are good. */
export function isImprovement(change: Trend, lowerIsBetter: boolean): boolean | null {
  if (change.kind !== 'more' && change.kind !== 'less') return null;
  return (change.kind === 'less') === lowerIsBetter;
}
