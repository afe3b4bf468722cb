import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

// Writes a file so that a crash, a full disk or a power cut leaves the old file or the new one,
// never half of either: write a temp file beside it, flush it to disk, rename it over the target,
// then flush the folder so the rename itself is on disk. The file operations are injectable so
// tests can interrupt the write half way.

export interface AtomicFileOps {
  open: typeof open;
  rename: typeof rename;
  rm: typeof rm;
}

const nodeOps: AtomicFileOps = { open, rename, rm };

export const TEMP_SUFFIX = '.tmp';

export async function writeFileAtomic(filePath: string, data: Uint8Array, ops: AtomicFileOps = nodeOps): Promise<void> {
  const tempPath = `${filePath}.${randomUUID()}${TEMP_SUFFIX}`;
  try {
    const handle = await ops.open(tempPath, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await ops.rename(tempPath, filePath);
  } catch (error) {
    await ops.rm(tempPath, { force: true });
    throw error;
  }
  await syncFolder(dirname(filePath), ops);
}

/** fsync of the folder makes the rename durable on POSIX; Windows cannot open folders, and needs none. */
async function syncFolder(folder: string, ops: AtomicFileOps): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await ops.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on folders; the file itself is already flushed.
  }
}
