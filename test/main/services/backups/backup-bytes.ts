import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { BackupReason } from '../../../../src/shared/api';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, headerLine } from '../../../../src/shared/backup-format';
import type { BackupHeader } from '../../../../src/shared/backup-format';

/** A row's text; non-ASCII so byte and character lengths differ. */
const NOTE = 'Zoë 日本 🎉';

/**
 * A body laid out as dexie-export-import's exportDB writes it: the empty export's JSON cut before its
 * final `]}}`, then each table's rows, then the cut-off end. `note` pads every row (larger bodies).
 */
export function exportBody(counts: Record<string, number>, note = NOTE): Buffer {
  const tables = Object.entries(counts).map(([name, rowCount]) => ({ name, schema: '++id,[projectId+date]', rowCount }));
  const empty = JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: { databaseName: 'tandem', databaseVersion: 2, tables, data: [] },
  });
  const cut = empty.lastIndexOf(']');
  const tableParts = Object.entries(counts).map(([tableName, rowCount]) => {
    const rows = Array.from({ length: rowCount }, (_, index) => JSON.stringify({ id: index + 1, note }));
    return `{"tableName":${JSON.stringify(tableName)},"inbound":true,"rows":[${rows.join(',')}]}`;
  });
  return Buffer.from(`${empty.slice(0, cut)}${tableParts.join(',')}${empty.slice(cut)}`, 'utf8');
}

/** The header a body gets; `overrides` make it lie. */
export function headerFor(body: Uint8Array, counts: Record<string, number>, overrides: Partial<BackupHeader> = {}): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: 'Tandem',
    schemaVersion: 2,
    createdAt: '2026-03-20T10:00:00.000Z',
    reason: 'manual',
    counts,
    bodyBytes: body.length,
    bodySha256: createHash('sha256').update(body).digest('hex'),
    ...overrides,
  };
}

/** gzip(header line + body): a backup file. */
export function backupFile(header: BackupHeader, body: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(Buffer.concat([Buffer.from(headerLine(header), 'utf8'), body])));
}

/** A backup file as the renderer writes it, holding `counts` rows. */
export function backupBytes(
  counts: Record<string, number>,
  reason: BackupReason = 'manual',
  createdAt = '2026-03-20T10:00:00.000Z',
): Uint8Array {
  const body = exportBody(counts);
  return backupFile(headerFor(body, counts, { reason, createdAt }), body);
}
