import { useMemo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Granularity, SwitchPoint } from '../../domain/switching/range-series';
import type { DayKey } from '../../domain/time/day-key';
import { AXIS_STYLE, BAR_STYLE, CHART_MARGIN, TOOLTIP_STYLE, numberOrNone, perPointNote, withLabels } from './chart-format';
import { ChartCard } from './chart-card';

export interface SwitchesChartProps {
  points: readonly SwitchPoint[];
  granularity: Granularity;
  /** the range crosses a new year: axis labels carry the year */
  spansYears: boolean;
  averageSwitches: number | null;
  /** the trailing average is not drawn past today */
  today: DayKey;
}

/** Project switches per day with the trailing 7-day average (or averages per week / month). */
export function SwitchesChart({ points, granularity, spansYears, averageSwitches, today }: SwitchesChartProps) {
  const daily = granularity === 'day';
  const data = useMemo(
    () =>
      withLabels(points, granularity, spansYears).map((point) => ({
        ...point,
        average: point.key > today ? null : point.average,
      })),
    [points, granularity, spansYears, today],
  );
  const columns = daily
    ? ['Day', 'Switches', '7-day average']
    : [granularity === 'week' ? 'Week' : 'Month', 'Switches per worked day'];
  return (
    <ChartCard
      id="switching-switches-title"
      title="Switches per day"
      note={daily ? 'bars: the day · line: 7-day average' : perPointNote(granularity)}
      legend={
        daily
          ? [
              { label: 'Switches', swatch: 'swatch-accent' },
              { label: '7-day average', swatch: 'swatch-line' },
            ]
          : []
      }
      summary={
        averageSwitches === null
          ? 'Nothing logged in this range.'
          : `On average ${averageSwitches} project switches per worked day in this range.`
      }
      table={{
        caption: 'Switches per day',
        columns,
        rows: data
          .filter((point) => point.switches !== null || (daily && point.average !== null))
          .map((point) =>
            daily
              ? [point.title, numberOrNone(point.switches), numberOrNone(point.average)]
              : [point.title, numberOrNone(point.switches)],
          ),
      }}
    >
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={data} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" {...AXIS_STYLE} minTickGap={16} />
          <YAxis {...AXIS_STYLE} allowDecimals={false} width={32} />
          <Tooltip {...TOOLTIP_STYLE} />
          <Bar dataKey="switches" name="Switches" fill="var(--accent)" {...BAR_STYLE} />
          {daily ? (
            <Line
              dataKey="average"
              name="7-day average"
              type="monotone"
              stroke="var(--text)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
