import type { BudgetHealth } from '../../domain/budget/types';
import { openInvoicesByClient } from '../../domain/health-check/invoice-facts';
import type { OpenInvoice } from '../../domain/health-check/invoice-facts';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { healthOf } from './budget-health';
import { loadBudgetTable } from './budget-table';
import type { BudgetTableSource } from './budget-table';

// Reads the health check and the Clients list's health column share. All indexed: projects by
// status, update drafts by client, invoices by status, budgets through the Budgets table's rollup
// reads.

/** Projects a client is working on now. */
export const CURRENT_STATUSES = ['planned', 'active', 'on_hold'] as const;

export async function loadCurrentProjects(db: TandemDb): Promise<Project[]> {
  const projects = await db.projects.where('status').anyOf(CURRENT_STATUSES).toArray();
  return projects.filter((project) => !project.archived);
}

/** Sent instants (ISO) of each client's updates marked sent. */
export async function loadSentUpdates(db: TandemDb, clientIds: readonly string[]): Promise<Map<string, string[]>> {
  // One equals() range per client: Dexie walks anyOf() with a cursor, several times slower at scale.
  const drafts = (
    await Promise.all(clientIds.map((clientId) => db.updateDrafts.where('clientId').equals(clientId).toArray()))
  ).flat();
  const sent = drafts.flatMap((draft) =>
    draft.status === 'sent' && draft.sentAt ? [{ clientId: draft.clientId, sentAt: draft.sentAt }] : [],
  );
  const byClient = new Map<string, string[]>();
  for (const [clientId, rows] of groupBy(sent, (row) => row.clientId))
    byClient.set(
      clientId,
      rows.map((row) => row.sentAt),
    );
  return byClient;
}

/**
 * Each client's open invoices (sent, money still owed) as of `today`, most overdue first: the sent
 * invoices by the status index and every payment (payments exist only on sent invoices, so the
 * table is about the size of the sent invoices).
 */
export async function loadOpenInvoices(db: TandemDb, today: DayKey): Promise<Map<string, OpenInvoice[]>> {
  const [sent, payments] = await Promise.all([db.invoices.where('status').equals('sent').toArray(), db.payments.toArray()]);
  return openInvoicesByClient(sent, payments, today);
}

export interface ActiveBudget extends BudgetTableSource {
  health: BudgetHealth;
}

/** Every active project with its budget health, as the Budgets table computes it. */
export async function loadActiveBudgets(db: TandemDb, today: DayKey): Promise<{ settings: Settings; budgets: ActiveBudget[] }> {
  const { settings, sources } = await loadBudgetTable(db, today);
  return { settings, budgets: sources.map((source) => ({ ...source, health: healthOf(source, settings, today) })) };
}

/** Groups items by a key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
