import type { BackupReason } from '@shared/api';
import { BACKUP_REASONS } from '@shared/api';
import { BACKUP_FILE_PATTERN } from '@shared/ipc-schemas';

// Backup file names: tandem-backup-<YYYYMMDDTHHMMSSmmmZ>-<reason>[-kept].json.gz (main's clock, UTC).
// The name alone says when a backup was taken, why, and whether rotation must keep it.

const NAME = /^tandem-backup-(\d{8}T\d{9}Z)-([a-z-]+?)(-kept)?\.json\.gz$/;

export interface StoredName {
  id: string;
  createdAt: Date;
  reason: BackupReason;
  kept: boolean;
}

export function parseName(id: string): StoredName | null {
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
