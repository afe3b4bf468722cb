import Dexie from 'dexie';
import { RollupAccumulator } from '../domain/rollup-accumulator';
import { addFigures, figuresOfExpense, isEmptyFigures, zeroFigures } from '../domain/rollup-figures';
import type { ProjectDay, ProjectTotals } from '../domain/rollup-figures';
import type { Expense } from '../domain/model/expense';
import type { TimeEntry } from '../domain/model/time-entry';
import { daySwitchingOf } from '../domain/switching/day-rollup';
import type { DayEntry, DaySwitching } from '../domain/switching/day-rollup';
import { daysBetween } from '../domain/time/day-key';
import type { DayKey } from '../domain/time/day-key';
import type { TandemDb } from './db';

// Rollup tables (projectTotals, projectDays) hold sums over time entries and expenses so no view
// reads every entry; daySwitching holds each day's switching figures (not a sum: a day whose
// entries change is recomputed from its entries, a few dozen at most, read by the 'day' index).
// Writers call applyEntryChanges in the SAME transaction as the entry write (after writing the
// entries); repairRollups rebuilds all three from scratch and is what tests compare against.

export function rollupTables(db: TandemDb) {
  return [db.projectTotals, db.projectDays, db.daySwitching];
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
  for (const entry of changes.removedEntries ?? []) acc.removeEntry(entry);
  for (const expense of changes.addedExpenses ?? []) acc.addExpense(expense);
  for (const expense of changes.removedExpenses ?? []) {
    acc.add(expense.projectId, expense.day, expense.currency, figuresOfExpense(expense, -1));
  }
  return acc;
}

/**
 * Applies entry/expense changes to the rollups. Must run inside a 'rw' transaction that includes
 * the rollup tables, and timeEntries when entries changed (Dexie joins it); it awaits nothing but
 * Dexie. The entries must already be written: changed days are re-read from timeEntries.
 */
export async function applyEntryChanges(db: TandemDb, changes: RollupChanges): Promise<void> {
  await applyAccumulated(db, accumulateChanges(changes));
}

/** Adds an accumulator's (signed) per-day sums to the stored rollups. Same transaction rules. */
export async function applyAccumulated(db: TandemDb, acc: RollupAccumulator): Promise<void> {
  await refreshDaySwitching(db, acc);
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

/** Days re-read per query: bounds what an import spanning years holds in memory at once. */
const READ_CHUNK_DAYS = 64;

/**
 * Calls `onDay` with each day's entries, by the 'day' index, a chunk of days at a time. A dense chunk
 * (an import touching most days of a span) is read as one key range, which IndexedDB serves with a
 * single getAll, several times faster than a cursor jumping between many keys; the days in between
 * are read and dropped. Sparse chunks jump with anyOf.
 */
async function eachDayEntries(
  db: TandemDb,
  days: readonly DayKey[],
  onDay: (day: DayKey, entries: DayEntry[]) => void,
): Promise<void> {
  const sorted = [...days].sort();
  for (let index = 0; index < sorted.length; index += READ_CHUNK_DAYS) {
    const chunk = sorted.slice(index, index + READ_CHUNK_DAYS);
    const first = chunk[0];
    const last = chunk.at(-1);
    if (!first || !last) continue;
    const byDay = new Map<DayKey, DayEntry[]>(chunk.map((day) => [day, []]));
    const dense = chunk.length > 8 && daysBetween(first, last) < chunk.length * 2;
    const entries = dense
      ? await db.timeEntries.where('day').between(first, last, true, true).toArray()
      : await db.timeEntries.where('day').anyOf(chunk).toArray();
    for (const entry of entries) byDay.get(entry.day)?.push(entry);
    for (const [day, list] of byDay) onDay(day, list);
  }
}

/**
 * Recomputes the switching rows of the days whose entries changed. A day without a row had no
 * entries before this write (a row exists exactly while its day has entries), so its row comes
 * from the accumulator's added entries; the other days are re-read by the 'day' index. An
 * import of history into empty days therefore reads nothing back.
 */
export async function refreshDaySwitching(db: TandemDb, acc: RollupAccumulator): Promise<void> {
  const days = acc.entryDays();
  if (days.length === 0) return;
  const existing = await db.daySwitching.bulkGet(days);
  const added = new Map(acc.daySwitching().map((row) => [row.day, row]));
  const puts: DaySwitching[] = [];
  const deletes: DayKey[] = [];
  const keep = (day: DayKey, row: DaySwitching | null | undefined) => {
    if (row) puts.push(row);
    else deletes.push(day);
  };
  const reread = days.filter((_, index) => existing[index] !== undefined);
  await eachDayEntries(db, reread, (day, entries) => keep(day, daySwitchingOf(day, entries)));
  days.forEach((day, index) => {
    if (existing[index] === undefined) keep(day, added.get(day));
  });
  await db.daySwitching.bulkPut(puts);
  await db.daySwitching.bulkDelete(deletes);
}

/** Replaces the rollup tables with an accumulator's result (bulk loads, repair). Same transaction rules. */
export async function writeRollups(db: TandemDb, acc: RollupAccumulator): Promise<void> {
  await db.projectDays.clear();
  await db.projectTotals.clear();
  await db.daySwitching.clear();
  await db.projectDays.bulkPut(acc.projectDays());
  await db.projectTotals.bulkPut(acc.projectTotals());
  await db.daySwitching.bulkPut(acc.daySwitching());
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
