import Dexie from 'dexie';
import type { Client } from '../../domain/model/client';
import type { Expense } from '../../domain/model/expense';
import type { Invoice } from '../../domain/model/invoice';
import type { Project, ProjectStatus } from '../../domain/model/project';
import type { Task } from '../../domain/model/task';
import type { TimeBlock } from '../../domain/model/time-block';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { ProjectDay, ProjectTotals } from '../../domain/rollup-figures';
import type { TandemDb } from '../db';
import { emptyTotals } from '../../domain/rollup-figures';
import { projectDays } from '../rollup-store';

export interface ProjectListItem {
  project: Project;
  client: Client | undefined;
  totals: ProjectTotals;
}

/** Projects (optionally of one client and/or status) with client and totals, ordered by code. */
export async function listProjects(
  db: TandemDb,
  filter: { clientId?: string; status?: ProjectStatus; includeArchived?: boolean } = {},
): Promise<ProjectListItem[]> {
  const source =
    filter.clientId !== undefined
      ? db.projects.where('clientId').equals(filter.clientId)
      : filter.status !== undefined
        ? db.projects.where('status').equals(filter.status)
        : db.projects.toCollection();
  const projects = (await source.toArray())
    .filter(
      (project) =>
        (filter.status === undefined || project.status === filter.status) && (filter.includeArchived || !project.archived),
    )
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const [clients, totals] = await Promise.all([
    db.clients.bulkGet(projects.map((project) => project.clientId)),
    db.projectTotals.bulkGet(projects.map((project) => project.id)),
  ]);
  return projects.map((project, index) => {
    const client = clients[index];
    return { project, client, totals: totals[index] ?? emptyTotals(project.id, client?.currency ?? null) };
  });
}

export interface ProjectDetail extends ProjectListItem {
  /** one row per day with time or expenses, in day order: the burn chart's input */
  days: ProjectDay[];
  tasks: Task[];
  blocks: TimeBlock[];
  expenses: Expense[];
  /** the latest entries, newest first */
  recentEntries: TimeEntry[];
  /** the client's sent invoices: the project's invoiced revenue (domain/invoices/profitability.ts) */
  sentInvoices: Invoice[];
}

/** Everything a project page shows, through the project's own index ranges. */
export async function getProjectDetail(db: TandemDb, projectId: string, recentLimit = 50): Promise<ProjectDetail | undefined> {
  const project = await db.projects.get(projectId);
  if (!project) return undefined;
  const lower = [projectId, Dexie.minKey];
  const upper = [projectId, Dexie.maxKey];
  const [client, totals, days, tasks, blocks, expenses, recentEntries, invoices] = await Promise.all([
    db.clients.get(project.clientId),
    db.projectTotals.get(projectId),
    projectDays(db, projectId),
    db.tasks.where('[projectId+order]').between(lower, upper).toArray(),
    db.timeBlocks.where('projectId').equals(projectId).sortBy('day'),
    db.expenses.where('[projectId+day]').between(lower, upper).toArray(),
    db.timeEntries.where('[projectId+day]').between(lower, upper).reverse().limit(recentLimit).toArray(),
    db.invoices.where('clientId').equals(project.clientId).toArray(),
  ]);
  return {
    project,
    client,
    totals: totals ?? emptyTotals(projectId, client?.currency ?? null),
    days,
    tasks,
    blocks,
    expenses,
    // the index orders by day only; within the limit, order by the instant
    recentEntries: recentEntries.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0)),
    sentInvoices: invoices.filter((invoice) => invoice.status === 'sent'),
  };
}
