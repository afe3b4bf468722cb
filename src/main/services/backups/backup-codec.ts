import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { BACKUP_ERRORS, BackupFileError, looksGzipped } from '@shared/backup-format';
import type { BackupHeader } from '@shared/backup-format';
import { scanBackup } from './backup-scan';
import type { ScanOptions } from './backup-scan';

// Checking backup files in main, all through the streaming scan (backup-scan.ts): a new backup's
// bytes before they are stored, a stored file whole before rotation trusts it, and a stored file's
// header alone to list it.

export type CheckOptions = Pick<ScanOptions, 'maxBodyBytes'>;

/** Bytes handed to zlib a slice at a time (views, not copies), so each turn of the event loop stays short. */
const SLICE_BYTES = 64 * 1024;

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) yield bytes.subarray(offset, offset + SLICE_BYTES);
}

/** Checks a complete backup file (gzip, header, body length, hash and counts) and returns its header. */
export async function inspectBackup(bytes: Uint8Array, options: CheckOptions = {}): Promise<BackupHeader> {
  if (!looksGzipped(bytes)) throw new BackupFileError(BACKUP_ERRORS.notBackup);
  return scanBackup(Readable.from(slices(bytes), { objectMode: false }), options);
}

/** The same check for a stored file, read from disk as it is checked. */
export async function checkBackupFile(path: string, options: CheckOptions = {}): Promise<BackupHeader> {
  return scanBackup(createReadStream(path, { highWaterMark: SLICE_BYTES }), options);
}

/** The header of a stored backup, read from the start of the file; null when it cannot be read. */
export async function readBackupHeader(path: string): Promise<BackupHeader | null> {
  try {
    return await scanBackup(createReadStream(path, { highWaterMark: SLICE_BYTES }), { headerOnly: true });
  } catch {
    return null;
  }
}
