import { errorText } from '@shared/error-text';
import { db } from '../db/db';
import type { InvoicedChangeOptions } from '../db/repositories/invoiced-lock';
import { trashRepo } from '../db/repositories/trash-repo';
import type { UserTrashTable } from '../db/trash/collect';
import { notify } from '../stores/toast-store';

/** What a destructive write did, and how to take it back. */
interface UndoableChange {
  /** The toast after the change: 'Client “Acme” moved to the trash'. */
  done: string;
  undo: () => Promise<unknown>;
  /** The toast after Undo: 'Client “Acme” restored'. */
  undone: string;
}

/**
 * The one destructive-action path: make the change, then offer Undo in the toast (long enough to reach by
 * keyboard). A failure of either step is a toast in plain words; nothing is thrown at the caller.
 */
async function withUndo(change: () => Promise<UndoableChange>, failure: string): Promise<void> {
  try {
    const { done, undo, undone } = await change();
    notify(done, {
      label: 'Undo',
      run: async () => {
        try {
          await undo();
          notify(undone);
        } catch (error) {
          notify(`Could not restore: ${errorText(error)}`, undefined, 'error');
        }
      },
    });
  } catch (error) {
    notify(`${failure}: ${errorText(error)}`, undefined, 'error');
  }
}

/**
 * Deleting a record is moving it to the trash; Undo puts everything back exactly. A time entry or
 * expense on a sent invoice needs `confirmInvoiced` (the caller asked the user first).
 */
export function moveToTrashWithUndo(table: UserTrashTable, id: string, options: InvoicedChangeOptions = {}): Promise<void> {
  const repo = trashRepo(db);
  return withUndo(async () => {
    const item = await repo.moveToTrash(table, id, undefined, options);
    return { done: `${item.label} moved to the trash`, undo: () => repo.restore(item.id), undone: `${item.label} restored` };
  }, 'Could not delete');
}

/**
 * For items kept inside a record (a client's contacts, a project's milestones) rather than in tables of
 * their own: the trash cannot hold them, so Undo saves the removed item back (same id and fields).
 * `what` names the item for the toast: 'Milestone “Launch”'.
 */
export function removeWithUndo(what: string, remove: () => Promise<unknown>, restore: () => Promise<unknown>): Promise<void> {
  return withUndo(async () => {
    await remove();
    return { done: `${what} removed`, undo: restore, undone: `${what} restored` };
  }, 'Could not remove');
}
