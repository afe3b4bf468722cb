import type { BudgetHealth, BudgetStatus } from '../../domain/budget/types';
import { STATUS_SEVERITY } from '../../domain/budget/types';
import type { Client } from '../../domain/model/client';
import type { BillingType, Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { DayKey } from '../../domain/time/day-key';
import type { BudgetTableSource } from '../../db/queries/budget-table';
import { healthOf } from '../../db/queries/budget-health';
import { projectProfitability } from '../../domain/invoices/profitability';
import type { Profitability } from '../../domain/invoices/profitability';

export interface BudgetRow {
  project: Project;
  client: Client | undefined;
  health: BudgetHealth;
  /** revenue, cost and margin (domain/invoices/profitability.ts) */
  profit: Profitability;
}

export interface BudgetFilter {
  clientId: string;
  billing: BillingType | '';
  status: BudgetStatus | '';
}

export const NO_FILTER: BudgetFilter = { clientId: '', billing: '', status: '' };

function spentShare(row: BudgetRow): number {
  const share = row.health.primary?.percentSpent;
  return share ? share.num / share.den : 0;
}

/** Worst first: red, amber, green, no budget; within a status the most spent first, then by code. */
export function compareRows(a: BudgetRow, b: BudgetRow): number {
  const severity = STATUS_SEVERITY[b.health.status] - STATUS_SEVERITY[a.health.status];
  if (severity !== 0) return severity;
  const spent = spentShare(b) - spentShare(a);
  if (spent !== 0) return spent;
  return a.project.code < b.project.code ? -1 : a.project.code > b.project.code ? 1 : 0;
}

export function budgetRows(sources: readonly BudgetTableSource[], settings: Settings, today: DayKey): BudgetRow[] {
  return sources
    .map((source) => ({
      project: source.project,
      client: source.client,
      health: healthOf(source, settings, today),
      profit: projectProfitability({
        project: source.project,
        currency: source.client?.currency ?? source.totals.currency ?? settings.homeCurrency,
        homeCurrency: settings.homeCurrency,
        totals: source.totals,
        invoices: source.sentInvoices,
      }),
    }))
    .sort(compareRows);
}

export function filterRows(rows: readonly BudgetRow[], filter: BudgetFilter): BudgetRow[] {
  return rows.filter(
    (row) =>
      (filter.clientId === '' || row.project.clientId === filter.clientId) &&
      (filter.billing === '' || row.project.billing === filter.billing) &&
      (filter.status === '' || row.health.status === filter.status),
  );
}

export function countByStatus(rows: readonly BudgetRow[]): Record<BudgetStatus, number> {
  const counts: Record<BudgetStatus, number> = { red: 0, amber: 0, green: 0, none: 0 };
  for (const row of rows) counts[row.health.status] += 1;
  return counts;
}
