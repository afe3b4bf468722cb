import type { BrowserWindow } from 'electron';
import { IPC_INVOKE } from '@shared/ipc';
import type { BackupStore } from '../services/backups/backup-store';
import { openFileWithDialog, saveFileWithDialog } from '../services/backups/file-dialogs';
import { handle } from './handle';

/** Backups live in main's folder; file import and export go through main's dialogs. */
export function registerBackupHandlers(store: BackupStore, getWindow: () => BrowserWindow | null): void {
  handle(IPC_INVOKE.listBackups, () => store.list());
  handle(IPC_INVOKE.writeBackup, (request) => store.write(request));
  handle(IPC_INVOKE.readBackup, (id) => store.read(id));
  handle(IPC_INVOKE.openFile, (purpose) => openFileWithDialog(purpose, getWindow()));
  handle(IPC_INVOKE.saveFile, (request) => saveFileWithDialog(request, getWindow()));
}
