import { formatDay } from '../format/format-day';
import { formatMinutes } from '../format/format-duration';
import { formatMoney } from '../format/format-money';
import type { DayKey } from '../time/day-key';
import { money } from '../units/money';
import { roundHalfAwayFromZero } from '../units/rounding';
import type { MeasureUnit } from './types';

// Plain words for figures in a measure's unit, for status reasons.

export function formatIn(unit: MeasureUnit, value: number, locale?: string): string {
  const whole = roundHalfAwayFromZero(value);
  if (unit.measure === 'money' && unit.currency) return formatMoney(money(whole, unit.currency), locale);
  return formatMinutes(whole);
}

/**
 * A percentage for people: whole numbers, except where rounding would land on the threshold a
 * rule compares with: then as many decimals (up to 3) as it takes to differ ("110.02%" for a
 * rule "more than 110 %"), so the words never contradict the status.
 */
export function formatPercent(value: number, threshold?: number): string {
  if (threshold === undefined || value === threshold || Math.round(value) !== threshold) return `${Math.round(value)}%`;
  for (let decimals = 1; decimals <= 3; decimals += 1) {
    const scale = 10 ** decimals;
    if (Math.round(value * scale) / scale !== threshold) return `${(Math.round(value * scale) / scale).toFixed(decimals)}%`;
  }
  return `${value.toFixed(3)}%`;
}

export function formatPoints(value: number, threshold: number): string {
  return formatPercent(value, threshold).replace('%', '');
}

export function dayWords(day: DayKey, locale?: string): string {
  return formatDay(day, locale, 'medium');
}
