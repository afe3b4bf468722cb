import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupReason, BackupSummary, BackupWriteRequest, BackupWriteResult } from '@shared/api';
import { BACKUP_REASONS } from '@shared/api';
import type { BackupHeader } from '@shared/backup-format';
import { BACKUP_FILE_PATTERN } from '@shared/ipc-schemas';
import { TEMP_SUFFIX, writeFileAtomic } from './atomic-file';
import type { AtomicFileOps } from './atomic-file';
import { inspectBackup, readBackupHeader } from './backup-codec';
import { backupsToDelete } from './rotation';

// The backups folder (userData/backups): checked writes, the list, reads by name, rotation, and
// the guard against a much smaller snapshot silently pushing out a good one.
// File names: tandem-backup-<YYYYMMDDTHHMMSSmmmZ>-<reason>[-kept].json.gz (main's clock).

/** A snapshot with under half the rows of the one before it keeps that one and warns. */
export const SHRINK_RATIO = 0.5;
/** Below this many rows the guard stays quiet (a fresh install growing is not a loss). */
export const SHRINK_MIN_ROWS = 20;

const NAME = /^tandem-backup-(\d{8}T\d{9}Z)-([a-z-]+?)(-kept)?\.json\.gz$/;

interface StoredName {
  id: string;
  createdAt: Date;
  reason: BackupReason;
  kept: boolean;
}

function parseName(id: string): StoredName | null {
  const match = NAME.exec(id);
  if (!match || !BACKUP_FILE_PATTERN.test(id)) return null;
  const reason = BACKUP_REASONS.find((candidate) => candidate === match[2]);
  const stamp = match[1] ?? '';
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  const createdAt = new Date(iso);
  if (!reason || Number.isNaN(createdAt.getTime())) return null;
  return { id, createdAt, reason, kept: match[3] !== undefined };
}

export function backupFileName(createdAt: Date, reason: BackupReason, kept = false): string {
  const stamp = createdAt.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `tandem-backup-${stamp}-${reason}${kept ? '-kept' : ''}.json.gz`;
}

const totalRows = (counts: Readonly<Record<string, number>>) => Object.values(counts).reduce((sum, count) => sum + count, 0);

function summaryOf(name: StoredName, header: BackupHeader, sizeBytes: number): BackupSummary {
  return { id: name.id, createdAt: header.createdAt, sizeBytes, schemaVersion: header.schemaVersion, counts: header.counts, reason: name.reason, kept: name.kept };
}

export interface BackupStoreOptions {
  now?: () => Date;
  fileOps?: AtomicFileOps;
}

export function createBackupStore(folder: string, options: BackupStoreOptions = {}) {
  const now = options.now ?? (() => new Date());

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
      if (header) summaries.push(summaryOf(name, header, (await stat(path)).size));
    }
    return summaries;
  }

  /** Marks the newest backup kept when the new one is far smaller; returns the warning to show. */
  async function guardAgainstShrink(header: BackupHeader): Promise<string | undefined> {
    const [latest] = await list();
    if (!latest) return undefined;
    const before = totalRows(latest.counts);
    const after = totalRows(header.counts);
    if (before < SHRINK_MIN_ROWS || after >= before * SHRINK_RATIO) return undefined;
    if (!latest.kept) {
      const stored = parseName(latest.id);
      if (stored) await rename(join(folder, latest.id), join(folder, backupFileName(stored.createdAt, stored.reason, true)));
    }
    return `This backup holds far fewer records than the one before it (${after.toLocaleString('en')} against ${before.toLocaleString('en')}). Both are kept: check your data, and restore the earlier backup if something is missing.`;
  }

  async function rotate(): Promise<void> {
    for (const id of backupsToDelete(await names(), now())) await rm(join(folder, id), { force: true });
  }

  return {
    folder,
    list,

    /** Checks the file whole, guards against shrinking, writes it atomically, then rotates. */
    async write(request: BackupWriteRequest): Promise<BackupWriteResult> {
      const header = inspectBackup(request.bytes);
      const warning = await guardAgainstShrink(header);
      let createdAt = now();
      const taken = new Set((await names()).map((name) => name.createdAt.getTime()));
      while (taken.has(createdAt.getTime())) createdAt = new Date(createdAt.getTime() + 1);
      const id = backupFileName(createdAt, request.reason);
      await writeFileAtomic(join(folder, id), request.bytes, options.fileOps);
      await rotate();
      const name = parseName(id);
      if (!name) throw new Error(`Unexpected backup name ${id}`);
      return { backup: summaryOf(name, header, request.bytes.byteLength), storedIn: 'folder', ...(warning ? { warning } : {}) };
    },

    /** The bytes of a listed backup; `id` must be a backup name (no folders). */
    async read(id: string): Promise<Uint8Array> {
      if (!parseName(id)) throw new Error('Not a backup name');
      return new Uint8Array(await readFile(join(folder, id)));
    },
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
