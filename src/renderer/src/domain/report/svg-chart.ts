import { markup } from './escape-html';
import type { SafeHtml } from './escape-html';

// A small vector line chart for printed reports: no library, no script, only SVG elements whose
// colours come from the report's style sheet (class names). Labels go through `markup`, so a
// series or tick label is always text.

export interface ChartPoint {
  x: number;
  /** null leaves a gap */
  y: number | null;
}

export interface LineSeries {
  /** CSS class of the line (colour, dash) */
  className: string;
  points: readonly ChartPoint[];
  /** hold each value until the next point (a step line) */
  step?: boolean;
  /** fill the area under the line */
  area?: boolean;
}

export interface AxisTick {
  value: number;
  label: string;
}

export interface LineChartSpec {
  /** the chart's accessible name */
  title: string;
  width: number;
  height: number;
  xDomain: readonly [number, number];
  yMax: number;
  xTicks: readonly AxisTick[];
  yTicks: readonly AxisTick[];
  series: readonly LineSeries[];
  /** vertical lines across the plot, labelled at the top (today) */
  markers?: readonly AxisTick[];
}

export const CHART_MARGIN = { top: 16, right: 12, bottom: 24, left: 56 } as const;
const MARGIN = CHART_MARGIN;

/** Coordinates to a tenth of a unit: enough at print size, and short. */
export const fixed = (value: number): string => String(Math.round(value * 10) / 10);

export function renderLineChart(spec: LineChartSpec): SafeHtml {
  const plot = { width: spec.width - MARGIN.left - MARGIN.right, height: spec.height - MARGIN.top - MARGIN.bottom };
  const [x0, x1] = spec.xDomain;
  const xSpan = x1 - x0 || 1;
  const sx = (x: number) => MARGIN.left + ((x - x0) / xSpan) * plot.width;
  const sy = (y: number) => MARGIN.top + plot.height - (Math.min(y, spec.yMax) / (spec.yMax || 1)) * plot.height;
  const bottom = MARGIN.top + plot.height;

  const xLabels = spec.xTicks.map((tick) => {
    const x = fixed(sx(tick.value));
    return markup`<line class="chart-axis" x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + 4}"/><text class="chart-tick" x="${x}" y="${bottom + 15}" text-anchor="middle">${tick.label}</text>`;
  });
  const right = MARGIN.left + plot.width;
  // a label at either end of the plot is set inside it rather than centred past the edge
  const anchor = (x: number) => (x < MARGIN.left + 24 ? 'start' : x > right - 24 ? 'end' : 'middle');
  const markers = (spec.markers ?? []).map((marker) => {
    const x = sx(marker.value);
    return markup`<line class="chart-marker" x1="${fixed(x)}" x2="${fixed(x)}" y1="${MARGIN.top}" y2="${bottom}"/><text class="chart-marker-label" x="${fixed(x)}" y="${MARGIN.top - 4}" text-anchor="${anchor(x)}">${marker.label}</text>`;
  });
  const series = spec.series.map((line) => seriesPaths(line, sx, sy, bottom));

  return svgFrame(spec, markup`${valueGrid(spec.yTicks, sy, plot.width, bottom)}${xLabels}${series}${markers}`);
}

/** The <svg> element with its accessible name around a chart's body. */
export function svgFrame(spec: { title: string; width: number; height: number }, body: SafeHtml): SafeHtml {
  const { width, height, title } = spec;
  return markup`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}"><title>${title}</title>${body}</svg>`;
}

/** Horizontal grid lines with their value labels, and the baseline axis. */
export function valueGrid(ticks: readonly AxisTick[], sy: (y: number) => number, plotWidth: number, bottom: number): SafeHtml {
  const right = fixed(MARGIN.left + plotWidth);
  const lines = ticks.map((tick) => {
    const y = fixed(sy(tick.value));
    return markup`<line class="chart-grid" x1="${MARGIN.left}" x2="${right}" y1="${y}" y2="${y}"/><text class="chart-tick" x="${MARGIN.left - 6}" y="${fixed(sy(tick.value) + 3)}" text-anchor="end">${tick.label}</text>`;
  });
  return markup`${lines}<line class="chart-axis" x1="${MARGIN.left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>`;
}

/** The runs of consecutive non-null points, in screen coordinates. */
export function segments(
  points: readonly ChartPoint[],
  sx: (x: number) => number,
  sy: (y: number) => number,
): [number, number][][] {
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  for (const point of points) {
    if (point.y === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push([sx(point.x), sy(point.y)]);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function pathOf(run: readonly [number, number][], step: boolean): string {
  return run
    .map(([x, y], index) => {
      if (index === 0) return `M${fixed(x)} ${fixed(y)}`;
      const previousY = run[index - 1]?.[1] ?? y;
      return step ? `H${fixed(x)}V${fixed(y)}` : previousY === y ? `H${fixed(x)}` : `L${fixed(x)} ${fixed(y)}`;
    })
    .join('');
}

function seriesPaths(line: LineSeries, sx: (x: number) => number, sy: (y: number) => number, bottom: number): SafeHtml[] {
  return segments(line.points, sx, sy).map((run) => {
    const d = pathOf(run, line.step ?? false);
    const first = run[0];
    const area =
      line.area && first ? markup`<path class="${line.className}-area" d="${d}V${fixed(bottom)}H${fixed(first[0])}Z"/>` : null;
    return markup`${area}<path class="${line.className}" d="${d}"/>`;
  });
}
