import { useMemo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMinutes } from '../../domain/format/format-duration';
import type { DeepWorkPoint, Granularity } from '../../domain/switching/range-series';
import type { RangeTotals } from '../../domain/switching/range-summary';
import {
  AXIS_STYLE,
  BAR_STYLE,
  CHART_MARGIN,
  TOOLTIP_STYLE,
  hourTicks,
  hoursTick,
  minutesOrNone,
  perPointNote,
  withLabels,
} from './chart-format';
import { ChartCard } from './chart-card';

export interface DeepWorkChartProps {
  points: readonly DeepWorkPoint[];
  granularity: Granularity;
  /** the range crosses a new year: axis labels carry the year */
  spansYears: boolean;
  targetMinutes: number;
  totals: RangeTotals;
}

/** Deep-work minutes per day against the daily target, with what the plan had for the day. */
export function DeepWorkChart({ points, granularity, spansYears, targetMinutes, totals }: DeepWorkChartProps) {
  const data = useMemo(() => withLabels(points, granularity, spansYears), [points, granularity, spansYears]);
  const hasPlan = points.some((point) => point.planned !== null);
  const ticks = useMemo(
    () => hourTicks(points.reduce((max, point) => Math.max(max, point.actual ?? 0, point.planned ?? 0), targetMinutes)),
    [points, targetMinutes],
  );
  const summary =
    totals.workedDays === 0
      ? 'Nothing logged in this range.'
      : `Deep work reached the ${formatMinutes(targetMinutes)} target on ${totals.daysOnTarget} of ${totals.workedDays} worked days: ` +
        `${formatMinutes(totals.deepWorkMinutes)} in all${hasPlan ? `, ${formatMinutes(totals.plannedDeepWorkMinutes)} planned` : ''}.`;
  return (
    <ChartCard
      id="switching-deep-title"
      title="Deep work against the target"
      note={`${perPointNote(granularity)} · target ${formatMinutes(targetMinutes)}`}
      legend={[
        { label: 'Deep work', swatch: 'swatch-success' },
        ...(hasPlan ? [{ label: 'Planned', swatch: 'swatch-planned' }] : []),
        { label: 'Target', swatch: 'swatch-target' },
      ]}
      summary={summary}
      table={{
        caption: 'Deep work per day',
        columns: [granularity === 'day' ? 'Day' : granularity === 'week' ? 'Week' : 'Month', 'Deep work', 'Planned'],
        rows: data
          .filter((point) => point.actual !== null || point.planned !== null)
          .map((point) => [point.title, minutesOrNone(point.actual), minutesOrNone(point.planned)]),
      }}
    >
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={data} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" {...AXIS_STYLE} minTickGap={16} />
          <YAxis {...AXIS_STYLE} tickFormatter={hoursTick} width={40} ticks={ticks} domain={[0, ticks.at(-1) ?? 60]} />
          <Tooltip
            {...TOOLTIP_STYLE}
            formatter={(value) => (typeof value === 'number' ? formatMinutes(Math.round(value)) : value)}
          />
          <Bar dataKey="actual" name="Deep work" fill="var(--success)" {...BAR_STYLE} />
          {hasPlan ? (
            <Line
              dataKey="planned"
              name="Planned"
              type="linear"
              stroke="var(--accent)"
              strokeDasharray="4 3"
              strokeWidth={1.5}
              dot={{ r: 2.5, fill: 'var(--accent)' }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ) : null}
          {targetMinutes > 0 ? (
            <ReferenceLine y={targetMinutes} stroke="var(--danger)" strokeDasharray="6 4" ifOverflow="extendDomain" />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
