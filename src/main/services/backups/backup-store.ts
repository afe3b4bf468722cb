import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupSummary, BackupWriteRequest, BackupWriteResult } from '@shared/api';
import type { BackupHeader } from '@shared/backup-format';
import { TEMP_SUFFIX, writeFileAtomic } from './atomic-file';
import type { AtomicFileOps } from './atomic-file';
import { inspectBackup, readBackupHeader } from './backup-codec';
import type { CheckOptions } from './backup-codec';
import { backupFileName, parseName } from './backup-names';
import type { StoredName } from './backup-names';
import { createVerdicts } from './backup-verdicts';
import { DISK_FULL_BACKUP, reportingDiskFull } from './disk-full';
import { backupsToCheck, backupsToDelete } from './rotation';
import type { RotationItem } from './rotation';

// The backups folder (userData/backups): checked writes, the list, reads by name, rotation, and
// the guard against a much smaller snapshot silently pushing out a good one.
// The list shows what headers say; rotation and the shrink guard act only on what a whole check of
// the file confirmed (backup-verdicts.ts): a header is not covered by the body's checksum.

/** A snapshot with under half the rows of the one before it keeps that one and warns. */
export const SHRINK_RATIO = 0.5;
/** Below this many rows the guard stays quiet (a fresh install growing is not a loss). */
export const SHRINK_MIN_ROWS = 20;

const totalRows = (counts: Readonly<Record<string, number>>) => Object.values(counts).reduce((sum, count) => sum + count, 0);

function summaryOf(name: StoredName, header: BackupHeader, sizeBytes: number): BackupSummary {
  return {
    id: name.id,
    createdAt: header.createdAt,
    sizeBytes,
    schemaVersion: header.schemaVersion,
    counts: header.counts,
    reason: name.reason,
    kept: name.kept,
  };
}

export interface BackupStoreOptions {
  now?: () => Date;
  fileOps?: AtomicFileOps;
  /** limits of the check (tests pass a small ceiling) */
  check?: CheckOptions;
}

export function createBackupStore(folder: string, options: BackupStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const verdicts = createVerdicts(folder, options.check);

  // Writes run one at a time: each picks a free name, compares with the newest backup and rotates,
  // and two interleaved (start-up and Back up now) could take the same name or delete for each other.
  let queue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  let prepared: Promise<void> | undefined;
  /** Creates the folder and removes temp files an interrupted write left behind, once, on first use. */
  function prepare(): Promise<void> {
    prepared ??= (async () => {
      await mkdir(folder, { recursive: true });
      for (const file of await readdir(folder)) {
        if (file.startsWith('tandem-backup-') && file.endsWith(TEMP_SUFFIX)) await rm(join(folder, file), { force: true });
      }
    })();
    return prepared;
  }

  async function names(): Promise<StoredName[]> {
    await prepare();
    const files = await readdir(folder);
    return files.flatMap((file) => parseName(file) ?? []).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  async function list(): Promise<BackupSummary[]> {
    const summaries: BackupSummary[] = [];
    for (const name of await names()) {
      const path = join(folder, name.id);
      const header = await readBackupHeader(path);
      // Rotation may delete a file between the folder listing and here.
      const size = await stat(path).then(
        (stats) => stats.size,
        () => null,
      );
      if (header && size !== null) summaries.push(summaryOf(name, header, size));
    }
    return summaries;
  }

  /** The newest backup whose body bears out its header, with that header. */
  async function newestSound(): Promise<{ name: StoredName; header: BackupHeader } | undefined> {
    for (const name of await names()) {
      const verdict = await verdicts.of(name.id);
      if (verdict?.sound) return { name, header: verdict.header };
    }
    return undefined;
  }

  /** Marks the newest sound backup kept when the new one is far smaller; returns the warning to show. */
  async function guardAgainstShrink(header: BackupHeader): Promise<string | undefined> {
    const latest = await newestSound();
    if (!latest) return undefined;
    const before = totalRows(latest.header.counts);
    const after = totalRows(header.counts);
    if (before < SHRINK_MIN_ROWS || after >= before * SHRINK_RATIO) return undefined;
    if (!latest.name.kept) {
      const keptId = backupFileName(latest.name.createdAt, latest.name.reason, true);
      await rename(join(folder, latest.name.id), join(folder, keptId));
      verdicts.renamed(latest.name.id, keptId);
    }
    return `This backup holds far fewer records than the one before it (${after.toLocaleString('en')} against ${before.toLocaleString('en')}). Both are kept: check your data, and restore the earlier backup if something is missing.`;
  }

  /** Deletes what rotation drops, once the backups it keeps in their place have been checked whole. */
  async function rotate(): Promise<void> {
    for (;;) {
      const items: RotationItem[] = [];
      const unchecked = new Set<string>();
      for (const name of await names()) {
        const verdict = await verdicts.known(name.id);
        if (!verdict) unchecked.add(name.id);
        items.push({ ...name, damaged: verdict?.sound === false });
      }
      const toCheck = backupsToCheck(items, unchecked, now());
      if (toCheck.length === 0) {
        for (const id of backupsToDelete(items, now())) await rm(join(folder, id), { force: true });
        return;
      }
      // Each pass checks at least one more file, so this ends; usually it is one pass of a few files.
      for (const id of toCheck) await verdicts.of(id);
    }
  }

  return {
    folder,
    list,

    /** Checks the file whole, guards against shrinking, writes it atomically, then rotates. */
    async write(request: BackupWriteRequest): Promise<BackupWriteResult> {
      const header = await inspectBackup(request.bytes, options.check);
      return oneAtATime(async () => {
        const { id, warning } = await reportingDiskFull(DISK_FULL_BACKUP, async () => {
          const warning = await guardAgainstShrink(header);
          let createdAt = now();
          const taken = new Set((await names()).map((name) => name.createdAt.getTime()));
          while (taken.has(createdAt.getTime())) createdAt = new Date(createdAt.getTime() + 1);
          const id = backupFileName(createdAt, request.reason);
          await writeFileAtomic(join(folder, id), request.bytes, options.fileOps);
          return { id, warning };
        });
        await verdicts.wrote(id, header);
        await rotate();
        const name = parseName(id);
        if (!name) throw new Error(`Unexpected backup name ${id}`);
        return { backup: summaryOf(name, header, request.bytes.byteLength), storedIn: 'folder', ...(warning ? { warning } : {}) };
      });
    },

    /** The bytes of a listed backup; `id` must be a backup name (no folders). */
    async read(id: string): Promise<Uint8Array> {
      if (!parseName(id)) throw new Error('Not a backup name');
      return new Uint8Array(await readFile(join(folder, id)));
    },
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
