import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { BackupReason } from '../../../../src/shared/api';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, headerLine } from '../../../../src/shared/backup-format';

/** A backup file as the renderer writes it, holding `counts` (the body is a stand-in JSON text). */
export function backupBytes(counts: Record<string, number>, reason: BackupReason = 'manual', createdAt = '2026-03-20T10:00:00.000Z'): Uint8Array {
  const body = Buffer.from(JSON.stringify({ formatName: 'dexie', counts, note: 'Zoë 日本 🎉' }), 'utf8');
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: 'Tandem',
    schemaVersion: 2,
    createdAt,
    reason,
    counts,
    bodyBytes: body.length,
    bodySha256: createHash('sha256').update(body).digest('hex'),
  } as const;
  return new Uint8Array(gzipSync(Buffer.concat([Buffer.from(headerLine(header), 'utf8'), body])));
}
