import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMinutes } from '../../domain/format/format-duration';
import { HATS, HAT_SHORT_LABELS } from '../../domain/model/hat';
import type { Hat } from '../../domain/model/hat';
import { totalHatMinutes } from '../../domain/switching/day-rollup';
import type { Granularity, HatPoint } from '../../domain/switching/range-series';
import { AXIS_STYLE, CHART_MARGIN, TOOLTIP_STYLE, hoursTick, withLabels } from './chart-format';
import { ChartCard } from './chart-card';

export interface HatMixChartProps {
  points: readonly HatPoint[];
  granularity: Granularity;
  /** the range crosses a new year: axis labels carry the year */
  spansYears: boolean;
  hatMinutes: Record<Hat, number>;
}

export const HAT_FILLS: Record<Hat, string> = {
  production: 'var(--accent)',
  account: 'var(--success)',
  project: 'var(--warning)',
};

const HAT_SWATCHES: Record<Hat, string> = { production: 'swatch-accent', account: 'swatch-success', project: 'swatch-warning' };

function share(part: number, total: number): string {
  return total === 0 ? '0%' : `${Math.round((part / total) * 100)}%`;
}

/** Time logged per hat, stacked, per week (per day for a short range, per month for a long one). */
export function HatMixChart({ points, granularity, spansYears, hatMinutes }: HatMixChartProps) {
  const data = useMemo(() => withLabels(points, granularity, spansYears), [points, granularity, spansYears]);
  const total = totalHatMinutes(hatMinutes);
  const unit = granularity === 'day' ? 'day' : granularity === 'week' ? 'week' : 'month';
  return (
    <ChartCard
      id="switching-hats-title"
      title={`Hat mix per ${unit}`}
      note={HATS.map((hat) => `${HAT_SHORT_LABELS[hat]} ${share(hatMinutes[hat], total)}`).join(' · ')}
      legend={HATS.map((hat) => ({ label: HAT_SHORT_LABELS[hat], swatch: HAT_SWATCHES[hat] }))}
      summary={
        total === 0
          ? 'Nothing logged in this range.'
          : `Of ${formatMinutes(total)} logged: ${HATS.map((hat) => `${HAT_SHORT_LABELS[hat]} ${formatMinutes(hatMinutes[hat])} (${share(hatMinutes[hat], total)})`).join(', ')}.`
      }
      table={{
        caption: `Time per hat per ${unit}`,
        columns: [unit[0]?.toUpperCase() + unit.slice(1), ...HATS.map((hat) => HAT_SHORT_LABELS[hat])],
        rows: data
          .filter((point) => HATS.some((hat) => point[hat] > 0))
          .map((point) => [point.title, ...HATS.map((hat) => formatMinutes(point[hat]))]),
      }}
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" {...AXIS_STYLE} minTickGap={12} />
          <YAxis {...AXIS_STYLE} tickFormatter={hoursTick} width={40} />
          <Tooltip {...TOOLTIP_STYLE} formatter={(value) => (typeof value === 'number' ? formatMinutes(value) : value)} />
          {HATS.map((hat) => (
            <Bar
              key={hat}
              dataKey={hat}
              name={HAT_SHORT_LABELS[hat]}
              stackId="hats"
              fill={HAT_FILLS[hat]}
              isAnimationActive={false}
              maxBarSize={36}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
