import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RetainerHealth } from '../../domain/budget/types';
import { formatDay } from '../../domain/format/format-day';
import { AXIS_STYLE, TOOLTIP_STYLE } from './chart-style';
import { formatMinutes } from '../../domain/format/format-duration';

/** At most this many cycles in the chart (two years of months). */
const MAX_CYCLES = 24;

/** Hours remaining this cycle, large, and one pair of bars (available, used) per cycle. */
export function RetainerPanel({ retainer }: { retainer: RetainerHealth }) {
  const { current } = retainer;
  const over = current.remaining < 0;
  const data = useMemo(
    () =>
      retainer.cycles.slice(-MAX_CYCLES).map((cycle) => ({
        label: formatDay(cycle.start, undefined, 'short'),
        available: cycle.available / 60,
        used: cycle.used / 60,
        over: cycle.used > cycle.available,
      })),
    [retainer.cycles],
  );
  return (
    <div className="budget-retainer">
      <section className={`card budget-hero ${over ? 'budget-hero-over' : ''}`} aria-labelledby="retainer-hero-title">
        <h2 id="retainer-hero-title" className="budget-hero-label">
          {over ? 'Over this cycle by' : 'Remaining this cycle'}
        </h2>
        <p className="budget-hero-value">{formatMinutes(Math.abs(current.remaining))}</p>
        <p className="muted">
          {formatMinutes(current.used)} used of {formatMinutes(current.available)} ·{' '}
          {formatDay(current.start, undefined, 'short')} – {formatDay(current.end, undefined, 'short')}
        </p>
        <p className="budget-hero-parts muted">
          {formatMinutes(current.allowance)} monthly allowance
          {current.carriedIn > 0 ? ` + ${formatMinutes(current.carriedIn)} rolled over` : ''}
          {current.extra > 0 ? ` + ${formatMinutes(current.extra)} approved changes` : ''}
          {retainer.rollover ? ' · unused hours roll over' : ' · unused hours do not roll over'}
        </p>
        {retainer.plannedThisCycle > 0 ? (
          <p className="budget-hero-parts">
            {formatMinutes(retainer.plannedThisCycle)} planned on your calendar for the rest of this cycle
          </p>
        ) : null}
      </section>
      <section className="card budget-chart-card" aria-labelledby="cycles-title">
        <header className="budget-card-header">
          <h2 id="cycles-title">Cycles</h2>
          <span className="muted budget-card-note">Hours available and used per cycle</span>
          <ul className="budget-legend" aria-label="Bars">
            <li>
              <span className="budget-legend-swatch budget-swatch-available" aria-hidden="true" />
              Available
            </li>
            <li>
              <span className="budget-legend-swatch budget-swatch-used" aria-hidden="true" />
              Used
            </li>
            <li>
              <span className="budget-legend-swatch budget-swatch-over" aria-hidden="true" />
              Used, over the cycle
            </li>
          </ul>
        </header>
        <table className="visually-hidden">
          <caption>Hours per cycle</caption>
          <thead>
            <tr>
              <th scope="col">Cycle from</th>
              <th scope="col">Available</th>
              <th scope="col">Used</th>
            </tr>
          </thead>
          <tbody>
            {retainer.cycles.slice(-MAX_CYCLES).map((cycle) => (
              <tr key={cycle.start}>
                <td>{formatDay(cycle.start)}</td>
                <td>{formatMinutes(cycle.available)}</td>
                <td>{formatMinutes(cycle.used)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="budget-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} barGap={2} accessibilityLayer={false}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" {...AXIS_STYLE} />
              <YAxis {...AXIS_STYLE} tickFormatter={(value: number) => `${value}h`} width={44} />
              <Tooltip
                isAnimationActive={false}
                cursor={{ fill: 'var(--surface-hover)' }}
                formatter={(value) => (typeof value === 'number' ? formatMinutes(Math.round(value * 60)) : value)}
                {...TOOLTIP_STYLE}
              />
              <Bar
                dataKey="available"
                name="Available"
                fill="var(--surface-sunken)"
                stroke="var(--border-strong)"
                isAnimationActive={false}
                maxBarSize={28}
              />
              <Bar dataKey="used" name="Used" isAnimationActive={false} maxBarSize={28}>
                {data.map((entry) => (
                  <Cell key={entry.label} fill={entry.over ? 'var(--danger)' : 'var(--accent)'} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </section>
    </div>
  );
}
