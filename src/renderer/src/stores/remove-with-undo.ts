import { notify } from './toast-store';

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
          notify(`Could not restore: ${error instanceof Error ? error.message : String(error)}`, undefined, 'error');
        }
      },
    });
  } catch (error) {
    notify(`Could not remove: ${error instanceof Error ? error.message : String(error)}`, undefined, 'error');
  }
}
