import type { BudgetStatus } from '../../domain/budget/types';
import type { BillingType } from '../../domain/model/project';
import type { ChangeRequestStatus } from '../../domain/model/project-parts';

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
