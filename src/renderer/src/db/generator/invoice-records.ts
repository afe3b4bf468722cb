import { formatDay } from '../../domain/format/format-day';
import { formatMoney } from '../../domain/format/format-money';
import { nextInvoiceNumber } from '../../domain/invoices/numbering';
import { dueDateFor } from '../../domain/invoices/status';
import { invoiceTotals } from '../../domain/invoices/totals';
import type { Expense } from '../../domain/model/expense';
import type { Invoice, InvoiceBasis, InvoiceLine } from '../../domain/model/invoice';
import type { Payment } from '../../domain/model/payment';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import { dayKeyFromParts, parseDayKey } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { localDateAt } from '../../domain/time/wall-clock';
import { toMinor } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import type { Rng } from './prng';

// Invoices and payments for generated data, in the shapes the repositories write: lines as a draft
// generated per project bills them (time per project and rate in minutes, each billable expense on
// its own line, a fixed fee or a retainer's allowance as one line), numbers from the settings'
// pattern in issue-date order (a void invoice keeps its number), sent at 10:00 local on the issue
// day, due after the settings' payment terms. Stamping the entries and expenses a sent invoice
// bills (invoiceId) is the caller's, before the rollups are computed.

/** The fields of a time entry a line needs. */
export interface BilledEntry {
  id: string;
  minutes: number;
  rateSnapshot: number;
}

const dayTexts = new Map<DayKey, string>();
/** A day in the runtime's locale, remembered: the scale dataset names the same month ends thousands of times. */
function dayText(day: DayKey): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = formatDay(day, undefined, 'medium');
    dayTexts.set(day, text);
  }
  return text;
}
const spanText = (from: DayKey, to: DayKey) => (from === to ? dayText(from) : `${dayText(from)} – ${dayText(to)}`);

/** The first day of the month holding `day`. */
export function monthStart(day: DayKey): DayKey {
  const { year, month } = parseDayKey(day);
  return dayKeyFromParts(year, month, 1);
}

/** The first day of the month after the one holding `day`. */
export function nextMonthStart(day: DayKey): DayKey {
  const { year, month } = parseDayKey(day);
  return month === 12 ? dayKeyFromParts(year + 1, 1, 1) : dayKeyFromParts(year, month + 1, 1);
}

/** One line per rate (lowest first) of a project's time in [from, to]: minutes at the rate. */
export function timeLines(
  rng: Rng,
  project: Pick<Project, 'id' | 'name'>,
  currency: CurrencyCode,
  entries: readonly BilledEntry[],
  from: DayKey,
  to: DayKey,
): InvoiceLine[] {
  const byRate = new Map<number, BilledEntry[]>();
  for (const entry of entries) {
    const list = byRate.get(entry.rateSnapshot);
    if (list) list.push(entry);
    else byRate.set(entry.rateSnapshot, [entry]);
  }
  const rates = [...byRate.keys()].sort((a, b) => a - b);
  return rates.map((rate) => {
    const rated = byRate.get(rate) ?? [];
    const at = rates.length > 1 ? `, at ${formatMoney({ minor: toMinor(rate), currency })}/h` : '';
    return {
      id: rng.uuid(),
      description: `${project.name}: time, ${spanText(from, to)}${at}`,
      unit: 'hours',
      quantity: rated.reduce((sum, entry) => sum + entry.minutes, 0),
      unitPrice: toMinor(rate),
      taxes: [],
      timeEntryIds: rated.map((entry) => entry.id),
      expenseIds: [],
      projectId: project.id,
    };
  });
}

/** A line of one billable expense. */
export function expenseLine(rng: Rng, project: Pick<Project, 'id' | 'name'>, expense: Expense): InvoiceLine {
  return {
    id: rng.uuid(),
    description: `${project.name}, expense of ${dayText(expense.day)}${expense.note ? `: ${expense.note}` : ''}`,
    unit: 'units',
    quantity: 1000,
    unitPrice: expense.amount,
    taxes: [],
    timeEntryIds: [],
    expenseIds: [expense.id],
    projectId: project.id,
  };
}

