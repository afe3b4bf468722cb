import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupFileError } from '@shared/backup-format';
import type { BackupHeader } from '@shared/backup-format';
import { checkBackupFile } from './backup-codec';
import type { CheckOptions } from './backup-codec';

// What a whole check of each stored backup found, so that rotation and the shrink guard trust a
// header only once its body has agreed with it. Checking a large file takes a while (off the event
// loop, but still work), so a verdict is kept for as long as the file keeps its size and modification
// time, for the life of the process; the backups this process writes start out checked.

export type Verdict = { sound: true; header: BackupHeader } | { sound: false; damage: string };

interface Stamped {
  size: number;
  mtimeMs: number;
  verdict: Verdict;
}

function isGone(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

export function createVerdicts(folder: string, options: CheckOptions = {}) {
  const known = new Map<string, Stamped>();

  /** Size and modification time; null when the file has gone (deleted beside us). */
  async function stampOf(id: string): Promise<{ size: number; mtimeMs: number } | null> {
    try {
      const { size, mtimeMs } = await stat(join(folder, id));
      return { size, mtimeMs };
    } catch (error) {
      if (isGone(error)) return null;
      throw error;
    }
  }

  return {
    /** The verdict already reached for the file as it is now, without checking it; undefined if none. */
    async known(id: string): Promise<Verdict | undefined> {
      const stamp = await stampOf(id);
      const entry = known.get(id);
      return stamp && entry && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs ? entry.verdict : undefined;
    },

    /** Checks the file whole unless it is unchanged since its last check; null when it has gone. */
    async of(id: string): Promise<Verdict | null> {
      const stamp = await stampOf(id);
      if (!stamp) return null;
      const entry = known.get(id);
      if (entry && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs) return entry.verdict;
      let verdict: Verdict;
      try {
        verdict = { sound: true, header: await checkBackupFile(join(folder, id), options) };
      } catch (error) {
        if (isGone(error)) return null;
        // A file that cannot be read is, for rotation, one that cannot be trusted: it takes no place.
        verdict = {
          sound: false,
          damage: error instanceof BackupFileError ? error.message : `The backup file cannot be read (${String(error)}).`,
        };
      }
      known.set(id, { ...stamp, verdict });
      return verdict;
    },

    /** A file this process has just checked in memory and written. */
    async wrote(id: string, header: BackupHeader): Promise<void> {
      const stamp = await stampOf(id);
      if (stamp) known.set(id, { ...stamp, verdict: { sound: true, header } });
    },

    /** A rename keeps the bytes, the size and the modification time, so it keeps the verdict. */
    renamed(from: string, to: string): void {
      const entry = known.get(from);
      known.delete(from);
      if (entry) known.set(to, entry);
    },
  };
}

export type Verdicts = ReturnType<typeof createVerdicts>;
