import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FilePurpose, PickedFile, SaveFileRequest } from '@shared/api';
import { writeFileAtomic } from './atomic-file';

// The renderer never names a path: main asks the user with the system dialogs and reads or writes
// the file the user chose.

const MAX_BYTES: Record<FilePurpose, number> = { csv: 50 * 1024 * 1024, backup: 512 * 1024 * 1024, ics: 20 * 1024 * 1024 };

const OPEN_OPTIONS: Record<FilePurpose, OpenDialogOptions> = {
  csv: { title: 'Import time from a CSV file', properties: ['openFile'], filters: [{ name: 'CSV files', extensions: ['csv', 'txt'] }] },
  backup: {
    title: 'Restore from a backup or export',
    properties: ['openFile'],
    filters: [{ name: 'Tandem backups and exports', extensions: ['gz', 'json'] }],
  },
  ics: { title: 'Import meetings from a calendar file', properties: ['openFile'], filters: [{ name: 'Calendar files', extensions: ['ics'] }] },
};

const SAVE_FILTERS: Record<SaveFileRequest['purpose'], SaveDialogOptions['filters']> = {
  csv: [{ name: 'CSV files', extensions: ['csv'] }],
  export: [{ name: 'JSON files', extensions: ['json'] }],
  ics: [{ name: 'Calendar files', extensions: ['ics'] }],
};

const SAVE_TITLES: Record<SaveFileRequest['purpose'], string> = { csv: 'Export time as CSV', export: 'Export all data', ics: 'Export the week as a calendar file' };

export async function openFileWithDialog(purpose: FilePurpose, window: BrowserWindow | null): Promise<PickedFile | null> {
  const options = OPEN_OPTIONS[purpose];
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  if (result.canceled || !path) return null;
  const size = (await stat(path)).size;
  if (size > MAX_BYTES[purpose]) throw new Error(`The file is too large (${Math.round(size / 1024 / 1024)} MB)`);
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}

export async function saveFileWithDialog(request: SaveFileRequest, window: BrowserWindow | null): Promise<boolean> {
  const options: SaveDialogOptions = {
    title: SAVE_TITLES[request.purpose],
    defaultPath: join(app.getPath('documents'), basename(request.suggestedName)),
    filters: SAVE_FILTERS[request.purpose],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return false;
  await writeFileAtomic(result.filePath, request.bytes);
  return true;
}
