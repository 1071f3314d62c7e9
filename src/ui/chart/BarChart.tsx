import { useId } from 'preact/hooks';
import { t } from '../../i18n';
import { formatDuration } from '../format';
import { barPath, barSlots, hourScale } from './scale';

export interface ChartBar {
  key: string;
  /** Milliseconds of sitting. */
  value: number;
  /** Milliseconds of standing (a sit-stand desk), drawn as a narrower bar beside the sitting one. */
  standing?: number;
  label: string;
  /** A second, smaller line under the label. */
  sublabel?: string | undefined;
  /** The bar in words, for the text alternative and the hover tooltip. */
  description: string;
  /** Today: drawn stronger, so the eye finds it first. */
  current?: boolean;
}

interface Props {
  bars: readonly ChartBar[];
  /** The daily goal, drawn as a dashed line across the bars. */
  goal: { value: number; label: string };
  title: string;
  /** What the chart shows, read before the bars by screen readers. */
  summary: string;
  /** Off when the page already has the same numbers in a table nearby. */
  describeBars?: boolean;
  /** The drawing's size in viewBox units; it scales to its box, so pick roughly the rendered size in px. */
  width: number;
  height: number;
  /** For the hour labels on the value axis. */
  locale: string;
}

const MARGIN = { top: 14, right: 6, left: 38 };
/**
 * The least a day with any sitting is drawn, in viewBox units (about a pixel each in the popup). Three
 * minutes on a 6-hour scale come to half a unit, and two units, half of them under the axis line, still
 * made a first morning look empty.
 */
const MIN_BAR_HEIGHT = 3;

/**
 * A hand-drawn SVG bar chart of sitting per day. It is one image to assistive technology: the title
 * names it and the description carries every bar in words, so nothing depends on seeing it.
 */
export function BarChart({ bars, goal, title, summary, describeBars = true, width, height, locale }: Props) {
  const id = useId();
  const hasSublabels = bars.some((bar) => bar.sublabel);
  const bottom = hasSublabels ? 34 : 22;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = height - MARGIN.top - bottom;
  const baseline = MARGIN.top + plotHeight;
  const { top, ticks } = hourScale(Math.max(goal.value, ...bars.map((bar) => Math.max(bar.value, bar.standing ?? 0))));
  // Standing gets a third of each slot's bar, beside sitting rather than on it: the goal line is about sitting alone.
  const stood = bars.some((bar) => (bar.standing ?? 0) > 0);
  const y = (value: number) => baseline - (value / top) * plotHeight;
  const slots = barSlots(bars.length, MARGIN.left, plotWidth);
  const standWidth = stood ? slots.barWidth / 3 : 0;
  const sitWidth = slots.barWidth - standWidth;
  const heightOf = (value: number) => (value > 0 ? Math.max(MIN_BAR_HEIGHT, (value / top) * plotHeight) : 0);
  const description = describeBars ? `${summary} ${bars.map((bar) => bar.description).join('; ')}.` : summary;

  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g class="chart__grid">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            {/* The axis itself says zero. */}
            {tick > 0 && (
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">
                {formatDuration(tick, locale)}
              </text>
            )}
          </g>
        ))}
      </g>
      {/* Under the bars, so it never covers the bottom of a short one. */}
      <line class="chart__axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={baseline} y2={baseline} />
      <g>
        {bars.map((bar, i) => {
          const x = slots.x(i);
          const centre = x + slots.barWidth / 2;
          const barHeight = heightOf(bar.value);
          const standHeight = heightOf(bar.standing ?? 0);
          return (
            <g key={bar.key} class={bar.current ? 'chart__bar chart__bar--current' : 'chart__bar'}>
              <title>{bar.description}</title>
              {barHeight > 0 && <path class="chart__fill" d={barPath(x, baseline, sitWidth, barHeight)} />}
              {standHeight > 0 && <path class="chart__standing" d={barPath(x + sitWidth, baseline, standWidth, standHeight)} />}
              <text class="chart__label" x={centre} y={baseline + 15} text-anchor="middle">
                {bar.label}
              </text>
              {bar.sublabel && (
                <text class="chart__sublabel" x={centre} y={baseline + 28} text-anchor="middle">
                  {bar.sublabel}
                </text>
              )}
            </g>
          );
        })}
      </g>
      {stood && (
        <g class="chart__legend">
          <rect x={MARGIN.left} y={2} width={8} height={8} rx={2} />
          <text x={MARGIN.left + 12} y={6} dy="0.32em">
            {t('chartStandingLegend')}
          </text>
        </g>
      )}
      <g class="chart__goal">
        <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(goal.value)} y2={y(goal.value)} />
        <text x={width - MARGIN.right} y={y(goal.value) - 5} text-anchor="end">
          {goal.label}
        </text>
      </g>
    </svg>
  );
}
