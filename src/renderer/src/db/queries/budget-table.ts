import type { Client } from '../../domain/model/client';
import type { Invoice } from '../../domain/model/invoice';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { ProjectDay, ProjectTotals } from '../../domain/rollup-figures';
import { addDays } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';
import { emptyTotals } from '../../domain/rollup-figures';
import { projectDays, projectDaysBetween } from '../rollup-store';

// The Budgets table: every active project with what its budget health and margin need, from rollups
// and its client's sent invoices only.
// One range read of projectDays by the 'day' index covers every project's burn window and its
// current retainer cycle (a cycle is at most 31 days long, so today ± 31 days holds it); only
// retainers that roll hours over read their own history (they need every past cycle).

export interface BudgetTableSource {
  project: Project;
  client: Client | undefined;
  totals: ProjectTotals;
  /** the burn window and the current cycle; the whole history for retainers with rollover */
  days: ProjectDay[];
  /** the client's sent invoices: the project's invoiced revenue for the Margin column */
  sentInvoices: Invoice[];
}

export interface BudgetTableData {
  settings: Settings;
  sources: BudgetTableSource[];
}

/** Days of projectDays read for the table around `today`, both ends included. */
export function budgetTableRange(today: DayKey, burnWindowDays: number): { from: DayKey; to: DayKey } {
  return { from: addDays(today, -Math.max(burnWindowDays - 1, 31)), to: addDays(today, 31) };
}

export async function loadBudgetTable(db: TandemDb, today: DayKey): Promise<BudgetTableData> {
  const settings = await readSettings(db);
  const projects = (await db.projects.where('status').equals('active').toArray()).filter((project) => !project.archived);
  const ids = projects.map((project) => project.id);
  const withHistory = projects.filter((project) => project.billing === 'retainer' && project.retainer?.rollover);
  const range = budgetTableRange(today, settings.burnWindowDays);
  const [clients, totals, windowDays, histories, invoices] = await Promise.all([
    db.clients.bulkGet(projects.map((project) => project.clientId)),
    db.projectTotals.bulkGet(ids),
    projectDaysBetween(db, range.from, range.to),
    Promise.all(
      withHistory.map((project) => projectDays(db, project.id)),
    ),
    // only the listed projects' clients' invoices, by the clientId index (a decade holds thousands)
    db.invoices
      .where('clientId')
      .anyOf([...new Set(projects.map((project) => project.clientId))])
      .toArray(),
  ]);
  const sentByClient = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (invoice.status !== 'sent') continue;
    const list = sentByClient.get(invoice.clientId);
    if (list) list.push(invoice);
    else sentByClient.set(invoice.clientId, [invoice]);
  }
  const daysByProject = new Map<string, ProjectDay[]>();
  for (const row of windowDays) {
    const list = daysByProject.get(row.projectId);
    if (list) list.push(row);
    else daysByProject.set(row.projectId, [row]);
  }
  withHistory.forEach((project, index) => daysByProject.set(project.id, histories[index] ?? []));
  return {
    settings,
    sources: projects.map((project, index) => {
      const client = clients[index];
      return {
        project,
        client,
        totals: totals[index] ?? emptyTotals(project.id, client?.currency ?? null),
        days: daysByProject.get(project.id) ?? [],
        sentInvoices: sentByClient.get(project.clientId) ?? [],
      };
    }),
  };
}
