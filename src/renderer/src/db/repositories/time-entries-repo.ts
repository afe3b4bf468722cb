import { ValidationError, validate } from '../../domain/validation';
import { dayKeyOf, isDayKey } from '../../domain/time/day-key';
import { localDateAt, minuteOfDay } from '../../domain/time/wall-clock';
import { personOf } from '../../domain/model/person';
import { timeEntrySchema } from '../../domain/model/time-entry';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { TandemDb } from '../db';
import { applyEntryChanges } from '../rollups';
import { buildEntry, costFieldsFor, costRatesOfPerson, entryWriteTables, insertEntries, rateFor, requireTaskFor } from './entry-writes';
import type { NewEntryInput } from './entry-writes';
import { importEntries } from './entries-import';
import type { ImportOptions, ImportResult, ImportRowInput } from './entries-import';
import { mustGet, readSettings, requireProjectWithClient } from './lookups';
import { requireInvoicedConfirmed } from './invoiced-lock';
import type { InvoicedChangeOptions } from './invoiced-lock';
import { trashRepo } from './trash-repo';
import type { ImportRecordInput } from '../../domain/model/import-record';
import { readClock } from '../../platform/clock';

export type TimeEntryPatch = Partial<Omit<NewEntryInput, 'id' | 'source'>>;

// Time entries: every write updates the rollups in the same transaction.
export function timeEntriesRepo(db: TandemDb) {
  return {
    async create(input: NewEntryInput, now: Date = readClock()): Promise<TimeEntry> {
      return db.transaction('rw', entryWriteTables(db), async () => {
        const entry = await buildEntry(db, input, now);
        await insertEntries(db, [entry]);
        return entry;
      });
    },

    /**
     * Edits an entry, including moving it to another project or day. Moving to another project
     * takes that project's currency and rate unless `rateSnapshot` is given (a move corrects where
     * the time was logged) and drops a link to a task of the old project. Moving to another day
     * keeps the wall-clock start time; a new
     * `startedAt` without `day` re-derives the day. Moving to another day takes the cost rate in
     * force on the new day in its person's history (a move corrects when the time was logged). The
     * entry stays its person's. An entry on a sent invoice is
     * changed only when `confirmInvoiced` says the user agreed (it stays on its invoice).
     */
    async update(id: string, patch: TimeEntryPatch, options: InvoicedChangeOptions = {}): Promise<TimeEntry> {
      return db.transaction('rw', [...entryWriteTables(db), db.invoices], async () => {
        const old = await mustGet('time entry', id, (key) => db.timeEntries.get(key));
        await requireInvoicedConfirmed(db, old, 'entry', 'change', options);
        // An edit keeps who logged the entry: the patch cannot name another person.
        const next: Record<string, unknown> = { ...old, ...patch, id: old.id, source: old.source, personId: old.personId };
        const projectId = patch.projectId ?? old.projectId;
        if (projectId !== old.projectId) {
          const { project, client } = await requireProjectWithClient(db, projectId);
          next.currency = client.currency;
          next.rateSnapshot = patch.rateSnapshot ?? rateFor(project, await readSettings(db));
        }
        if ('taskId' in patch) {
          await requireTaskFor(db, patch.taskId, projectId);
        } else if (projectId !== old.projectId && old.taskId !== undefined) {
          // A task of the old project does not follow the entry; an inbox task does.
          const task = await db.tasks.get(old.taskId);
          if (!task || task.projectId !== null) next.taskId = undefined;
        }
        if (patch.startedAt !== undefined && patch.day === undefined && !Number.isNaN(Date.parse(patch.startedAt))) {
          next.day = dayKeyOf(new Date(patch.startedAt));
        } else if (patch.day !== undefined && patch.startedAt === undefined && patch.day !== old.day) {
          if (!isDayKey(patch.day)) throw ValidationError.single('day', 'Day must be a real day written YYYY-MM-DD');
          next.startedAt = localDateAt(patch.day, minuteOfDay(new Date(old.startedAt))).toISOString();
        }
        if (next.day !== old.day) {
          delete next.costSnapshot;
          Object.assign(next, costFieldsFor(await costRatesOfPerson(db, await readSettings(db), personOf(old)), next.day));
        }
        const entry = validate(timeEntrySchema, next);
        await db.timeEntries.put(entry);
        await applyEntryChanges(db, { removedEntries: [old], addedEntries: [entry] });
        return entry;
      });
    },

    /** Moves the entry to the trash (restorable); one on a sent invoice only with `confirmInvoiced`. */
    delete(id: string, options: InvoicedChangeOptions = {}) {
      return trashRepo(db).moveToTrash('timeEntries', id, readClock(), options);
    },

    /** Adds rows from a CSV import in one transaction, with their provenance record. */
    bulkImport(rows: readonly ImportRowInput[], record: ImportRecordInput, options?: ImportOptions): Promise<ImportResult> {
      return importEntries(db, rows, record, options);
    },
  };
}
