import Dexie from 'dexie';
import { importInto } from 'dexie-export-import';
import { RollupAccumulator } from '../../domain/rollup-accumulator';
import type { Expense } from '../../domain/model/expense';
import type { TimeEntry } from '../../domain/model/time-entry';
import { createTandemDb, recordTables } from '../db';
import type { TandemDb } from '../db';
import { rollupTables, writeRollups } from '../rollups';
import { MIGRATIONS, declareSchema } from '../schema';
import type { DatabaseFile } from './open-database-file';
import type { ProgressReport } from './export-database';
import { RestoreError, readValidRows } from './validate-restore';
import type { RestoredRows } from './validate-restore';

// Restore: the file goes into a TEMPORARY database first (at the file's own schema version, then
// upgraded by the normal migrations), is checked there, and only then replaces the app's data in
// ONE transaction with freshly built rollups. Any failure before or during that transaction leaves
// the user's data exactly as it was. (The safety backup is the caller's first step.)

export type RestorePhase = 'reading' | 'checking' | 'replacing';

export interface RestoreProgress extends ProgressReport {
  phase: RestorePhase;
}

export const TEMP_DB_PREFIX = 'tandem-restore-';

const NOT_READABLE = 'The file’s data could not be read (it may be cut short or damaged). Nothing was changed.';

async function importIntoTemp(name: string, file: DatabaseFile, onProgress?: (progress: RestoreProgress) => void): Promise<void> {
  const atVersion = new Dexie(name);
  declareSchema(atVersion, MIGRATIONS.filter((migration) => migration.version <= file.schemaVersion));
  try {
    await importInto(atVersion, file.body, {
      acceptNameDiff: true,
      acceptVersionDiff: false,
      acceptMissingTables: true,
      clearTablesBeforeImport: true,
      progressCallback: (progress) => {
        onProgress?.({ phase: 'reading', done: progress.completedRows, total: progress.totalRows ?? 0 });
        return true;
      },
    });
  } catch (error) {
    if (error instanceof Dexie.ConstraintError) throw new RestoreError('The file holds two records with the same id. Nothing was changed.');
    throw new RestoreError(NOT_READABLE);
  } finally {
    atVersion.close();
  }
}

async function swapIn(db: TandemDb, rows: RestoredRows): Promise<void> {
  const tables = [...recordTables(db), ...rollupTables(db)];
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
    const acc = new RollupAccumulator();
    for (const [name, tableRows] of rows) {
      await db.table(name).bulkAdd(tableRows);
      if (name === 'timeEntries') for (const entry of tableRows as unknown as TimeEntry[]) acc.addEntry(entry);
      if (name === 'expenses') for (const expense of tableRows as unknown as Expense[]) acc.addExpense(expense);
    }
    await writeRollups(db, acc);
  });
}

/** Replaces everything in `db` with the file's data; returns rows per table restored. */
export async function restoreDatabase(
  db: TandemDb,
  file: DatabaseFile,
  options: { onProgress?: (progress: RestoreProgress) => void } = {},
): Promise<Record<string, number>> {
  const name = `${TEMP_DB_PREFIX}${crypto.randomUUID()}`;
  let temp: TandemDb | undefined;
  try {
    await importIntoTemp(name, file, options.onProgress);
    temp = createTandemDb(name);
    try {
      await temp.open(); // runs the migrations from the file's version to today's
    } catch {
      throw new RestoreError('The file’s data could not be brought up to this version of Tandem. Nothing was changed.');
    }
    options.onProgress?.({ phase: 'checking', done: 0, total: 1 });
    const rows = await readValidRows(temp);
    options.onProgress?.({ phase: 'replacing', done: 0, total: 1 });
    await swapIn(db, rows);
    options.onProgress?.({ phase: 'replacing', done: 1, total: 1 });
    return Object.fromEntries([...rows].map(([table, tableRows]) => [table, tableRows.length]));
  } finally {
    temp?.close();
    await Dexie.delete(name);
  }
}

/** Removes temporary databases a restore interrupted by a crash left behind. */
export async function deleteLeftoverTempDatabases(): Promise<void> {
  const names = await Dexie.getDatabaseNames();
  for (const name of names) if (name.startsWith(TEMP_DB_PREFIX)) await Dexie.delete(name);
}
