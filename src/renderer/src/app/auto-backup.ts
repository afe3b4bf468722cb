import Dexie from 'dexie';
import type { ObservabilitySet } from 'dexie';
import { notify } from '../stores/toast-store';
import { hasBackupFolder } from '../platform/platform';
import type { TandemDb } from '../db/db';
import { trashRepo } from '../db/repositories/trash-repo';
import { backUpNow } from '../db/backup/backup-service';
import { deleteLeftoverTempDatabases } from '../db/backup/restore-database';
import { readClock } from '../platform/clock';
import { errorText } from '@shared/error-text';

// Automatic backups (desktop only; the browser has no folder to keep them in): one when the app
// starts and the database is open, then every 30 minutes if anything changed. The trash is
// trimmed to 30 days at start-up, after the start-up backup holds what it trims.

export const BACKUP_INTERVAL_MS = 30 * 60 * 1000;
export const TRASH_DAYS = 30;

export interface AutoBackupOptions {
  intervalMs?: number;
  /** backups on; defaults to whether the platform has a backups folder (the desktop app) */
  backups?: boolean;
  now?: () => Date;
}

function report(error: unknown): void {
  notify(`Automatic backup failed: ${errorText(error)}`, undefined, 'error');
}

/** Starts the schedule; returns the function that stops it. */
export function startAutomaticBackups(db: TandemDb, options: AutoBackupOptions = {}): () => void {
  const backups = options.backups ?? hasBackupFolder;
  const now = options.now ?? readClock;
  let changed = false;
  let running = false;
  const prefix = `idb://${db.name}/`;
  const onMutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) changed = true;
  };

  const backUp = async (reason: 'startup' | 'interval') => {
    if (running) return;
    running = true;
    try {
      changed = false;
      const result = await backUpNow(db, reason);
      if (result.warning) notify(result.warning, undefined, 'error');
    } finally {
      running = false;
    }
  };

  const startUp = async () => {
    await db.open();
    if (backups) await backUp('startup');
    await trashRepo(db).purgeOlderThan(new Date(now().getTime() - TRASH_DAYS * 86_400_000));
    await deleteLeftoverTempDatabases();
  };
  void startUp().catch(report);
  if (!backups) return () => undefined;

  Dexie.on.storagemutated.subscribe(onMutated);
  const timer = setInterval(() => {
    if (changed) backUp('interval').catch(report);
  }, options.intervalMs ?? BACKUP_INTERVAL_MS);
  return () => {
    clearInterval(timer);
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
