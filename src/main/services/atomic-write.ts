import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Replaces `filePath` with `data` (text as UTF-8, or bytes) so that a crash or power cut leaves either the old file or the new
 * one, never half of each: write a temp file beside it, flush it to disk, then rename over the target.
 * Synchronous because its caller runs while a window closes, when the app may quit right after.
 */
export function writeFileAtomicSync(filePath: string, data: string | Uint8Array): void {
  const tempPath = `${filePath}.${randomUUID()}.tmp`;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const fd = openSync(tempPath, 'w', 0o600);
    try {
      // writeSync may write less than asked (large files): loop until all of it is down.
      for (let offset = 0; offset < bytes.byteLength;) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tempPath, filePath);
  } catch (error) {
    rmSync(tempPath, { force: true });
    throw error;
  }
}
