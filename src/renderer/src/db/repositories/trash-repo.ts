import { newId } from '../../domain/ids';
import type { TrashItem, TrashPayload } from '../../domain/model/trash-item';
import type { TandemDb } from '../db';
import { RecordNotFoundError } from '../errors';
import { applyEntryChanges } from '../rollups';
import { collectForTrash } from '../trash/collect';
import type { UserTrashTable } from '../trash/collect';
import { trashLabel } from '../trash/label';
import { applyLinks } from '../trash/links';
import { restoreTrashItem } from '../trash/restore';
import { trashScope, trashTable } from '../trash/trash-records';
import { requireInvoicedConfirmed } from './invoiced-lock';
import type { InvoicedChangeOptions } from './invoiced-lock';
import { readClock } from '../../platform/clock';

// Deleting is moving to the trash: the record, its dependents and the links cleared in records
// that stay go into one TrashItem, in one transaction with the rollup updates. Restore reverses
// it exactly; purge forgets it.
export function trashRepo(db: TandemDb) {
  return {
    /** A time entry or expense on a sent invoice goes only with `confirmInvoiced` (see invoiced-lock.ts). */
    async moveToTrash(
      table: UserTrashTable,
      id: string,
      now: Date = readClock(),
      options: InvoicedChangeOptions = {},
    ): Promise<TrashItem> {
      return db.transaction('rw', trashScope(db), async () => {
        if (table === 'timeEntries') {
          const entry = await db.timeEntries.get(id);
          if (entry) await requireInvoicedConfirmed(db, entry, 'entry', 'delete', options);
        } else if (table === 'expenses') {
          const expense = await db.expenses.get(id);
          if (expense) await requireInvoicedConfirmed(db, expense, 'expense', 'delete', options);
        }
        const { bag, cleared, name } = await collectForTrash(db, table, id);
        const records: TrashPayload['records'] = {};
        for (const tableName of bag.tableNames()) {
          const rows = bag.list(tableName);
          records[tableName] = rows;
          await trashTable(db, tableName).bulkDelete(rows.map((row) => row.id));
        }
        await applyLinks(db, cleared, 'clear');
        await applyEntryChanges(db, { removedEntries: bag.list('timeEntries'), removedExpenses: bag.list('expenses') });
        const item: TrashItem = {
          id: newId(),
          table,
          recordId: id,
          label: trashLabel(table, name, bag),
          deletedAt: now.toISOString(),
          payload: { records, cleared },
        };
        await db.trash.add(item);
        return item;
      });
    },

    /** Puts everything back; throws ValidationError (and changes nothing) when it cannot. */
    async restore(trashId: string): Promise<void> {
      await db.transaction('rw', trashScope(db), async () => {
        const item = await db.trash.get(trashId);
        if (!item) throw new RecordNotFoundError('trash item', trashId);
        await restoreTrashItem(db, item);
        await db.trash.delete(trashId);
      });
    },

    purge(trashId: string): Promise<void> {
      return db.trash.delete(trashId);
    },

    /** Forgets items deleted before `cutoff`; returns how many. */
    purgeOlderThan(cutoff: Date): Promise<number> {
      return db.trash.where('deletedAt').below(cutoff.toISOString()).delete();
    },

    empty(): Promise<void> {
      return db.trash.clear();
    },
  };
}
