import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { constants, gunzipSync } from 'node:zlib';
import { BACKUP_ERRORS, BackupFileError, checkBody, looksGzipped, splitBackup } from '@shared/backup-format';
import type { BackupHeader } from '@shared/backup-format';

// Reading backup files in main with node's zlib and crypto: in full to check one before it is
// stored, and only the first few kilobytes to list one.

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Checks a complete backup file (gzip, header, body length and hash) and returns its header. */
export function inspectBackup(bytes: Uint8Array): BackupHeader {
  if (!looksGzipped(bytes)) throw new BackupFileError(BACKUP_ERRORS.notBackup);
  let plain: Uint8Array;
  try {
    plain = gunzipSync(bytes);
  } catch {
    throw new BackupFileError(BACKUP_ERRORS.truncated);
  }
  const { header, body } = splitBackup(plain);
  checkBody(header, body, sha256Hex(body));
  return header;
}

/** The header is the first line: decompressing the file's first 64 KB always reaches it. */
const HEAD_BYTES = 64 * 1024;

/** The header of a stored backup, read from the start of the file; null when it cannot be read. */
export async function readBackupHeader(path: string): Promise<BackupHeader | null> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    if (!looksGzipped(head)) return null;
    // SYNC_FLUSH returns what the partial stream holds instead of failing on the missing end.
    const plain = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
    return splitBackup(plain).header;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}
