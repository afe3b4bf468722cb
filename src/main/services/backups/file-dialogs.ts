import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FilePurpose, PickedFile, SaveFileRequest } from '@shared/api';
import { writeFileAtomic } from './atomic-file';
import type { AtomicFileOps } from './atomic-file';
import { DISK_FULL_SAVE, reportingDiskFull } from './disk-full';

// The renderer never names a path: main asks the user with the system dialogs and reads or writes
// the file the user chose.

const MAX_BYTES: Record<FilePurpose, number> = { csv: 50 * 1024 * 1024, backup: 512 * 1024 * 1024, ics: 20 * 1024 * 1024 };

const OPEN_OPTIONS: Record<FilePurpose, OpenDialogOptions> = {
  csv: {
    title: 'Import time from a CSV file',
    properties: ['openFile'],
    filters: [{ name: 'CSV files', extensions: ['csv', 'txt'] }],
  },
  backup: {
    title: 'Restore from a backup or export',
    properties: ['openFile'],
    filters: [{ name: 'Tandem backups and exports', extensions: ['gz', 'json'] }],
  },
  ics: {
    title: 'Import meetings from a calendar file',
    properties: ['openFile'],
    filters: [{ name: 'Calendar files', extensions: ['ics'] }],
  },
};

const SAVE_FILTERS: Record<SaveFileRequest['purpose'], SaveDialogOptions['filters']> = {
  csv: [{ name: 'CSV files', extensions: ['csv'] }],
  export: [{ name: 'JSON files', extensions: ['json'] }],
  ics: [{ name: 'Calendar files', extensions: ['ics'] }],
};

const SAVE_TITLES: Record<SaveFileRequest['purpose'], string> = {
  csv: 'Export time as CSV',
  export: 'Export all data',
  ics: 'Export the week as a calendar file',
};

export async function openFileWithDialog(purpose: FilePurpose, window: BrowserWindow | null): Promise<PickedFile | null> {
  const options = OPEN_OPTIONS[purpose];
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  if (result.canceled || !path) return null;
  const size = (await stat(path)).size;
  if (size > MAX_BYTES[purpose]) throw new Error(`The file is too large (${Math.round(size / 1024 / 1024)} MB)`);
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}

/**
 * Whether the system's own save dialog asks before replacing a file. macOS's and Windows' always do.
 * On Linux Chromium picks the chooser: GTK 3 asks only given Electron's `showOverwriteConfirmation`,
 * GTK 4 always asks, an XDG portal or kdialog does what its desktop does. Tandem cannot tell which
 * ran, so there it asks itself, and leaves the flag off so GTK 3 does not ask twice (a chooser that
 * asks anyway does: asking twice beats not asking).
 */
export function saveDialogAsksToReplace(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** True unless the chosen file exists, the dialog did not ask, and the user will not replace it. */
async function mayReplace(path: string, window: BrowserWindow | null): Promise<boolean> {
  if (saveDialogAsksToReplace(process.platform) || !(await exists(path))) return true;
  const options: MessageBoxOptions = {
    type: 'warning',
    title: 'Replace file?',
    message: `“${basename(path)}” already exists. Do you want to replace it?`,
    detail: 'Replacing it overwrites what the file holds now.',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return response === 0;
}

export async function saveFileWithDialog(
  request: SaveFileRequest,
  window: BrowserWindow | null,
  fileOps?: AtomicFileOps,
): Promise<boolean> {
  let defaultPath = join(app.getPath('documents'), basename(request.suggestedName));
  for (;;) {
    const options: SaveDialogOptions = {
      title: SAVE_TITLES[request.purpose],
      defaultPath,
      filters: SAVE_FILTERS[request.purpose],
    };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    const path = result.filePath;
    if (result.canceled || !path) return false;
    if (await mayReplace(path, window)) {
      await reportingDiskFull(DISK_FULL_SAVE, () => writeFileAtomic(path, request.bytes, fileOps));
      return true;
    }
    // Declined: back to the dialog at the same place, as the system dialogs do.
    defaultPath = path;
  }
}
