import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { dateTimeFormat } from '../../domain/format/formatter-cache';
import { parseDayKey } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { Granularity } from '../../domain/switching/range-series';
import { NONE } from '../../domain/format/none';

// Shared chart look and labels. Colours are theme tokens, so light and dark both follow tokens.css.

export const AXIS_STYLE = {
  stroke: 'var(--border-strong)',
  tick: { fill: 'var(--text-muted)', fontSize: 11 },
  tickLine: false,
} as const;

/** The title of the hovered point (chart rows carry one, see withLabels). */
function titleOfPoint(_label: unknown, payload: readonly { payload?: { title?: string } }[]): string {
  return payload[0]?.payload?.title ?? '';
}

export const TOOLTIP_STYLE = {
  isAnimationActive: false,
  labelFormatter: titleOfPoint,
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, fontSize: 12 },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
  cursor: { fill: 'var(--surface-hover)' },
} as const;

/** Bars of the per-day charts. */
export const BAR_STYLE = { isAnimationActive: false, maxBarSize: 22, radius: [2, 2, 0, 0] as [number, number, number, number] };

export const CHART_MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };

/** A point's label on an axis: 'Nov 3' for days and weeks ('Nov 3, 2025' when the range spans years), 'Nov 2026' for months. */
export function pointLabel(key: DayKey, granularity: Granularity, spansYears = false): string {
  if (granularity !== 'month') return formatDay(key, undefined, spansYears ? 'medium' : 'short');
  const { year, month } = parseDayKey(key);
  return dateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** The same for tables and tooltips, where there is room: 'Tue, Nov 3', 'Week of Nov 3'. */
export function pointTitle(key: DayKey, granularity: Granularity): string {
  if (granularity === 'day') return formatDay(key, undefined, 'weekday');
  if (granularity === 'week') return `Week of ${formatDay(key, undefined, 'medium')}`;
  return formatDay(key, undefined, 'month');
}

/** What an aggregated value means, for card notes. */
export function perPointNote(granularity: Granularity): string {
  return granularity === 'day' ? 'per day' : granularity === 'week' ? 'per worked day, weekly' : 'per worked day, monthly';
}

/** Axis ticks for minutes shown as hours: '2h', '1.5h'. */
export function hoursTick(minutes: number): string {
  return `${Math.round((minutes / 60) * 10) / 10}h`;
}

/** Whole-hour ticks (in minutes) from 0 up past `maxMinutes`: every 1, 2, 4 or 8 hours. */
export function hourTicks(maxMinutes: number): number[] {
  const hours = Math.max(1, Math.ceil(maxMinutes / 60));
  const step = [1, 2, 4, 8, 24].find((candidate) => hours / candidate <= 5) ?? 48;
  const ticks: number[] = [];
  for (let hour = 0; hour < hours + step; hour += step) ticks.push(hour * 60);
  return ticks;
}

export function minutesOrNone(minutes: number | null): string {
  return minutes === null ? NONE : formatMinutes(minutes);
}

export function numberOrNone(value: number | null): string {
  return value === null ? NONE : String(value);
}

/** Chart rows: each point with its axis label and its longer title (tooltips, tables). */
export function withLabels<P extends { key: DayKey }>(
  points: readonly P[],
  granularity: Granularity,
  spansYears: boolean,
): (P & { label: string; title: string })[] {
  return points.map((point) => ({
    ...point,
    label: pointLabel(point.key, granularity, spansYears),
    title: pointTitle(point.key, granularity),
  }));
}
