import { RollupAccumulator } from '../../domain/rollup-accumulator';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { recordTables } from '../db';
import { DatabaseNotEmptyError } from '../errors';
import { rollupTables, writeRollups } from '../rollups';
import { agencyBatches } from './dataset';
import type { DatasetBatch, DatasetTable } from './dataset';
import { generateAgency } from './sample-agency';

// Writing generated data. Rollups for a bulk load are computed in memory from the batches and
// written once at the end, never row by row.

export type LoadCounts = Partial<Record<DatasetTable, number>>;

export interface LoadProgress {
  table: DatasetTable;
  /** rows written so far in this table */
  tableRows: number;
  /** rows written so far in total */
  totalRows: number;
}

export interface LoadOptions {
  /** clear every table first; without it, loading into a database that holds data is refused */
  replace?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

/** True when no user records exist (settings alone do not count). */
export async function holdsNoData(db: TandemDb): Promise<boolean> {
  for (const table of recordTables(db)) {
    if (table === db.settings || table === db.trash) continue;
    if ((await table.count()) > 0) return false;
  }
  return true;
}

async function clearEverything(db: TandemDb): Promise<void> {
  for (const table of [...recordTables(db), ...rollupTables(db)]) await table.clear();
}

function track(acc: RollupAccumulator, batch: DatasetBatch): void {
  if (batch.table === 'timeEntries') for (const entry of batch.rows) acc.addEntry(entry);
  if (batch.table === 'expenses') for (const expense of batch.rows) acc.addExpense(expense);
}

/**
 * Writes batches (e.g. from generateScaleDataset) with bulkPut, one transaction per batch so
 * progress can be shown, then the rollups in one more. If it is interrupted, run repairRollups.
 */
export async function bulkLoadDataset(
  db: TandemDb,
  batches: Iterable<DatasetBatch> | AsyncIterable<DatasetBatch>,
  options: LoadOptions = {},
): Promise<LoadCounts> {
  await db.transaction('rw', [...recordTables(db), ...rollupTables(db)], async () => {
    if (options.replace) await clearEverything(db);
    else if (!(await holdsNoData(db))) throw new DatabaseNotEmptyError();
  });
  const acc = new RollupAccumulator();
  const counts: LoadCounts = {};
  let totalRows = 0;
  for await (const batch of batches) {
    await db.transaction('rw', db.table(batch.table), async () => {
      await db.table<unknown, string>(batch.table).bulkPut(batch.rows);
    });
    track(acc, batch);
    counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
    totalRows += batch.rows.length;
    options.onProgress?.({ table: batch.table, tableRows: counts[batch.table] ?? 0, totalRows });
  }
  await db.transaction('rw', rollupTables(db), async () => writeRollups(db, acc));
  return counts;
}

export interface SampleOptions {
  today: DayKey;
  seed?: number;
  /** clear the database first; without it, loading over existing data is refused */
  replace?: boolean;
}

/** Generates the sample agency and writes it, with its rollups, in one transaction. */
export async function loadSampleAgency(db: TandemDb, options: SampleOptions): Promise<LoadCounts> {
  const agency = generateAgency({ today: options.today, seed: options.seed });
  return db.transaction('rw', [...recordTables(db), ...rollupTables(db)], async () => {
    if (options.replace) await clearEverything(db);
    else if (!(await holdsNoData(db))) throw new DatabaseNotEmptyError();
    const keepSettings = !options.replace && (await db.settings.count()) > 0;
    const acc = new RollupAccumulator();
    const counts: LoadCounts = {};
    for (const batch of agencyBatches(agency)) {
      if (batch.table === 'settings' && keepSettings) continue;
      await db.table<unknown, string>(batch.table).bulkPut(batch.rows);
      track(acc, batch);
      counts[batch.table] = batch.rows.length;
    }
    await writeRollups(db, acc);
    return counts;
  });
}
