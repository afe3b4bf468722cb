import { addFigures, figuresOfEntry, figuresOfExpense, zeroFigures } from './rollup-figures';
import type { ProjectDay, ProjectTotals, RollupFigures } from './rollup-figures';
import type { CurrencyCode } from './units/money';
import type { DayKey } from './time/day-key';
import type { Expense } from './model/expense';
import type { TimeEntry } from './model/time-entry';
import { DaySwitchingBuilder } from './switching/day-rollup';
import type { PersonDaySwitching, SwitchingWrites } from './switching/day-rollup';

// Builds rollups from scratch in memory: the repair function streams every entry and expense
// through one of these, and bulk loads feed it batch by batch, then write the result once.
// Incremental writes use it for signed sums and for the entries added to and removed from each
// person's day: the per-day switching figures are not sums, so those days are recomputed from the
// entries their stored rows keep and these changes.

/** One person's day. */
export interface PersonDay {
  day: DayKey;
  personId: string;
}

export class RollupAccumulator {
  private readonly days = new Map<string, ProjectDay>();
  private readonly switching = new DaySwitchingBuilder();
  private removals = false;

  addEntry(entry: TimeEntry): void {
    this.add(entry.projectId, entry.day, entry.currency, figuresOfEntry(entry));
    this.switching.add(entry);
  }

  /** Subtracts an entry that was removed or replaced (incremental writes only). */
  removeEntry(entry: TimeEntry): void {
    this.add(entry.projectId, entry.day, entry.currency, figuresOfEntry(entry, -1));
    this.switching.remove(entry);
    this.removals = true;
  }

  /** Subtracts an expense that was removed or replaced (incremental writes only). */
  removeExpense(expense: Expense): void {
    this.add(expense.projectId, expense.day, expense.currency, figuresOfExpense(expense, -1));
    this.removals = true;
  }

  /** Whether anything was subtracted: a project's first or last day may then have gone. */
  hasRemovals(): boolean {
    return this.removals;
  }

  /** People's days an entry was added to or removed from, in day order, then person. */
  entryDays(): PersonDay[] {
    return this.switching.personDays();
  }

  /** The switching rows of those days over their rows stored before (by personDayKey). */
  switchingWritesOver(stored: ReadonlyMap<string, PersonDaySwitching>): SwitchingWrites {
    return this.switching.writesOver(stored);
  }

  /**
   * Switching rows of the days from the added entries alone: right for a rebuild or a load into
   * an empty database, where every entry of a day passes through here.
   */
  daySwitching(): PersonDaySwitching[] {
    return this.switching.rows();
  }

  addExpense(expense: Expense): void {
    this.add(expense.projectId, expense.day, expense.currency, figuresOfExpense(expense));
  }

  add(projectId: string, day: DayKey, currency: CurrencyCode, delta: RollupFigures): void {
    const key = projectDayKey(projectId, day);
    let row = this.days.get(key);
    if (!row) {
      row = { projectId, day, currency, ...zeroFigures() };
      this.days.set(key, row);
    }
    addFigures(row, delta);
  }

  /** Per project per day, ordered by project then day. */
  projectDays(): ProjectDay[] {
    return [...this.days.values()].sort(compareProjectDays);
  }

  /** Per project, ordered by project id. */
  projectTotals(): ProjectTotals[] {
    const totals = new Map<string, ProjectTotals>();
    for (const row of this.projectDays()) {
      let total = totals.get(row.projectId);
      if (!total) {
        total = { projectId: row.projectId, currency: row.currency, firstDay: row.day, lastDay: row.day, ...zeroFigures() };
        totals.set(row.projectId, total);
      }
      addFigures(total, row);
      total.lastDay = row.day; // rows arrive in day order within a project
      total.currency = row.currency; // the last day's, as the incremental path keeps it
    }
    return [...totals.values()];
  }
}

/** One string per project and day, for maps. */
export const projectDayKey = (projectId: string, day: DayKey) => `${projectId}\u0000${day}`;

export function compareProjectDays(a: ProjectDay, b: ProjectDay): number {
  if (a.projectId !== b.projectId) return a.projectId < b.projectId ? -1 : 1;
  return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
}
