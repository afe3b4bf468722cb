import { useMemo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  Area,
} from 'recharts';
import { burnChart, dayOfNumber } from '../../domain/budget/burn-chart';
import type { BurnStep } from '../../domain/budget/burn-chart';
import type { MeasureHealth, PlannedBlock, DayFigures } from '../../domain/budget/types';
import type { Project } from '../../domain/model/project';
import type { WorkWeekDays } from '../../domain/time/week';
import type { DayKey } from '../../domain/time/day-key';
import { formatDay } from '../../domain/format/format-day';
import { AXIS_STYLE, TOOLTIP_STYLE } from './chart-style';
import { dayAxis, valueAxis } from '../../domain/budget/chart-ticks';
import { chartNumber, formatChartNumber, formatValue } from '../../components/budget/budget-labels';

export interface BurnChartCardProps {
  project: Project;
  measure: MeasureHealth;
  days: readonly DayFigures[];
  blocks: readonly PlannedBlock[];
  rate: number;
  workWeekDays: WorkWeekDays;
  today: DayKey;
}

const LEGEND = [
  { key: 'spent', label: 'Spent' },
  { key: 'baseline', label: 'Baseline (steps = approved changes)' },
  { key: 'ideal', label: 'Ideal' },
  { key: 'forecast', label: 'Forecast to run-out' },
  { key: 'planned', label: 'Spent + planned blocks' },
  { key: 'eac', label: 'EAC' },
] as const;

/** The lines besides spent: baseline steps, then the dashed what-ifs. */
const LINES = [
  { dataKey: 'baseline', name: 'Baseline', type: 'stepAfter', stroke: 'var(--text)', strokeWidth: 2 },
  { dataKey: 'ideal', name: 'Ideal', type: 'linear', stroke: 'var(--text-faint)', strokeWidth: 1.5, strokeDasharray: '2 4' },
  { dataKey: 'forecast', name: 'Forecast', type: 'linear', stroke: 'var(--warning)', strokeWidth: 2, strokeDasharray: '7 5' },
  {
    dataKey: 'planned',
    name: 'Spent + planned',
    type: 'stepAfter',
    stroke: 'var(--success)',
    strokeWidth: 2,
    strokeDasharray: '3 3',
  },
] as const;

/** Cumulative spent against the stepped baseline, with the ideal line, forecast, plan and EAC. */
export function BurnChartCard({ project, measure, days, blocks, rate, workWeekDays, today }: BurnChartCardProps) {
  const chart = useMemo(
    () => burnChart({ project, health: measure, days, blocks, rate, workWeekDays, today }),
    [project, measure, days, blocks, rate, workWeekDays, today],
  );
  const data = useMemo(
    () =>
      chart.points.map((point) => ({
        x: point.x,
        spent: toChart(measure, point.spent),
        baseline: toChart(measure, point.baseline),
        ideal: toChart(measure, point.ideal),
        forecast: toChart(measure, point.forecast),
        planned: toChart(measure, point.planned),
      })),
    [chart, measure],
  );
  const ticks = useMemo(() => dayAxis(chart.from, chart.to, 8), [chart.from, chart.to]);
  const yTicks = useMemo(() => {
    const values = data.flatMap((point) => [point.spent, point.baseline, point.ideal, point.forecast, point.planned]);
    const max = Math.max(chartNumber(measure, measure.eac), ...values.map((value) => value ?? 0));
    return valueAxis(max * 1.04, 5);
  }, [data, measure]);
  const hasPlan = chart.points.some((point) => point.planned !== null);
  const hasIdeal = chart.points.some((point) => point.ideal !== null);
  const shown = LEGEND.filter((item) => (item.key !== 'planned' || hasPlan) && (item.key !== 'ideal' || hasIdeal));

  return (
    <section className="card budget-chart-card" aria-labelledby="burn-chart-title">
      <header className="budget-card-header">
        <h2 id="burn-chart-title">Burn chart</h2>
        <span className="muted budget-card-note">
          {formatDay(chart.from)} – {formatDay(chart.to)} ·{' '}
          {chart.granularity === 'day' ? 'daily' : chart.granularity === 'week' ? 'weekly' : 'monthly'}
        </span>
        <ul className="budget-legend" aria-label="Lines">
          {shown.map((item) => (
            <li key={item.key}>
              <span className={`budget-legend-swatch budget-swatch-${item.key}`} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      </header>
      <p className="visually-hidden">
        Spent {formatValue(measure, measure.spent)} of a {formatValue(measure, measure.baseline)} baseline; estimate at completion{' '}
        {formatValue(measure, measure.eac)}.
        {chart.steps
          .map((step) => ` Approved ${formatDay(step.day)}: ${step.title}, ${formatValue(measure, step.added)} more.`)
          .join('')}
      </p>
      <div className="budget-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={340}>
          <ComposedChart data={data} margin={{ top: 36, right: 88, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="x"
              type="number"
              domain={[data[0]?.x ?? 0, data[data.length - 1]?.x ?? 0]}
              ticks={ticks}
              tickFormatter={(x: number) => formatDay(dayOfNumber(x), undefined, 'short')}
              {...AXIS_STYLE}
            />
            <YAxis
              domain={[0, yTicks[yTicks.length - 1] ?? 'auto']}
              ticks={yTicks}
              tickFormatter={(value: number) => formatChartNumber(measure, value)}
              {...AXIS_STYLE}
              width={64}
            />
            <Tooltip
              isAnimationActive={false}
              labelFormatter={(label) => (typeof label === 'number' ? formatDay(dayOfNumber(label)) : label)}
              formatter={(value) => (typeof value === 'number' ? formatChartNumber(measure, value) : value)}
              {...TOOLTIP_STYLE}
            />
            <Area
              type="linear"
              dataKey="spent"
              name="Spent"
              stroke="var(--accent)"
              strokeWidth={2.5}
              fill="var(--accent-soft)"
              fillOpacity={0.7}
              isAnimationActive={false}
              connectNulls={false}
              dot={false}
            />
            {LINES.map((line) => (
              <Line key={line.dataKey} {...line} dot={false} isAnimationActive={false} />
            ))}
            <ReferenceLine
              y={chartNumber(measure, measure.eac)}
              stroke="var(--danger)"
              strokeDasharray="7 5"
              label={{
                value: `EAC ${formatValue(measure, measure.eac, { compact: true })}`,
                position: 'right',
                fill: 'var(--danger)',
                fontSize: 11,
              }}
            />
            <ReferenceLine
              x={chart.todayX}
              stroke="var(--border-strong)"
              label={{ value: 'Today', position: 'top', fill: 'var(--text-muted)', fontSize: 11 }}
            />
            {chart.steps.map((step, index) => (
              <ReferenceDot
                key={`${step.x}-${index}`}
                x={step.x}
                y={chartNumber(measure, step.baseline)}
                r={4}
                fill="var(--surface)"
                stroke="var(--text)"
                strokeWidth={2}
                label={{
                  value: stepLabel(measure, step),
                  position: 'top',
                  offset: 8 + (index % 2) * 14,
                  fill: 'var(--text)',
                  fontSize: 11,
                  className: 'budget-step-label',
                }}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}

function toChart(measure: MeasureHealth, value: number | null): number | null {
  return value === null ? null : chartNumber(measure, value);
}

function stepLabel(measure: MeasureHealth, step: BurnStep): string {
  const title = step.title.length > 28 ? `${step.title.slice(0, 27)}…` : step.title;
  return `+${formatValue(measure, step.added)} ${title}`;
}
