import type { Client } from '../../domain/model/client';
import type { PersonFilter } from '../../domain/model/person';
import type { Project } from '../../domain/model/project';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { DayKey } from '../../domain/time/day-key';
import type { CurrencyCode, Money } from '../../domain/units/money';
import type { TandemDb } from '../db';
import { RollupAccumulator } from '../../domain/rollup-accumulator';
import type { ProjectDay } from '../../domain/rollup-figures';
import { dayTotalsOf, entriesForDayRange } from './time';
import type { DayTotal } from './time';
import { addToCurrency, moneyList } from '../../domain/units/money';
import { projectDaysBetween } from '../rollup-store';

// The Time screen's read: one day or one week, through the 'day' indexes only. Everyone's per-day and
// per-project totals come from the projectDays rollups, never from summing other entries; one
// person's ("Mine") are the sum of that person's entries in the range, which are read anyway (the
// rollups are not per person: budgets, invoices and reports count everyone).

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
  /** whose time: one person's, or undefined for everyone's */
  person: PersonFilter;
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

/** The range's project-day figures: the rollups for everyone, the shown entries summed for one person. */
function projectDaysOf(db: TandemDb, from: DayKey, to: DayKey, entries: readonly TimeEntry[], person: PersonFilter): Promise<ProjectDay[]> {
  if (to < from) return Promise.resolve([]);
  if (person === undefined) return projectDaysBetween(db, from, to);
  const acc = new RollupAccumulator();
  for (const entry of entries) acc.addEntry(entry);
  return Promise.resolve(acc.projectDays());
}

/** `person`: one person's entries and totals ("Mine"); undefined: everyone's. */
export async function timeRangeView(db: TandemDb, from: DayKey, to: DayKey, person?: PersonFilter): Promise<TimeRangeView> {
  const entries = await entriesForDayRange(db, from, to, undefined, person);
  const rows = await projectDaysOf(db, from, to, entries, person);
  const days = to < from ? [] : dayTotalsOf(rows, from, to);
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
    person,
    entries,
    days,
    projects,
    byProject,
    minutes: days.reduce((total, day) => total + day.minutes, 0),
    billableMinutes: days.reduce((total, day) => total + day.billableMinutes, 0),
  };
}
