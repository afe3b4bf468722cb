import type { BudgetStatus, MeasureUnit, RunOut } from '../budget/types';
import { formatIn } from '../budget/labels';
import { formatDay } from '../format/format-day';
import { numberFormat } from '../format/formatter-cache';
import type { BillingType, ProjectStatus } from '../model/project';
import type { ChangeRequestStatus } from '../model/project-parts';
import { currencyExponent } from '../units/money';
import type { DayKey } from '../time/day-key';
import type { ReportPeriod } from './report-types';
import { NONE } from '../format/none';

// Words and figures as a client reads them. Values arrive in their measure's unit.

export const STATUS_WORDS: Record<BudgetStatus, string> = {
  green: 'On track',
  amber: 'At risk',
  red: 'Off track',
  none: 'No budget',
};

export const BILLING_WORDS: Record<BillingType, string> = {
  time_and_materials: 'Time and materials',
  fixed_fee: 'Fixed fee',
  retainer: 'Retainer',
  non_billable: 'Internal',
};

export const STAGE_WORDS: Record<ProjectStatus, string> = {
  planned: 'Planned',
  active: 'Active',
  on_hold: 'On hold',
  done: 'Done',
};

export const CHANGE_WORDS: Record<ChangeRequestStatus, string> = {
  asked: 'Awaiting estimate',
  estimated: 'Awaiting your decision',
  approved: 'Approved',
  declined: 'Declined',
};

/** A figure in its unit: '€12,400.00', '36h 30m'. */
export function amountText(unit: MeasureUnit, value: number, locale?: string): string {
  return formatIn(unit, value, locale);
}

export function percentText(share: number | null): string {
  return share === null ? NONE : `${Math.round(share * 100)}%`;
}

export function dayText(day: DayKey, locale?: string): string {
  return formatDay(day, locale, 'medium');
}

export function periodText(period: ReportPeriod, locale?: string): string {
  return `${dayText(period.from, locale)} – ${dayText(period.to, locale)}`;
}

export function runOutText(runOut: RunOut, locale?: string): string {
  if (runOut.kind === 'date') return dayText(runOut.day, locale);
  if (runOut.kind === 'used-up') return 'Used up';
  if (runOut.kind === 'no-burn') return 'No recent spend';
  return 'Not in sight';
}

/** A chart value: hours as decimal hours, money in whole currency units. */
export function chartNumber(unit: MeasureUnit, value: number): number {
  return unit.measure === 'money' && unit.currency ? value / 10 ** currencyExponent(unit.currency) : value / 60;
}

/** An axis label for a chart value: '120h', '€12K'. */
export function axisText(unit: MeasureUnit, value: number, locale?: string): string {
  if (unit.measure === 'money' && unit.currency) {
    // whole numbers stay whole ('€15K', not '€15.0K')
    return numberFormat(locale, {
      style: 'currency',
      currency: unit.currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value);
  }
  return `${Math.round(value * 10) / 10}h`;
}
