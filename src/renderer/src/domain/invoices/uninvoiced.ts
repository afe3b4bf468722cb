import type { Invoice } from '../model/invoice';
import { addToCurrency, amountMinorForMinutes, moneyList } from '../units/money';
import type { CurrencyCode, Money } from '../units/money';

// Uninvoiced (docs/product.md): billable time and billable expenses of time-and-materials projects
// that are on no sent, non-void invoice. A line on a draft does not lock its entries (the draft can
// be regenerated) and voiding an invoice frees them to be billed again. Each entry is valued as
// everywhere else in the app, round(minutes × rate snapshot ÷ 60) once per entry, and the figure is
// the sum of those rounded amounts, before tax, per currency.
//
// Fixed-fee and retainer projects are left out: their invoices bill a fee or an allowance, not
// hours × rate. Which entries and expenses fall in a period, client or project is the caller's
// choice: pass only those.

export interface BillableEntry {
  id: string;
  projectId: string;
  minutes: number;
  /** minor units per hour in `currency` */
  rateSnapshot: number;
  currency: CurrencyCode;
  billable: boolean;
}

export interface BillableExpense {
  id: string;
  projectId: string;
  /** minor units in `currency` */
  amount: number;
  currency: CurrencyCode;
  billable: boolean;
}

/** The entries and expenses on sent invoices: billed, so no longer uninvoiced. */
export interface InvoicedSources {
  entryIds: ReadonlySet<string>;
  expenseIds: ReadonlySet<string>;
}

export function invoicedSources(invoices: Iterable<Pick<Invoice, 'status' | 'lines'>>): InvoicedSources {
  const entryIds = new Set<string>();
  const expenseIds = new Set<string>();
  for (const invoice of invoices) {
    if (invoice.status !== 'sent') continue;
    for (const line of invoice.lines) {
      for (const id of line.timeEntryIds) entryIds.add(id);
      for (const id of line.expenseIds) expenseIds.add(id);
    }
  }
  return { entryIds, expenseIds };
}

export interface UninvoicedInput {
  entries: Iterable<BillableEntry>;
  expenses: Iterable<BillableExpense>;
  /** the projects billed on time and materials */
  timeAndMaterialsProjectIds: ReadonlySet<string>;
  invoiced: InvoicedSources;
}

export interface Uninvoiced {
  /** Σ entry amounts per currency */
  time: Money[];
  /** Σ expense amounts per currency */
  expenses: Money[];
  /** time + expenses per currency */
  total: Money[];
  /** time + expenses per project, per currency */
  byProject: Map<string, Money[]>;
  /** the entries and expenses counted, in the order given: what a new invoice would bill */
  entryIds: string[];
  expenseIds: string[];
}

export function uninvoiced(input: UninvoicedInput): Uninvoiced {
  const time = new Map<CurrencyCode, number>();
  const expenses = new Map<CurrencyCode, number>();
  const total = new Map<CurrencyCode, number>();
  const perProject = new Map<string, Map<CurrencyCode, number>>();
  const entryIds: string[] = [];
  const expenseIds: string[] = [];
  const count = (projectId: string, currency: CurrencyCode, minor: number): void => {
    addToCurrency(total, currency, minor);
    const project = perProject.get(projectId) ?? new Map<CurrencyCode, number>();
    addToCurrency(project, currency, minor);
    perProject.set(projectId, project);
  };
  const open = (item: { projectId: string; billable: boolean }): boolean =>
    item.billable && input.timeAndMaterialsProjectIds.has(item.projectId);

  for (const entry of input.entries) {
    if (!open(entry) || input.invoiced.entryIds.has(entry.id)) continue;
    const amount = amountMinorForMinutes(entry.minutes, entry.rateSnapshot);
    entryIds.push(entry.id);
    addToCurrency(time, entry.currency, amount);
    count(entry.projectId, entry.currency, amount);
  }
  for (const expense of input.expenses) {
    if (!open(expense) || input.invoiced.expenseIds.has(expense.id)) continue;
    expenseIds.push(expense.id);
    addToCurrency(expenses, expense.currency, expense.amount);
    count(expense.projectId, expense.currency, expense.amount);
  }
  return {
    time: moneyList(time),
    expenses: moneyList(expenses),
    total: moneyList(total),
    byProject: new Map([...perProject].map(([projectId, totals]) => [projectId, moneyList(totals)])),
    entryIds,
    expenseIds,
  };
}
