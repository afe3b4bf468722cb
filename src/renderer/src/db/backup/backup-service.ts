import type { BackupReason, BackupWriteResult } from '@shared/api';
import { platform } from '../../platform/platform';
import type { TandemDb } from '../db';
import { encodeBackupFile } from './backup-file';
import { exportDatabase } from './export-database';
import type { ProgressReport } from './export-database';
import { openDatabaseFile } from './open-database-file';
import type { DatabaseFile } from './open-database-file';
import { restoreDatabase } from './restore-database';
import type { RestoreProgress } from './restore-database';
import { readClock } from '../../platform/clock';

// The steps the Backups screen and the scheduler run, in the order that never loses data:
// every restore and whole-database import starts with a backup of what is there now.

/** Exports the database and hands the backup file to the platform (backups folder or download). */
export async function backUpNow(db: TandemDb, reason: BackupReason, onProgress?: (progress: ProgressReport) => void): Promise<BackupWriteResult> {
  const exported = await exportDatabase(db, onProgress);
  const bytes = await encodeBackupFile(exported.body, { ...exported, reason, createdAt: readClock() });
  return platform.writeBackup({ bytes, reason });
}

/** A listed backup (desktop), opened and checked, ready to preview and restore. */
export async function openStoredBackup(id: string): Promise<DatabaseFile> {
  return openDatabaseFile(await platform.readBackup(id));
}

export type RestoreStep = { phase: 'safety' } | RestoreProgress;

/**
 * Safety backup of the current data first (a failure there stops everything), then the restore.
 * Returns rows per table restored and what happened to the safety backup.
 */
export async function restoreWithSafetyBackup(
  db: TandemDb,
  file: DatabaseFile,
  onStep?: (step: RestoreStep) => void,
): Promise<{ counts: Record<string, number>; safety: BackupWriteResult }> {
  onStep?.({ phase: 'safety' });
  const safety = await backUpNow(db, 'before-restore');
  const counts = await restoreDatabase(db, file, { onProgress: onStep });
  return { counts, safety };
}
