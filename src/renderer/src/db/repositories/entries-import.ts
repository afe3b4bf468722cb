import { ValidationError, validate } from '../../domain/validation';
import type { FieldErrors } from '../../domain/validation';
import { importRecordSchema } from '../../domain/model/import-record';
import type { ImportRecord, ImportRecordInput } from '../../domain/model/import-record';
import { timeEntrySchema } from '../../domain/model/time-entry';
import type { Hat } from '../../domain/model/hat';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { TandemDb } from '../db';
import { costFieldsFor, costRatesOfPerson, entryWriteTables, insertEntries, rateFor } from './entry-writes';
import type { InsertProgress } from './entry-writes';
import { readSettings } from './lookups';

// Bulk import of time entries (CSV importers map their rows to existing projects first).
// All or nothing: any invalid row rejects the whole import with per-row messages.

/** One imported row. Currency comes from the project's client; rate defaults as for manual entries. */
export interface ImportRowInput {
  id?: string;
  projectId: string;
  taskId?: string;
  startedAt: string;
  day: string;
  minutes: number;
  hat?: Hat;
  billable?: boolean;
  rateSnapshot?: number;
  note?: string;
  /** the row's id in the other tool, unique across tools (e.g. 'toggl:123456') */
  externalId?: string;
}

export interface ImportOptions {
  /** leave out rows whose externalId is already stored (default true) */
  skipDuplicates?: boolean;
  /** called as the entries, then the rollups, are written */
  onProgress?: (progress: InsertProgress) => void;
}

export interface ImportResult {
  importRecord: ImportRecord;
  imported: number;
  skipped: number;
}

const MAX_REPORTED_ERRORS = 50;

export async function importEntries(
  db: TandemDb,
  rows: readonly ImportRowInput[],
  recordInput: ImportRecordInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const record = validate(importRecordSchema, recordInput);
  return db.transaction('rw', [db.imports, ...entryWriteTables(db)], async () => {
    const settings = await readSettings(db);
    // Imported on this computer: its person's time, at their cost rate.
    const personId = settings.devicePersonId;
    const costRates = await costRatesOfPerson(db, settings, personId);
    const projectIds = [...new Set(rows.map((row) => row.projectId))];
    const projects = await db.projects.bulkGet(projectIds);
    const clients = await db.clients.bulkGet(projects.map((project) => project?.clientId ?? ''));
    const context = new Map(projectIds.map((id, index) => [id, { project: projects[index], client: clients[index] }]));

    const errors: FieldErrors = {};
    const entries: TimeEntry[] = [];
    rows.forEach((row, index) => {
      if (Object.keys(errors).length >= MAX_REPORTED_ERRORS) return;
      const { project, client } = context.get(row.projectId) ?? {};
      if (!project || !client) {
        errors[`rows.${index}.projectId`] = 'Choose a project that exists';
        return;
      }
      const result = timeEntrySchema.safeParse({
        id: row.id,
        projectId: row.projectId,
        taskId: row.taskId,
        startedAt: row.startedAt,
        day: row.day,
        minutes: row.minutes,
        hat: row.hat ?? 'production',
        billable: row.billable ?? project.billing !== 'non_billable',
        rateSnapshot: row.rateSnapshot ?? rateFor(project, settings),
        currency: client.currency,
        note: row.note ?? '',
        source: { kind: 'import', importId: record.id, externalId: row.externalId },
        personId,
        ...costFieldsFor(costRates, row.day),
      });
      if (result.success) entries.push(result.data);
      else for (const issue of result.error.issues) errors[`rows.${index}.${issue.path.join('.')}`] ??= issue.message;
    });
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);

    const seen = new Set<string>();
    if (options.skipDuplicates ?? true) {
      const externalIds = entries.flatMap((entry) => (entry.source.externalId ? [entry.source.externalId] : []));
      await db.timeEntries
        .where('source.externalId')
        .anyOf(externalIds)
        .each((entry) => {
          if (entry.source.externalId) seen.add(entry.source.externalId);
        });
    }
    const fresh = entries.filter((entry) => {
      const externalId = entry.source.externalId;
      if (externalId === undefined || !(options.skipDuplicates ?? true)) return true;
      if (seen.has(externalId)) return false;
      seen.add(externalId); // a file repeating a row counts it once
      return true;
    });

    const importRecord: ImportRecord = { ...record, rowCount: fresh.length };
    await db.imports.add(importRecord);
    await insertEntries(db, fresh, options.onProgress);
    return { importRecord, imported: fresh.length, skipped: entries.length - fresh.length };
  });
}
