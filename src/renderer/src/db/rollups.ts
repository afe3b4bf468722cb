import { RollupAccumulator, projectDayKey } from '../domain/rollup-accumulator';
import { addFigures, isEmptyFigures, zeroFigures } from '../domain/rollup-figures';
import type { ProjectDay, ProjectTotals } from '../domain/rollup-figures';
import { PROJECT_MONTHS, SWITCHING_MONTHS, daysByKey, monthRowsOf, monthWritesOver } from '../domain/rollup-months';
import type { MonthWrites, ProjectMonth } from '../domain/rollup-months';
import type { Expense } from '../domain/model/expense';
import type { TimeEntry } from '../domain/model/time-entry';
import type { DayKey, MonthKey } from '../domain/time/day-key';
import type { TandemDb } from './db';
import { planDaySwitching } from './day-switching-refresh';
import { firstAndLastProjectMonths, storedProjectMonths } from './rollup-store';

// Rollup tables (projectTotals, and projectMonths' days) hold sums over time entries and expenses so no
// view reads every entry; switchingMonths holds each person's days' switching figures (not a sum: a day
// whose entries change is recomputed from the entries its row keeps, see day-switching-refresh.ts).
// Days are stored a month to a row (domain/rollup-months.ts): a write rewrites the months it touches.
// None of them reads an entry back, so the entries need not be stored before their rollups are planned.
// Writers keep them in the SAME transaction as the entry write: new entries plan theirs with
// planRollupsForNewEntries, other changes call applyEntryChanges after writing the entries.
// repairRollups rebuilds all three from scratch and is what tests compare against.

export function rollupTables(db: TandemDb) {
  return [db.projectTotals, db.projectMonths, db.switchingMonths];
}

/** A signed change: `removed` records are subtracted, `added` ones added. */
export interface RollupChanges {
  addedEntries?: readonly TimeEntry[];
  removedEntries?: readonly TimeEntry[];
  addedExpenses?: readonly Expense[];
  removedExpenses?: readonly Expense[];
}

/** `changes` added to `acc` (a new accumulator by default). */
export function accumulateChanges(changes: RollupChanges, acc = new RollupAccumulator()): RollupAccumulator {
  for (const entry of changes.addedEntries ?? []) acc.addEntry(entry);
  for (const entry of changes.removedEntries ?? []) acc.removeEntry(entry);
  for (const expense of changes.addedExpenses ?? []) acc.addExpense(expense);
  for (const expense of changes.removedExpenses ?? []) acc.removeExpense(expense);
  return acc;
}

/**
 * Applies entry/expense changes to the rollups. Must run inside a 'rw' transaction that includes
 * the rollup tables (Dexie joins it); it awaits nothing but Dexie. `switching: false` leaves
 * switchingMonths alone, for changes that cannot move it (an entry's cost: switching depends on
 * projects, hats, days, instants and minutes only).
 */
export async function applyEntryChanges(
  db: TandemDb,
  changes: RollupChanges,
  options: { switching?: boolean } = {},
): Promise<void> {
  const writeRollups = await planRollupWrites(db, accumulateChanges(changes), options.switching ?? true);
  await writeRollups();
}

/**
 * Writes the rollups of changes gathered in `acc` (a first sync's, docs/decisions.md "Sync") whose
 * records are all stored already, in a transaction of its own: the project rows get the deltas and
 * each touched day's switching row is recomputed from its kept entries and `acc`'s.
 */
export async function writeGatheredRollups(db: TandemDb, acc: RollupAccumulator): Promise<void> {
  await db.transaction('rw', rollupTables(db), async () => {
    const writeRollups = await planRollupWrites(db, acc, true);
    await writeRollups();
  });
}

/**
 * The rollup writes for entries about to be added, inside the caller's 'rw' transaction. Every read
 * happens now, before the entries are written: IndexedDB reads slow down behind tens of thousands of
 * uncommitted writes in the same transaction (a 50,000-row import re-read its days in 1.9 s before
 * its write, 2.8 s after). Call the returned function once the entries are stored.
 */
export function planRollupsForNewEntries(db: TandemDb, entries: readonly TimeEntry[]): Promise<() => Promise<void>> {
  return planRollupWrites(db, accumulateChanges({ addedEntries: entries }), true);
}

