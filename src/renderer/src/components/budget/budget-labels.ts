import type { BudgetStatus, MeasureUnit, PercentComplete, RunOut } from '../../domain/budget/types';
import type { BillingType } from '../../domain/model/project';
import type { ChangeRequestStatus } from '../../domain/model/project-parts';
import type { Fraction } from '../../domain/budget/fraction';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { formatMoney } from '../../domain/format/format-money';
import { currencyExponent, money } from '../../domain/units/money';
import { roundHalfAwayFromZero } from '../../domain/units/rounding';
import { NONE } from '../../domain/format/none';

// Words for stored budget values, shared by every screen that shows budget health.

export const STATUS_LABELS: Record<BudgetStatus, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  none: 'No budget',
};

export const STATUS_BADGES: Record<BudgetStatus, string> = {
  red: 'badge badge-danger',
  amber: 'badge badge-warning',
  green: 'badge badge-success',
  none: 'badge',
};

export const BILLING_LABELS: Record<BillingType, string> = {
  time_and_materials: 'Time and materials',
  fixed_fee: 'Fixed fee',
  retainer: 'Retainer',
  non_billable: 'Non-billable',
};

/** For the dense table; the full words are in its title and on the budget view. */
export const BILLING_SHORT_LABELS: Record<BillingType, string> = {
  time_and_materials: 'T&M',
  fixed_fee: 'Fixed fee',
  retainer: 'Retainer',
  non_billable: 'Internal',
};

export const CHANGE_STATUS_LABELS: Record<ChangeRequestStatus, string> = {
  asked: 'Asked',
  estimated: 'Estimated',
  approved: 'Approved',
  declined: 'Declined',
};

export const CHANGE_STATUS_BADGES: Record<ChangeRequestStatus, string> = {
  asked: 'badge',
  estimated: 'badge badge-accent',
  approved: 'badge badge-success',
  declined: 'badge badge-danger',
};

export function isKeyOf<K extends string>(labels: Record<K, string>, value: string): value is K {
  return Object.hasOwn(labels, value);
}

// Budget values for people. Values arrive in the measure's unit (minutes or minor units).


export function formatValue(unit: MeasureUnit, value: number, options?: { compact?: boolean }): string {
  const whole = roundHalfAwayFromZero(value);
  if (unit.measure === 'money' && unit.currency) return formatMoney(money(whole, unit.currency), undefined, options);
  if (options?.compact && Math.abs(whole) >= 600) return `${Math.round(whole / 60)}h`;
  return formatMinutes(whole);
}

/** Chart values: hours as decimal hours, money in major units (euros, not cents). */
export function chartNumber(unit: MeasureUnit, value: number): number {
  if (unit.measure === 'money' && unit.currency) return value / 10 ** currencyExponent(unit.currency);
  return value / 60;
}

/** The inverse of chartNumber for axis labels. */
export function formatChartNumber(unit: MeasureUnit, value: number): string {
  if (unit.measure === 'money' && unit.currency) {
    return formatMoney(money(Math.round(value * 10 ** currencyExponent(unit.currency)), unit.currency), undefined, {
      compact: true,
    });
  }
  return `${Math.round(value * 10) / 10}h`;
}

export function formatShare(value: Fraction | null): string {
  return value ? `${Math.round((value.num / value.den) * 100)}%` : NONE;
}

export function percentCompleteText(value: PercentComplete): string {
  return value.basis === 'unknown' ? 'Unknown' : formatShare(value.value);
}

export function percentCompleteBasis(value: PercentComplete): string {
  if (value.basis === 'scope') return 'from scope estimates';
  if (value.basis === 'milestones') return 'from milestones (no scope items)';
  return value.why === 'retainer' ? 'retainers are measured by hours' : 'no scope items or milestones';
}

export function runOutText(runOut: RunOut): string {
  if (runOut.kind === 'date') return formatDay(runOut.day);
  if (runOut.kind === 'used-up') return 'Used up';
  if (runOut.kind === 'no-burn') return 'No recent burn';
  return 'Not in sight';
}

export function runOutDetail(runOut: RunOut, windowDays: number): string {
  if (runOut.kind === 'date') return `in ${runOut.workingDays} working ${runOut.workingDays === 1 ? 'day' : 'days'}`;
  if (runOut.kind === 'used-up') return 'nothing left of the baseline';
  if (runOut.kind === 'no-burn') return `nothing spent in the last ${windowDays} days`;
  return `more than 20 years at this pace`;
}

/** A money or hours figure without cents, for dense tables ('€12,400', '120h 30m'). */
export function formatWhole(unit: MeasureUnit, value: number): string {
  if (unit.measure === 'money' && unit.currency) {
    const exponent = currencyExponent(unit.currency);
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: unit.currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    }).format(roundHalfAwayFromZero(value) / 10 ** exponent);
  }
  return formatMinutes(roundHalfAwayFromZero(value));
}
