import type { SelectOption } from '../../components/ui/select-field';
import type { BillingType, Project, ProjectStatus } from '../../domain/model/project';
import type { ChangeRequestStatus, ScopeItem } from '../../domain/model/project-parts';
import { formatMinutes } from '../../domain/format/format-duration';
import { formatMoney } from '../../domain/format/format-money';
import { money } from '../../domain/units/money';
import { NONE } from '../../domain/format/none';

// Words the Projects screen shows for stored enum values (the stored values never reach the UI), and
// amounts whose currency may be unknown (a project whose client is gone).

export const STATUS_LABELS: Record<ProjectStatus, string> = {
  planned: 'Planned',
  active: 'Active',
  on_hold: 'On hold',
  done: 'Done',
};

/** Badge tone per status: active work stands out, finished work recedes. */
export const STATUS_BADGES: Record<ProjectStatus, string> = {
  planned: 'badge badge-accent',
  active: 'badge badge-success',
  on_hold: 'badge badge-warning',
  done: 'badge',
};

export const BILLING_LABELS: Record<BillingType, string> = {
  time_and_materials: 'Time and materials',
  fixed_fee: 'Fixed fee',
  retainer: 'Retainer',
  non_billable: 'Non-billable',
};

export const SCOPE_STATUS_LABELS: Record<ScopeItem['status'], string> = {
  planned: 'Planned',
  in_scope: 'In scope',
  done: 'Done',
  dropped: 'Dropped',
};

export const CHANGE_REQUEST_STATUS_LABELS: Record<ChangeRequestStatus, string> = {
  asked: 'Asked',
  estimated: 'Estimated',
  approved: 'Approved',
  declined: 'Declined',
};

export const CHANGE_REQUEST_BADGES: Record<ChangeRequestStatus, string> = {
  asked: 'badge',
  estimated: 'badge badge-accent',
  approved: 'badge badge-success',
  declined: 'badge badge-danger',
};

/** Select options in the labels' own order. */
export function optionsOf<K extends string>(labels: Record<K, string>): SelectOption[] {
  return Object.entries<string>(labels).map(([value, label]) => ({ value, label }));
}


export function formatAmount(minor: number, currency: string | null | undefined): string {
  return currency ? formatMoney(money(minor, currency)) : NONE;
}

/** '40h · €10,000.00', '40h', '€10,000.00' or 'No budget'. */
export function formatBudget(project: Project, currency: string | null | undefined): string {
  const parts: string[] = [];
  if (project.budgetMinutes !== undefined) parts.push(formatMinutes(project.budgetMinutes));
  if (project.budgetAmount !== undefined) parts.push(formatAmount(project.budgetAmount, currency));
  return parts.length > 0 ? parts.join(' · ') : 'No budget';
}
