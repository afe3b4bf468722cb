import { clientHealth } from '../../domain/health-check/client-health';
import type { ClientHealth } from '../../domain/health-check/client-health';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { groupBy, loadActiveBudgets, loadCurrentProjects, loadOpenInvoices, loadSentUpdates } from './health-check-sources';

// Each client's health for the Clients list (domain/health-check/client-health.ts), keyed by
// client id. Indexed reads only: the Budgets table's rollup reads, projects by status, update
// drafts by client, sent invoices by status and their payments.
export async function loadClientHealth(db: TandemDb, today: DayKey): Promise<Map<string, ClientHealth>> {
  const [clients, current, { budgets }, openInvoices] = await Promise.all([
    db.clients.toArray(),
    loadCurrentProjects(db),
    loadActiveBudgets(db, today),
    loadOpenInvoices(db, today),
  ]);
  const sent = await loadSentUpdates(
    db,
    clients.map((client) => client.id),
  );
  const projectsByClient = groupBy(current, (project) => project.clientId);
  const budgetsByClient = groupBy(budgets, (budget) => budget.project.clientId);
  return new Map(
    clients.map((client) => [
      client.id,
      clientHealth(
        {
          client,
          projects: projectsByClient.get(client.id) ?? [],
          budgets: budgetsByClient.get(client.id) ?? [],
          sentAt: sent.get(client.id) ?? [],
          openInvoices: openInvoices.get(client.id) ?? [],
        },
        today,
      ),
    ]),
  );
}
