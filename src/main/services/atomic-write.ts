import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Replaces `filePath` with `data` so that a crash or power cut leaves either the old file or the new
 * one, never half of each: write a temp file beside it, flush it to disk, then rename over the target.
 * Synchronous because its caller runs while a window closes, when the app may quit right after.
 */
export function writeFileAtomicSync(filePath: string, data: string): void {
  const tempPath = `${filePath}.${randomUUID()}.tmp`;
  try {
    const fd = openSync(tempPath, 'w', 0o600);
    try {
      writeSync(fd, data);
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
