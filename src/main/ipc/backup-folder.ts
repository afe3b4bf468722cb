import { stat } from 'node:fs/promises';
import { shell } from 'electron';
import { IPC_INVOKE } from '@shared/ipc';
import { handle } from './handle';

// Shows main's own backups folder (userData/backups) in the system's file manager, e.g. from the
// window a database saved by a newer Tandem shows. The page names no path; opening it writes nothing,
// so a missing folder is reported rather than created.

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export function registerBackupFolderHandler(folder: string): void {
  handle(IPC_INVOKE.openBackupsFolder, async (): Promise<undefined> => {
    if (!(await isFolder(folder))) throw new Error('Tandem has not made any backups on this computer yet.');
    // openPath answers with an error message, or '' once the file manager has it.
    const failure = await shell.openPath(folder);
    if (failure) throw new Error(`The backups folder could not be opened: ${failure}`);
    return undefined;
  });
}
