import { validate } from '../../domain/validation';
import { expenseSchema } from '../../domain/model/expense';
import type { Expense } from '../../domain/model/expense';
import { readClock } from '../../platform/clock';
import type { TandemDb } from '../db';
import { applyEntryChanges, rollupTables } from '../rollups';
import { mustGet, requireProjectWithClient } from './lookups';
import { requireInvoicedConfirmed } from './invoiced-lock';
import type { InvoicedChangeOptions } from './invoiced-lock';
import { trashRepo } from './trash-repo';

export interface NewExpenseInput {
  id?: string;
  projectId: string;
  day: string;
  /** minor units in the client's currency */
  amount: number;
  billable?: boolean;
  note?: string;
}

export type ExpensePatch = Partial<Omit<NewExpenseInput, 'id'>>;

// Expenses belong to a project and count towards its spent amount; every write updates the
// rollups in the same transaction. The currency is always the project's client's.
export function projectExpenses(db: TandemDb) {
  const scope = () => [db.expenses, db.projects, db.clients, ...rollupTables(db)];

  async function build(input: NewExpenseInput & { billable?: boolean }): Promise<Expense> {
    const { project, client } = await requireProjectWithClient(db, input.projectId);
    return validate(expenseSchema, {
      ...input,
      billable: input.billable ?? project.billing !== 'non_billable',
      currency: client.currency,
    });
  }

  return {
    async createExpense(input: NewExpenseInput): Promise<Expense> {
      return db.transaction('rw', scope(), async () => {
        const expense = await build(input);
        await db.expenses.add(expense);
        await applyEntryChanges(db, { addedExpenses: [expense] });
        return expense;
      });
    },

    /**
     * Edits an expense, including moving it to another project or day; one on a sent invoice only
     * with `confirmInvoiced` (it keeps its invoice).
     */
    async updateExpense(id: string, patch: ExpensePatch, options: InvoicedChangeOptions = {}): Promise<Expense> {
      return db.transaction('rw', [...scope(), db.invoices], async () => {
        const old = await mustGet('expense', id, (key) => db.expenses.get(key));
        await requireInvoicedConfirmed(db, old, 'expense', 'change', options);
        const expense = await build({ ...old, ...patch, id: old.id });
        await db.expenses.put(expense);
        await applyEntryChanges(db, { removedExpenses: [old], addedExpenses: [expense] });
        return expense;
      });
    },

    /** Moves the expense to the trash (restorable); one on a sent invoice only with `confirmInvoiced`. */
    deleteExpense(id: string, options: InvoicedChangeOptions = {}) {
      return trashRepo(db).moveToTrash('expenses', id, readClock(), options);
    },
  };
}
