export const HOUR = 3_600_000;

export interface HourScale {
  /** The axis top, a whole number of ticks, so the highest gridline is the frame. */
  top: number;
  ticks: number[];
}

/**
 * A value axis in whole hours for sitting times. Steps grow with the range so there are never more
 * than five gridlines: a chart of calm bars, not a ruler.
 */
export function hourScale(maxValue: number): HourScale {
  const hours = Math.max(maxValue / HOUR, 1);
  const step = hours <= 4 ? 1 : hours <= 8 ? 2 : hours <= 16 ? 4 : 6;
  const topHours = Math.ceil(hours / step) * step;
  const ticks = Array.from({ length: topHours / step + 1 }, (_, i) => i * step * HOUR);
  return { top: topHours * HOUR, ticks };
}

export interface BarSlots {
  slot: number;
  barWidth: number;
  /** Left edge of bar `i`, centred in its slot. */
  x: (i: number) => number;
}

/** Bars share the plot evenly; thin enough to leave air between them, never wider than a thumb. */
export function barSlots(count: number, left: number, plotWidth: number): BarSlots {
  const slot = plotWidth / Math.max(count, 1);
  const barWidth = Math.max(3, Math.min(30, slot * 0.62));
  return { slot, barWidth, x: (i) => left + slot * i + (slot - barWidth) / 2 };
}

/** An SVG path for a bar with rounded top corners and a flat base on the axis. */
export function barPath(x: number, baseline: number, width: number, height: number): string {
  const r = Math.min(4, width / 2, height);
  const top = baseline - height;
  return `M${x},${baseline}V${top + r}Q${x},${top} ${x + r},${top}H${x + width - r}Q${x + width},${top} ${x + width},${top + r}V${baseline}Z`;
}
