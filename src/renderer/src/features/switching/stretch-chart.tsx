import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMinutes } from '../../domain/format/format-duration';
import { DEEP_WORK_MIN_MINUTES } from '../../domain/switching/day-figures';
import type { RangeTotals } from '../../domain/switching/range-summary';
import type { StretchBucket } from '../../domain/switching/stretch-buckets';
import { AXIS_STYLE, CHART_MARGIN, TOOLTIP_STYLE } from './chart-format';
import { ChartCard } from './chart-card';

export interface StretchChartProps {
  buckets: readonly StretchBucket[];
  totals: RangeTotals;
}

/** How long focus lasted: the number of focus stretches in each length band. */
export function StretchChart({ buckets, totals }: StretchChartProps) {
  const summary =
    totals.stretchCount === 0
      ? 'No focus stretches in this range.'
      : `${totals.stretchCount} focus stretches, ${formatMinutes(totals.averageStretch)} on average, the longest ${formatMinutes(totals.longestStretch)}.`;
  return (
    <ChartCard
      id="switching-stretches-title"
      title="Focus stretches"
      note={`average ${formatMinutes(totals.averageStretch)} · longest ${formatMinutes(totals.longestStretch)}`}
      legend={[
        { label: 'Shorter than an hour', swatch: 'swatch-muted' },
        { label: 'An hour or more', swatch: 'swatch-success' },
      ]}
      summary={summary}
      table={{
        caption: 'Focus stretches by length',
        columns: ['Length', 'Stretches', 'Time in them'],
        rows: buckets.map((bucket) => [bucket.label, String(bucket.count), formatMinutes(bucket.minutes)]),
      }}
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={[...buckets]} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" {...AXIS_STYLE} interval={0} />
          <YAxis {...AXIS_STYLE} allowDecimals={false} width={36} />
          <Tooltip {...TOOLTIP_STYLE} labelFormatter={(label) => String(label)} />
          <Bar dataKey="count" name="Stretches" isAnimationActive={false} maxBarSize={48} radius={[2, 2, 0, 0]}>
            {buckets.map((bucket) => (
              <Cell key={bucket.label} fill={bucket.from >= DEEP_WORK_MIN_MINUTES ? 'var(--success)' : 'var(--text-faint)'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
