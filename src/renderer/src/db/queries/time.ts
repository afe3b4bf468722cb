import { eachDay } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { addFigures, zeroFigures } from '../../domain/rollup-figures';
import type { ProjectDay, RollupFigures } from '../../domain/rollup-figures';
import type { Expense } from '../../domain/model/expense';
import { isShown } from '../../domain/model/person';
import type { PersonFilter } from '../../domain/model/person';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { CurrencyCode, Money } from '../../domain/units/money';
import type { TandemDb } from '../db';
import { addToCurrency, moneyList } from '../../domain/units/money';
import { projectDaysBetween } from '../rollup-store';

// Reads by day range, all through the 'day' indexes ('[projectId+day]' for one project).

const byStart = (a: TimeEntry, b: TimeEntry): number => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0);

/** Entries from `from` to `to` (local days, both included), in start order; optionally of one project, or one person. */
export async function entriesForDayRange(
  db: TandemDb,
  from: DayKey,
  to: DayKey,
  projectId?: string,
  person?: PersonFilter,
): Promise<TimeEntry[]> {
  if (to < from) return [];
  const entries =
    projectId === undefined
      ? await db.timeEntries.where('day').between(from, to, true, true).toArray()
      : await db.timeEntries.where('[projectId+day]').between([projectId, from], [projectId, to], true, true).toArray();
  return (person === undefined ? entries : entries.filter((entry) => isShown(entry, person))).sort(byStart);
}

/** Expenses from `from` to `to`, both included, in day order. */
export async function expensesForDayRange(db: TandemDb, from: DayKey, to: DayKey): Promise<Expense[]> {
  if (to < from) return [];
  return db.expenses.where('day').between(from, to, true, true).sortBy('day');
}

export interface DayTotal extends RollupFigures {
  day: DayKey;
  /** time value per currency */
  amounts: Money[];
  /** expenses per currency */
  expenses: Money[];
}

/** One row per day from `from` to `to` (days without anything logged are zeros), from the rollups. */
export async function dayTotals(db: TandemDb, from: DayKey, to: DayKey): Promise<DayTotal[]> {
  if (to < from) return [];
  return dayTotalsOf(await projectDaysBetween(db, from, to), from, to);
}

/** The same from given project-day rows (the rollups', or a range's entries summed). */
export function dayTotalsOf(rows: readonly ProjectDay[], from: DayKey, to: DayKey): DayTotal[] {
  const byDay = new Map<
    string,
    { figures: RollupFigures; amounts: Map<CurrencyCode, number>; expenses: Map<CurrencyCode, number> }
  >();
  for (const row of rows) {
    let slot = byDay.get(row.day);
    if (!slot) {
      slot = { figures: zeroFigures(), amounts: new Map(), expenses: new Map() };
      byDay.set(row.day, slot);
    }
    addFigures(slot.figures, row);
    addToCurrency(slot.amounts, row.currency, row.amountMinor);
    addToCurrency(slot.expenses, row.currency, row.expensesMinor);
  }
  return eachDay(from, to).map((day) => {
    const slot = byDay.get(day);
    return {
      day,
      ...(slot?.figures ?? zeroFigures()),
      amounts: slot ? moneyList(slot.amounts) : [],
      expenses: slot ? moneyList(slot.expenses) : [],
    };
  });
}

