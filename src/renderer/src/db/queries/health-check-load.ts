import Dexie from 'dexie';
import { healthCheck } from '../../domain/health-check/health-check';
import type { HealthCheckReport } from '../../domain/health-check/health-check';
import { hatWindow } from '../../domain/health-check/hat-hours';
import { lateInvoices } from '../../domain/health-check/invoice-facts';
import { resourceWindow } from '../../domain/health-check/workload';
import type { OpenTask } from '../../domain/health-check/types';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { groupBy, loadActiveBudgets, loadCurrentProjects, loadOpenInvoices, loadSentUpdates } from './health-check-sources';
import { projectDaysBetween } from '../rollup-store';

// Everything the health check reads, by index: the Budgets table's rollup reads for the active
// projects, current projects by status, update drafts by client, sent invoices by status and their
// payments, each active project's tasks by [projectId+order], the next two weeks of blocks and the
// last four weeks of projectDays by day. Never a time entry.

async function openTasksOf(db: TandemDb, projectId: string): Promise<OpenTask[]> {
  const tasks = await db.tasks.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).toArray();
  return tasks
    .filter((task) => task.status !== 'done')
    .map((task) => ({ id: task.id, title: task.title, assignee: task.assignee, due: task.due }));
}

export async function loadHealthCheck(db: TandemDb, today: DayKey, locale?: string): Promise<HealthCheckReport> {
  const resource = resourceWindow(today);
  const hats = hatWindow(today);
  const [{ settings, budgets }, current, clients, teammates, blocks, hatDays, openInvoices] = await Promise.all([
    loadActiveBudgets(db, today),
    loadCurrentProjects(db),
    db.clients.orderBy('name').toArray(),
    db.teammates.toArray(),
    db.timeBlocks.where('day').between(resource.from, resource.to, true, true).toArray(),
    projectDaysBetween(db, hats.from, hats.to),
    loadOpenInvoices(db, today),
  ]);
  const projectsByClient = groupBy(current, (project) => project.clientId);
  // Clients with current work, and those owing on an invoice long overdue: the relationship still
  // needs its account manager after the work is done.
  const working = clients.filter(
    (client) =>
      !client.archived && (projectsByClient.has(client.id) || lateInvoices(openInvoices.get(client.id) ?? []).length > 0),
  );
  const active = [...budgets].sort((a, b) => (a.project.code < b.project.code ? -1 : a.project.code > b.project.code ? 1 : 0));
  const [sent, openTasks] = await Promise.all([
    loadSentUpdates(
      db,
      working.map((client) => client.id),
    ),
    Promise.all(active.map(({ project }) => openTasksOf(db, project.id))),
  ]);
  return healthCheck({
    today,
    ...(locale ? { locale } : {}),
    settings,
    clients: working.map((client) => ({
      client,
      projects: projectsByClient.get(client.id) ?? [],
      sentAt: sent.get(client.id) ?? [],
      openInvoices: openInvoices.get(client.id) ?? [],
    })),
    projects: active.map(({ project, health, totals }, index) => ({
      project,
      health,
      loggedCount: totals.entryCount + totals.expenseCount,
      openTasks: openTasks[index] ?? [],
    })),
    blocks,
    teammateIds: new Set(teammates.map((teammate) => teammate.id)),
    hatDays,
  });
}
