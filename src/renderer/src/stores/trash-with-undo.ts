import { db } from '../db/db';
import { trashRepo } from '../db/repositories/trash-repo';
import type { UserTrashTable } from '../db/trash/collect';
import { notify } from './toast-store';
import { errorText } from '@shared/error-text';

/** Deleting is moving to the trash; the toast offers Undo, which puts everything back exactly. */
export async function moveToTrashWithUndo(table: UserTrashTable, id: string): Promise<void> {
  const repo = trashRepo(db);
  try {
    const item = await repo.moveToTrash(table, id);
    notify(`${item.label} moved to the trash`, {
      label: 'Undo',
      run: async () => {
        try {
          await repo.restore(item.id);
          notify(`${item.label} restored`);
        } catch (error) {
          notify(`Could not restore: ${errorText(error)}`, undefined, 'error');
        }
      },
    });
  } catch (error) {
    notify(`Could not delete: ${errorText(error)}`, undefined, 'error');
  }
}
