import { formatDay } from '../../domain/format/format-day';
import { formatDecimalHours } from '../../domain/format/format-duration';
import { formatMoney } from '../../domain/format/format-money';
import { toDayKey } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { Money } from '../../domain/units/money';
import { NONE } from '../../domain/format/none';

// Formatting for the clients screen, at the edge: stored values stay minutes and minor units.


/** '12.5 h' from minutes. */
export function formatHours(minutes: number): string {
  return `${formatDecimalHours(minutes, undefined, 1)} h`;
}

/** One amount per currency, never summed across currencies: '€1,200.00 · $300.00'. */
export function formatSpent(spent: readonly Money[]): string {
  return spent.length === 0 ? NONE : spent.map((amount) => formatMoney(amount)).join(' · ');
}

export function formatLastDay(day: DayKey | null): string {
  return day === null ? NONE : formatDay(day);
}

/** 'March 2026' from a 'YYYY-MM' month key. */
export function formatMonth(month: string): string {
  return formatDay(toDayKey(`${month}-01`), undefined, 'month');
}