/** One unit at `amount`: a fixed fee or its share. */
export function amountLine(rng: Rng, project: Pick<Project, 'id'>, description: string, amount: number): InvoiceLine {
  return {
    id: rng.uuid(),
    description,
    unit: 'units',
    quantity: 1000,
    unitPrice: toMinor(amount),
    taxes: [],
    timeEntryIds: [],
    expenseIds: [],
    projectId: project.id,
  };
}

/** A retainer cycle's allowance at its rate, with the entries it covers (its hours up to the allowance). */
export function allowanceLine(
  rng: Rng,
  project: Pick<Project, 'id' | 'name'>,
  allowanceMinutes: number,
  rate: number,
  cycle: { start: DayKey; end: DayKey },
  entries: readonly BilledEntry[],
): InvoiceLine {
  return {
    id: rng.uuid(),
    description: `${project.name}: retainer, ${spanText(cycle.start, cycle.end)} (${allowanceMinutes / 60} h a month)`,
    unit: 'hours',
    quantity: allowanceMinutes,
    unitPrice: toMinor(rate),
    taxes: [],
    timeEntryIds: entries.map((entry) => entry.id),
    expenseIds: [],
    projectId: project.id,
  };
}

export type GeneratedState = 'draft' | 'sent' | 'void';

export interface InvoicePlan {
  id: string;
  clientId: string;
  currency: CurrencyCode;
  issueDate: DayKey;
  status: GeneratedState;
  lines: InvoiceLine[];
  basis: InvoiceBasis;
  notes?: string;
}

/**
 * Invoice records from plans: numbers in issue-date order (the plans' order within a day), drafts
 * unnumbered. `pattern` and `termsDays` are the settings'.
 */
export function invoiceRecords(
  plans: readonly InvoicePlan[],
  settings: Pick<Settings, 'invoiceNumberPattern' | 'paymentTermsDays'>,
): Invoice[] {
  const numbered = plans
    .map((plan, index) => ({ plan, index }))
    .filter(({ plan }) => plan.status !== 'draft')
    .sort((a, b) => (a.plan.issueDate < b.plan.issueDate ? -1 : a.plan.issueDate > b.plan.issueDate ? 1 : a.index - b.index));
  const numbers = new Map<string, string>();
  // Numbers are given in issue order, so within a scope (the number's text but for {seq}) the last
  // one given is the highest: it alone decides the next, as the whole list would.
  const lastInScope = new Map<string, string>();
  for (const { plan } of numbered) {
    const scope = nextInvoiceNumber(settings.invoiceNumberPattern, plan.issueDate, []);
    if (!scope.ok) throw new Error(scope.error);
    const last = lastInScope.get(scope.value);
    const next = last === undefined ? scope : nextInvoiceNumber(settings.invoiceNumberPattern, plan.issueDate, [last]);
    if (!next.ok) throw new Error(next.error);
    lastInScope.set(scope.value, next.value);
    numbers.set(plan.id, next.value);
  }
  return plans.map((plan) => ({
    id: plan.id,
    clientId: plan.clientId,
    number: numbers.get(plan.id) ?? '',
    status: plan.status,
    issueDate: plan.issueDate,
    dueDate: dueDateFor(plan.issueDate, settings.paymentTermsDays),
    ...(plan.status === 'draft' ? {} : { sentAt: localDateAt(plan.issueDate, 10 * 60).toISOString() }),
    poNumber: '',
    notes: plan.notes ?? '',
    currency: plan.currency,
    lines: plan.lines,
    discountBasisPoints: 0,
    basis: plan.basis,
  }));
}

/** The invoice's total, minor units. */
export function totalOf(invoice: Invoice): number {
  return invoiceTotals(invoice).total;
}

/** A payment of `amount` on `date` against `invoice`. */
export function paymentOf(rng: Rng, invoice: Invoice, date: DayKey, amount: number, note = ''): Payment {
  return { id: rng.uuid(), invoiceId: invoice.id, date, amount: toMinor(amount), currency: invoice.currency, note };
}