/** Reads what the rollups of `acc` need and returns the writes. */
async function planRollupWrites(db: TandemDb, acc: RollupAccumulator, withSwitching: boolean): Promise<() => Promise<void>> {
  // Issued together: IndexedDB serves them one after another, but the page's work on one result
  // (building switching rows, merging day figures) overlaps the reading of the next.
  const [switching, days, totals] = await Promise.all([
    withSwitching ? planDaySwitching(db, acc) : { puts: [], deletes: [] },
    planProjectDays(db, acc),
    planProjectTotals(db, acc),
  ]);
  return async () => {
    await db.switchingMonths.bulkPut(switching.puts);
    await db.switchingMonths.bulkDelete(switching.deletes);
    await db.projectMonths.bulkPut(days.puts);
    await db.projectMonths.bulkDelete(days.deletes);
    if (acc.hasRemovals()) await readFirstAndLastDays(db, totals.puts);
    await db.projectTotals.bulkPut(totals.puts);
    await db.projectTotals.bulkDelete(totals.deletes);
  };
}

/** The project days the deltas change, over the stored months they fall in, as month rows to write. */
async function planProjectDays(db: TandemDb, acc: RollupAccumulator): Promise<MonthWrites<ProjectMonth, [string, MonthKey]>> {
  const deltas = acc.projectDays();
  const storedMonths = await storedProjectMonths(
    db,
    deltas.map((delta) => [delta.projectId, delta.day]),
  );
  const stored = daysByKey(storedMonths, (day) => projectDayKey(day.projectId, day.day));
  const puts: ProjectDay[] = [];
  const removed: { owner: string; day: DayKey }[] = [];
  for (const delta of deltas) {
    const row: ProjectDay = stored.get(projectDayKey(delta.projectId, delta.day)) ?? {
      projectId: delta.projectId,
      day: delta.day,
      currency: delta.currency,
      ...zeroFigures(),
    };
    addFigures(row, delta);
    if (isEmptyFigures(row)) removed.push({ owner: row.projectId, day: row.day });
    else puts.push(row);
  }
  return monthWritesOver(PROJECT_MONTHS, storedMonths, puts, removed);
}

/**
 * Totals with the deltas added. First and last day, and the currency of the last, follow from the
 * deltas while nothing was removed; after a removal readFirstAndLastDays replaces them.
 */
async function planProjectTotals(db: TandemDb, acc: RollupAccumulator): Promise<{ puts: ProjectTotals[]; deletes: string[] }> {
  const deltas = acc.projectTotals();
  const stored = await db.projectTotals.bulkGet(deltas.map((delta) => delta.projectId));
  const puts: ProjectTotals[] = [];
  const deletes: string[] = [];
  deltas.forEach((delta, index) => {
    const before = stored[index];
    const row: ProjectTotals = before ?? { ...delta, ...zeroFigures() };
    addFigures(row, delta);
    if (isEmptyFigures(row)) {
      deletes.push(row.projectId);
      return;
    }
    row.firstDay = minDay(before?.firstDay ?? null, delta.firstDay);
    if (!before?.lastDay || (delta.lastDay !== null && delta.lastDay > before.lastDay)) row.currency = delta.currency;
    row.lastDay = maxDay(before?.lastDay ?? null, delta.lastDay);
    puts.push(row);
  });
  return { puts, deletes };
}

/** After a removal, first and last day (and the last day's currency) come from the first and last stored month. */
async function readFirstAndLastDays(db: TandemDb, totals: ProjectTotals[]): Promise<void> {
  for (const row of totals) {
    const [firstMonth, lastMonth] = await firstAndLastProjectMonths(db, row.projectId);
    const first = firstMonth?.days[0];
    const last = lastMonth?.days.at(-1);
    row.firstDay = first?.day ?? null;
    row.lastDay = last?.day ?? null;
    row.currency = last?.currency ?? row.currency;
  }
}

const minDay = (a: DayKey | null, b: DayKey | null) => (a === null ? b : b === null || a <= b ? a : b);
const maxDay = (a: DayKey | null, b: DayKey | null) => (a === null ? b : b === null || a >= b ? a : b);

/** Replaces the rollup tables with an accumulator's result (bulk loads, repair). Same transaction rules. */
export async function writeRollups(db: TandemDb, acc: RollupAccumulator): Promise<void> {
  await db.projectMonths.clear();
  await db.projectTotals.clear();
  await db.switchingMonths.clear();
  await db.projectMonths.bulkPut(monthRowsOf(PROJECT_MONTHS, acc.projectDays()));
  await db.projectTotals.bulkPut(acc.projectTotals());
  await db.switchingMonths.bulkPut(monthRowsOf(SWITCHING_MONTHS, acc.daySwitching()));
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
