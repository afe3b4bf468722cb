import type { BurnChartData, BurnPoint } from '../budget/burn-chart';
import { dayOfNumber } from '../budget/burn-chart';
import type { MeasureUnit } from '../budget/types';
import { formatDay } from '../format/format-day';
import { dayAxis, valueAxis } from '../budget/chart-ticks';
import type { SafeHtml } from './escape-html';
import { axisText, chartNumber } from './report-labels';
import { renderLineChart } from './svg-chart';
import type { LineSeries } from './svg-chart';

// The printed burn chart: the series of domain/budget/burn-chart.ts drawn as SVG. Legend and
// figures are HTML beside it (selectable text); the SVG carries only axes and lines.

export const BURN_CHART_SIZE = { width: 680, height: 230 } as const;

/** Line keys in drawing order (under → over), with the classes the report's style sheet colours. */
export const BURN_LINES = [
  { key: 'ideal', className: 'line-ideal', label: 'Ideal pace' },
  { key: 'baseline', className: 'line-baseline', label: 'Budget (steps are approved changes)' },
  { key: 'planned', className: 'line-planned', label: 'Spent + planned work' },
  { key: 'forecast', className: 'line-forecast', label: 'Forecast at the current pace' },
  { key: 'spent', className: 'line-spent', label: 'Spent' },
] as const satisfies readonly { key: keyof BurnPoint; className: string; label: string }[];

export type BurnLineKey = (typeof BURN_LINES)[number]['key'];

/** The lines that have at least one value (a project without dates has no ideal line). */
export function burnLinesShown(chart: BurnChartData): BurnLineKey[] {
  return BURN_LINES.filter((line) => chart.points.some((point) => point[line.key] !== null)).map((line) => line.key);
}

export function renderBurnChart(chart: BurnChartData, unit: MeasureUnit, eac: number, title: string, locale?: string): SafeHtml {
  const value = (raw: number | null) => (raw === null ? null : chartNumber(unit, raw));
  const shown = new Set(burnLinesShown(chart));
  const series: LineSeries[] = BURN_LINES.filter((line) => shown.has(line.key)).map((line) => ({
    className: line.className,
    points: chart.points.map((point) => ({ x: point.x, y: value(point[line.key]) })),
    step: line.key === 'baseline' || line.key === 'planned',
    area: line.key === 'spent',
  }));
  const highest = Math.max(
    chartNumber(unit, eac),
    ...chart.points.flatMap((point) => BURN_LINES.map((line) => value(point[line.key]) ?? 0)),
  );
  const yTicks = valueAxis(highest * 1.04);
  const first = chart.points[0]?.x ?? chart.todayX;
  const last = chart.points[chart.points.length - 1]?.x ?? chart.todayX;
  return renderLineChart({
    title,
    ...BURN_CHART_SIZE,
    xDomain: [first, last],
    yMax: yTicks[yTicks.length - 1] ?? 1,
    yTicks: yTicks.map((tick) => ({ value: tick, label: axisText(unit, tick, locale) })),
    xTicks: dayAxis(chart.from, chart.to).map((x) => ({ value: x, label: formatDay(dayOfNumber(x), locale, 'short') })),
    series,
    markers: [{ value: chart.todayX, label: 'Today' }],
  });
}
