import Dexie from 'dexie';
import type { Client } from '../../domain/model/client';
import type { Invoice } from '../../domain/model/invoice';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { ReportPeriod, ReportProjectInput } from '../../domain/report/report-types';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';
import { emptyTotals } from '../../domain/rollup-figures';
import { projectDays } from '../rollup-store';

// Reads for the Reports screen, each through an index: clients by name, a client's projects by
// clientId, and per chosen project its rollups ([projectId+day]), tasks ([projectId+order]),
// blocks (projectId) and only the period's time entries ([projectId+day] range).

/** Clients that can get a report (not archived), by name. */
export async function listReportClients(db: TandemDb): Promise<Client[]> {
  return (await db.clients.orderBy('name').toArray()).filter((client) => !client.archived);
}

/** A client's projects (not archived), active first, then by name. */
export async function listReportProjects(db: TandemDb, clientId: string): Promise<Project[]> {
  const rank = { active: 0, on_hold: 1, planned: 2, done: 3 } as const;
  return (await db.projects.where('clientId').equals(clientId).toArray())
    .filter((project) => !project.archived)
    .sort((a, b) => rank[a.status] - rank[b.status] || a.name.localeCompare(b.name));
}

export interface ReportSource {
  client: Client;
  settings: Settings;
  /** in the order the ids were given; missing projects are left out */
  projects: ReportProjectInput[];
  /** the client's sent invoices, for the optional Profitability section */
  sentInvoices: Invoice[];
}

export async function loadReportSource(
  db: TandemDb,
  request: { clientId: string; projectIds: readonly string[]; period: ReportPeriod; today: DayKey },
): Promise<ReportSource | null> {
  const [client, settings, projects, invoices] = await Promise.all([
    db.clients.get(request.clientId),
    readSettings(db),
    db.projects.bulkGet([...request.projectIds]),
    db.invoices.where('clientId').equals(request.clientId).toArray(),
  ]);
  if (!client) return null;
  const mine = projects.filter((project): project is Project => project !== undefined && project.clientId === client.id);
  return {
    client,
    settings,
    projects: await Promise.all(mine.map((project) => projectSource(db, project, client, request))),
    sentInvoices: invoices.filter((invoice) => invoice.status === 'sent'),
  };
}

async function projectSource(
  db: TandemDb,
  project: Project,
  client: Client,
  request: { period: ReportPeriod; today: DayKey },
): Promise<ReportProjectInput> {
  const id = project.id;
  const [totals, days, blocks, tasks, entries] = await Promise.all([
    db.projectTotals.get(id),
    projectDays(db, id),
    db.timeBlocks.where('projectId').equals(id).toArray(),
    db.tasks.where('[projectId+order]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
    db.timeEntries.where('[projectId+day]').between([id, request.period.from], [id, request.period.to], true, true).toArray(),
  ]);
  return {
    project,
    totals: totals ?? emptyTotals(id, client.currency),
    days,
    blocks: blocks.filter((block) => block.day >= request.today),
    tasks,
    entries,
    costMinor: totals?.costMinor ?? 0,
  };
}
