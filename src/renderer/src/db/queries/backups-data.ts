import type { ExportEntry } from '../../domain/csv/export';
import { HAT_SHORT_LABELS } from '../../domain/model/hat';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { recordTables } from '../db';
import { entriesForDayRange } from './time';

// Reads for the Data & backups screen: what the database holds now (restore previews compare
// against it), and the entries of a date range with their names for the CSV export.

/** Rows per record table (counts are index reads, no records are loaded). */
export async function recordCounts(db: TandemDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of recordTables(db)) counts[table.name] = await table.count();
  return counts;
}

/** Entries of the range (by the day index), in start order, with client and project names. */
export async function exportEntriesInRange(db: TandemDb, from: DayKey, to: DayKey): Promise<ExportEntry[]> {
  const [entries, projects, clients] = await Promise.all([entriesForDayRange(db, from, to), db.projects.toArray(), db.clients.toArray()]);
  const projectById = new Map(projects.map((project) => [project.id, project]));
  const clientById = new Map(clients.map((client) => [client.id, client]));
  return entries.map((entry) => {
      const project = projectById.get(entry.projectId);
      return {
        day: entry.day,
        startedAt: entry.startedAt,
        minutes: entry.minutes,
        clientName: clientById.get(project?.clientId ?? '')?.name ?? '',
        projectName: project?.name ?? '',
        projectCode: project?.code ?? '',
        hat: HAT_SHORT_LABELS[entry.hat],
        billable: entry.billable,
        rateMinor: entry.rateSnapshot,
        currency: entry.currency,
        note: entry.note,
      };
    });
}
