import { exportDB, peakImportFile } from 'dexie-export-import';
import { SYNC_OWN_TABLES } from '../../domain/sync/documents';
import type { TandemDb } from '../db';
import { rollupTables } from '../rollups';
import { CURRENT_SCHEMA_VERSION } from '../schema';

// The whole database as one dexie-export-import JSON document (the body of a backup, and the
// "Export all" file). Rollup tables are left out: they are derived and rebuilt on restore. Sync's own
// tables are left out too: a queue and checkpoints belong to this device's link to its server.

export interface ProgressReport {
  done: number;
  total: number;
}

export interface DatabaseExport {
  body: Uint8Array;
  counts: Record<string, number>;
  schemaVersion: number;
}

export function rollupTableNames(db: TandemDb): string[] {
  return rollupTables(db).map((table) => table.name);
}

export async function exportDatabase(db: TandemDb, onProgress?: (progress: ProgressReport) => void): Promise<DatabaseExport> {
  const blob = await exportDB(db, {
    skipTables: [...rollupTableNames(db), ...SYNC_OWN_TABLES],
    numRowsPerChunk: 2000,
    progressCallback: (progress) => {
      onProgress?.({ done: progress.completedRows, total: progress.totalRows ?? 0 });
      return true;
    },
  });
  const meta = await peakImportFile(blob);
  const counts = Object.fromEntries(meta.data.tables.map((table) => [table.name, table.rowCount]));
  return { body: new Uint8Array(await blob.arrayBuffer()), counts, schemaVersion: CURRENT_SCHEMA_VERSION };
}

/** Total rows in counts (what the backup list shows and the shrink guard compares). */
export function totalRows(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}
