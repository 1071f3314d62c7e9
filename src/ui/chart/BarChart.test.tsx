// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { BarChart, type ChartBar } from './BarChart';

const HOUR = 3_600_000;
const bars: ChartBar[] = [
  { key: 'mon', value: 2 * HOUR, label: 'Mon', description: 'Monday: 2 hr' },
  { key: 'tue', value: 0, label: 'Tue', description: 'Tuesday: 0 min' },
  { key: 'wed', value: 7 * HOUR, label: 'Wed', description: 'Wednesday: 7 hr', current: true },
];

function renderChart(props: Partial<Parameters<typeof BarChart>[0]> = {}) {
  render(
    <BarChart
      bars={bars}
      goal={{ value: 6 * HOUR, label: 'Goal 6 hr' }}
      title="Sitting per day"
      summary="Hours of sitting each day."
      width={300}
      height={120}
      locale="en-US"
      {...props}
    />,
  );
  return screen.getByRole('img', { name: 'Sitting per day' });
}

const descriptionOf = (chart: HTMLElement) => document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent;

afterEach(cleanup);

describe('bar chart', () => {
  it('is one image named by its title and described bar by bar', () => {
    const chart = renderChart();
    expect(descriptionOf(chart)).toBe('Hours of sitting each day. Monday: 2 hr; Tuesday: 0 min; Wednesday: 7 hr.');
  });

  it('leaves the bars out of the description when a table nearby has them', () => {
    expect(descriptionOf(renderChart({ describeBars: false }))).toBe('Hours of sitting each day.');
  });

  it('draws a bar per value, none for an empty day, and highlights the current one', () => {
    const chart = renderChart();
    expect(chart.querySelectorAll('.chart__bar')).toHaveLength(3);
    expect(chart.querySelectorAll('.chart__fill')).toHaveLength(2);
    expect(chart.querySelector('.chart__bar--current .chart__label')?.textContent).toBe('Wed');
  });

  it('keeps a few minutes of sitting visible on a 6-hour scale, drawn over the axis, and an empty day empty', () => {
    const chart = renderChart({
      bars: [
        { key: 'tue', value: 0, label: 'Tue', description: 'Tuesday: 0 min' },
        { key: 'wed', value: 3 * 60_000, label: 'Wed', description: 'Wednesday: 3 min', current: true },
      ],
      width: 306,
      height: 104,
    });
    const fills = chart.querySelectorAll('.chart__fill');
    expect(fills).toHaveLength(1);
    const fill = fills[0] as Element;
    // The path starts on the axis and its first curve ends at the bar's top: "M x,base V … Q x,top …".
    const [, base, top] = /^M[\d.]+,([\d.]+)V[\d.]+Q[\d.]+,([\d.]+)/.exec(fill.getAttribute('d') ?? '') ?? [];
    expect(Number(base) - Number(top)).toBeGreaterThanOrEqual(2);
    // Painted later is painted on top: the axis line must come first, or it hides half of the sliver.
    const axis = chart.querySelector('.chart__axis') as Element;
    expect(axis.compareDocumentPosition(fill) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('scales to the taller of the goal and the bars, and labels the goal line', () => {
    const chart = renderChart();
    expect([...chart.querySelectorAll('.chart__grid text')].map((tick) => tick.textContent)).toEqual(['2 hr', '4 hr', '6 hr', '8 hr']);
    expect(chart.querySelector('.chart__goal text')?.textContent).toBe('Goal 6 hr');
  });

  it('draws standing as its own narrower bar beside sitting, with a legend, only when someone stood', () => {
    expect(renderChart().querySelector('.chart__standing, .chart__legend')).toBeNull();
    cleanup();
    const chart = renderChart({ bars: [{ ...bars[0], standing: 9 * HOUR } as ChartBar, ...bars.slice(1)] });
    const standing = chart.querySelectorAll('.chart__standing');
    expect(standing).toHaveLength(1);
    expect(chart.querySelector('.chart__legend text')?.textContent).toBe('Standing');
    // The scale reaches the standing bar too.
    expect([...chart.querySelectorAll('.chart__grid text')].map((tick) => tick.textContent).at(-1)).toBe('12 hr');
    const width = (path: Element) => {
      const xs = [...(path.getAttribute('d') ?? '').matchAll(/[MHQ ]([\d.]+),/g)].map((m) => Number(m[1]));
      return Math.max(...xs) - Math.min(...xs);
    };
    const sitting = chart.querySelector('.chart__fill') as Element;
    expect(width(standing[0] as Element)).toBeLessThan(width(sitting));
  });

  it('gives each bar a tooltip with its words', () => {
    const chart = renderChart();
    expect([...chart.querySelectorAll('.chart__bar > title')].map((title) => title.textContent)).toEqual([
      'Monday: 2 hr',
      'Tuesday: 0 min',
      'Wednesday: 7 hr',
    ]);
  });
});
