import { notify } from './toast-store';
import { errorText } from '@shared/error-text';

// For items kept inside a record (a client's contacts, a project's milestones) rather than in tables
// of their own: the trash cannot hold them, so Undo saves the removed item back (same id and fields).
// `what` names the item for the toast: 'Milestone “Launch”'.
export async function removeWithUndo(
  what: string,
  remove: () => Promise<unknown>,
  restore: () => Promise<unknown>,
): Promise<void> {
  try {
    await remove();
    notify(`${what} removed`, {
      label: 'Undo',
      run: async () => {
        try {
          await restore();
          notify(`${what} restored`);
        } catch (error) {
          notify(`Could not restore: ${errorText(error)}`, undefined, 'error');
        }
      },
    });
  } catch (error) {
    notify(`Could not remove: ${errorText(error)}`, undefined, 'error');
  }
}
