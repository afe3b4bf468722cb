import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { DayKey } from '../../domain/time/day-key';
import type { CurrencyCode, Money } from '../../domain/units/money';
import type { TandemDb } from '../db';
import { dayTotals, entriesForDayRange } from './time';
import type { DayTotal } from './time';
import { addToCurrency, moneyList } from '../../domain/units/money';

// The Time screen's read: one day or one week, through the 'day' indexes only. Per-day and
// per-project totals come from the projectDays rollups, never from summing other entries.

export interface ProjectRef {
  project: Project;
  client: Client | undefined;
}

export interface ProjectRangeTotal extends ProjectRef {
  minutes: number;
  billableMinutes: number;
  /** billable time value per currency (normally just the client's) */
  billableAmounts: Money[];
}

export interface TimeRangeView {
  from: DayKey;
  to: DayKey;
  /** in start order */
  entries: TimeEntry[];
  /** one row per day from `from` to `to` */
  days: DayTotal[];
  /** the projects (and their clients) the entries and totals name, by project id */
  projects: Map<string, ProjectRef>;
  /** per project in the range, most minutes first */
  byProject: ProjectRangeTotal[];
  minutes: number;
  billableMinutes: number;
}

export async function timeRangeView(db: TandemDb, from: DayKey, to: DayKey): Promise<TimeRangeView> {
  const [entries, days, rows] = await Promise.all([
    entriesForDayRange(db, from, to),
    dayTotals(db, from, to),
    to < from ? Promise.resolve([]) : db.projectDays.where('day').between(from, to, true, true).toArray(),
  ]);
  const sums = new Map<string, { minutes: number; billableMinutes: number; billableAmounts: Map<CurrencyCode, number> }>();
  for (const row of rows) {
    let sum = sums.get(row.projectId);
    if (!sum) {
      sum = { minutes: 0, billableMinutes: 0, billableAmounts: new Map() };
      sums.set(row.projectId, sum);
    }
    sum.minutes += row.minutes;
    sum.billableMinutes += row.billableMinutes;
    addToCurrency(sum.billableAmounts, row.currency, row.billableAmountMinor);
  }
  const ids = [...new Set([...entries.map((entry) => entry.projectId), ...sums.keys()])];
  const projectRows = await db.projects.bulkGet(ids);
  const found = projectRows.filter((project): project is Project => project !== undefined);
  const clients = await db.clients.bulkGet([...new Set(found.map((project) => project.clientId))]);
  const clientById = new Map(
    clients.filter((client): client is Client => client !== undefined).map((client) => [client.id, client]),
  );
  const projects = new Map(found.map((project) => [project.id, { project, client: clientById.get(project.clientId) }]));

  const byProject: ProjectRangeTotal[] = [];
  for (const [projectId, sum] of sums) {
    const ref = projects.get(projectId);
    if (!ref || sum.minutes === 0) continue;
    byProject.push({
      ...ref,
      minutes: sum.minutes,
      billableMinutes: sum.billableMinutes,
      billableAmounts: moneyList(sum.billableAmounts),
    });
  }
  byProject.sort((a, b) => b.minutes - a.minutes || (a.project.code < b.project.code ? -1 : 1));
  return {
    from,
    to,
    entries,
    days,
    projects,
    byProject,
    minutes: days.reduce((total, day) => total + day.minutes, 0),
    billableMinutes: days.reduce((total, day) => total + day.billableMinutes, 0),
  };
}
