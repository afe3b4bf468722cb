import Dexie from 'dexie';
import { RollupAccumulator } from '../domain/rollup-accumulator';
import { addFigures, figuresOfEntry, figuresOfExpense, isEmptyFigures, zeroFigures } from '../domain/rollup-figures';
import type { ProjectDay, ProjectTotals } from '../domain/rollup-figures';
import type { Expense } from '../domain/model/expense';
import type { TimeEntry } from '../domain/model/time-entry';
import type { TandemDb } from './db';

// Rollup tables (projectTotals, projectDays) hold sums over time entries and expenses so no view
// reads every entry. Writers call applyEntryChanges in the SAME transaction as the entry write;
// repairRollups rebuilds both tables from scratch and is what tests compare the deltas against.

export function rollupTables(db: TandemDb) {
  return [db.projectTotals, db.projectDays];
}

/** A signed change: `removed` records are subtracted, `added` ones added. */
export interface RollupChanges {
  addedEntries?: readonly TimeEntry[];
  removedEntries?: readonly TimeEntry[];
  addedExpenses?: readonly Expense[];
  removedExpenses?: readonly Expense[];
}

export function accumulateChanges(changes: RollupChanges): RollupAccumulator {
  const acc = new RollupAccumulator();
  for (const entry of changes.addedEntries ?? []) acc.addEntry(entry);
  for (const entry of changes.removedEntries ?? [])
    acc.add(entry.projectId, entry.day, entry.currency, figuresOfEntry(entry, -1));
  for (const expense of changes.addedExpenses ?? []) acc.addExpense(expense);
  for (const expense of changes.removedExpenses ?? []) {
    acc.add(expense.projectId, expense.day, expense.currency, figuresOfExpense(expense, -1));
  }
  return acc;
}

/**
 * Applies entry/expense changes to the rollups. Must run inside a 'rw' transaction that includes
 * projectTotals and projectDays (Dexie joins it); it awaits nothing but Dexie.
 */
export async function applyEntryChanges(db: TandemDb, changes: RollupChanges): Promise<void> {
  await applyAccumulated(db, accumulateChanges(changes));
}

/** Adds an accumulator's (signed) per-day sums to the stored rollups. Same transaction rules. */
export async function applyAccumulated(db: TandemDb, acc: RollupAccumulator): Promise<void> {
  const deltas = acc.projectDays();
  if (deltas.length === 0) return;
  const stored = await db.projectDays.bulkGet(deltas.map((delta) => [delta.projectId, delta.day]));
  const puts: ProjectDay[] = [];
  const deletes: [string, string][] = [];
  deltas.forEach((delta, index) => {
    const row: ProjectDay = stored[index] ?? {
      projectId: delta.projectId,
      day: delta.day,
      currency: delta.currency,
      ...zeroFigures(),
    };
    addFigures(row, delta);
    if (isEmptyFigures(row)) deletes.push([row.projectId, row.day]);
    else puts.push(row);
  });
  await db.projectDays.bulkPut(puts);
  await db.projectDays.bulkDelete(deletes);

  const totalDeltas = acc.projectTotals();
  const storedTotals = await db.projectTotals.bulkGet(totalDeltas.map((delta) => delta.projectId));
  for (const [index, delta] of totalDeltas.entries()) {
    const row: ProjectTotals = storedTotals[index] ?? { ...delta, ...zeroFigures() };
    addFigures(row, delta);
    if (isEmptyFigures(row)) {
      await db.projectTotals.delete(row.projectId);
      continue;
    }
    // First and last day cannot be kept by deltas (deleting the first day's entry): read them
    // back from the per-day index, two keyed lookups.
    const range = db.projectDays.where('[projectId+day]').between([row.projectId, Dexie.minKey], [row.projectId, Dexie.maxKey]);
    const first = await range.first();
    const last = await range.last();
    row.firstDay = first?.day ?? null;
    row.lastDay = last?.day ?? null;
    row.currency = last?.currency ?? row.currency ?? delta.currency;
    await db.projectTotals.put(row);
  }
}

/** Replaces both rollup tables with an accumulator's result (bulk loads, repair). Same transaction rules. */
export async function writeRollups(db: TandemDb, acc: RollupAccumulator): Promise<void> {
  await db.projectDays.clear();
  await db.projectTotals.clear();
  await db.projectDays.bulkPut(acc.projectDays());
  await db.projectTotals.bulkPut(acc.projectTotals());
}

/** Rebuilds the rollups from every entry and expense, streaming them with each(). */
export async function repairRollups(db: TandemDb): Promise<{ entries: number; expenses: number }> {
  return db.transaction('rw', [db.timeEntries, db.expenses, ...rollupTables(db)], async () => {
    const acc = new RollupAccumulator();
    let entries = 0;
    let expenses = 0;
    await db.timeEntries.each((entry) => {
      acc.addEntry(entry);
      entries += 1;
    });
    await db.expenses.each((expense) => {
      acc.addExpense(expense);
      expenses += 1;
    });
    await writeRollups(db, acc);
    return { entries, expenses };
  });
}
