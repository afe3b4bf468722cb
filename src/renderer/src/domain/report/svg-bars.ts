import { markup } from './escape-html';
import type { SafeHtml } from './escape-html';
import { CHART_MARGIN, fixed, svgFrame, valueGrid } from './svg-chart';
import type { AxisTick } from './svg-chart';

// Grouped vertical bars (one group per category, one bar per series), for retainer cycles.

export interface BarGroup {
  label: string;
  values: readonly number[];
}

export interface BarChartSpec {
  title: string;
  width: number;
  height: number;
  yMax: number;
  yTicks: readonly AxisTick[];
  /** CSS class per series, in the order of each group's values */
  classNames: readonly string[];
  groups: readonly BarGroup[];
}

export function renderBarChart(spec: BarChartSpec): SafeHtml {
  const plotWidth = spec.width - CHART_MARGIN.left - CHART_MARGIN.right;
  const plotHeight = spec.height - CHART_MARGIN.top - CHART_MARGIN.bottom;
  const bottom = CHART_MARGIN.top + plotHeight;
  const sy = (value: number) => bottom - (Math.min(Math.max(value, 0), spec.yMax) / (spec.yMax || 1)) * plotHeight;
  const groupWidth = plotWidth / Math.max(1, spec.groups.length);
  const barWidth = (groupWidth * 0.7) / Math.max(1, spec.classNames.length);

  const groups = spec.groups.map((group, index) => {
    const left = CHART_MARGIN.left + index * groupWidth + groupWidth * 0.15;
    const bars = group.values.map((value, series) => {
      const className = spec.classNames[series] ?? 'chart-bar';
      return markup`<rect class="${className}" x="${fixed(left + series * barWidth)}" y="${fixed(sy(value))}" width="${fixed(barWidth - 1)}" height="${fixed(bottom - sy(value))}"/>`;
    });
    const middle = fixed(left + (barWidth * group.values.length) / 2);
    return markup`${bars}<text class="chart-tick" x="${middle}" y="${bottom + 15}" text-anchor="middle">${group.label}</text>`;
  });
  return svgFrame(spec, markup`${valueGrid(spec.yTicks, sy, plotWidth, bottom)}${groups}`);
}
