import { addDays } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { Client } from '../../domain/model/client';
import type { Expense } from '../../domain/model/expense';
import type { Invoice, InvoiceLine } from '../../domain/model/invoice';
import type { Payment } from '../../domain/model/payment';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { TimeEntry } from '../../domain/model/time-entry';
import {
  allowanceLine,
  amountLine,
  expenseLine,
  invoiceRecords,
  monthStart,
  paymentOf,
  timeLines,
  totalOf,
} from './invoice-records';
import type { GeneratedState, InvoicePlan } from './invoice-records';
import type { Rng } from './prng';

// The sample agency's invoices, one in every state, dated from `today` (days before it are negative):
//   Store locator (AFS)   void, issued −117 (billed at the wrong rate), then its replacement issued −115,
//                         paid −90: the void one keeps its number and frees its time for the second
//   Brand refresh (CCB)   the fixed fee, issued −58, paid in two parts (40 % at −40, the rest at −25)
//   SEO retainer (BDS)    the month before the one holding −75, its 20 h allowance, issued −75: due −45,
//                         45 days overdue with nothing paid (the health check's invoice answer is no)
//   Product video (NPV)   the fixed fee, issued −98, paid −60
//   Intranet (NPI)        time from −80 to −41, issued −40: due −10, 10 days overdue
//   Design system (HHI)   time from −40 to −11, issued −10, 30 % paid at −3: partially paid, not due
//   App redesign (KLA)    time from −35 to −6, issued −5: sent, not due
//   Website relaunch (AFW) a draft of its time and expenses from −100 to −1 (two rates: raised at −90)
// Everything else stays uninvoiced. Sent invoices stamp the entries and expenses they bill.

export interface SampleInvoicesInput {
  rng: Rng;
  today: DayKey;
  settings: Settings;
  clients: readonly Client[];
  projects: readonly Project[];
  entries: readonly TimeEntry[];
  expenses: readonly Expense[];
}

export interface SampleInvoices {
  invoices: Invoice[];
  payments: Payment[];
  /** the entries and expenses with the sent invoices' invoiceId stamped */
  entries: TimeEntry[];
  expenses: Expense[];
}

export function makeSampleInvoices(input: SampleInvoicesInput): SampleInvoices {
  const { rng, today, settings } = input;
  const at = (offset: number) => addDays(today, offset);
  const project = (code: string): Project => {
    const found = input.projects.find((item) => item.code === code);
    if (!found) throw new Error(`Sample project ${code} is missing`);
    return found;
  };
  const currencyOf = (item: Project) =>
    input.clients.find((client) => client.id === item.clientId)?.currency ?? settings.homeCurrency;
  const billable = <T extends { projectId: string; day: DayKey; billable: boolean }>(
    items: readonly T[],
    of: Project,
    from: DayKey,
    to: DayKey,
  ) => items.filter((item) => item.projectId === of.id && item.billable && item.day >= from && item.day <= to);

  const plans: InvoicePlan[] = [];
  const plan = (
    of: Project,
    issueDate: DayKey,
    status: GeneratedState,
    from: DayKey,
    to: DayKey,
    lines: InvoiceLine[],
  ): InvoicePlan => {
    const made: InvoicePlan = {
      id: rng.uuid(),
      clientId: of.clientId,
      currency: currencyOf(of),
      issueDate,
      status,
      lines,
      basis: { from, to, projectIds: [of.id], grouping: 'project', fixedFee: {} },
    };
    plans.push(made);
    return made;
  };
  const workLines = (of: Project, from: DayKey, to: DayKey): InvoiceLine[] => [
    ...timeLines(rng, of, currencyOf(of), billable(input.entries, of, from, to), from, to),
    ...billable(input.expenses, of, from, to).map((expense) => expenseLine(rng, of, expense)),
  ];
  const feeLine = (of: Project) => amountLine(rng, of, `${of.name}: fixed fee`, of.budgetAmount ?? 0);

  const afs = project('AFS');
  const afsFrom = afs.startDay ?? at(-160);
  const afsTo = afs.endDay ?? at(-120);
  const voided = plan(afs, at(-117), 'void', afsFrom, afsTo, workLines(afs, afsFrom, afsTo));
  voided.notes = 'Billed at the wrong rate: replaced by the next invoice.';
  const replaced = plan(afs, at(-115), 'sent', afsFrom, afsTo, workLines(afs, afsFrom, afsTo));

  const ccb = project('CCB');
  const ccbFee = plan(ccb, at(-58), 'sent', ccb.startDay ?? at(-180), at(-60), [feeLine(ccb)]);

  const bds = project('BDS');
  const cycleEnd = addDays(monthStart(at(-75)), -1);
  const cycleStart = monthStart(cycleEnd);
  const allowance = bds.retainer?.allowanceMinutesPerMonth ?? 0;
  let used = 0;
  const covered = billable(input.entries, bds, cycleStart, cycleEnd).filter((entry) => {
    used += entry.minutes;
    return used <= allowance;
  });
  const bdsRate = bds.defaultRate ?? settings.defaultRate;
  plan(bds, at(-75), 'sent', cycleStart, cycleEnd, [
    allowanceLine(rng, bds, allowance, bdsRate, { start: cycleStart, end: cycleEnd }, covered),
  ]);

  const npv = project('NPV');
  const npvFee = plan(npv, at(-98), 'sent', npv.startDay ?? at(-175), npv.endDay ?? at(-100), [feeLine(npv)]);
  const npi = project('NPI');
  plan(npi, at(-40), 'sent', at(-80), at(-41), workLines(npi, at(-80), at(-41)));
  const hhi = project('HHI');
  const partial = plan(hhi, at(-10), 'sent', at(-40), at(-11), workLines(hhi, at(-40), at(-11)));
  const kla = project('KLA');
  plan(kla, at(-5), 'sent', at(-35), at(-6), workLines(kla, at(-35), at(-6)));
  const afw = project('AFW');
  plan(afw, today, 'draft', at(-100), at(-1), workLines(afw, at(-100), at(-1)));

  const invoices = invoiceRecords(plans, settings);
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const get = (made: InvoicePlan): Invoice => byId.get(made.id) ?? invoices[0]!;
  const payments: Payment[] = [];
  const pay = (made: InvoicePlan, date: DayKey, share: number) => {
    const invoice = get(made);
    const paid = payments.filter((payment) => payment.invoiceId === invoice.id).reduce((sum, payment) => sum + payment.amount, 0);
    const amount = share >= 1 ? totalOf(invoice) - paid : Math.round(totalOf(invoice) * share);
    payments.push(paymentOf(rng, invoice, date, amount));
  };
  pay(replaced, at(-90), 1);
  pay(ccbFee, at(-40), 0.4);
  pay(ccbFee, at(-25), 1);
  pay(npvFee, at(-60), 1);
  pay(partial, at(-3), 0.3);

  // Sent invoices (paid or not) bill their time and expenses; void ones and drafts lock nothing.
  const stampOf = new Map<string, string>();
  for (const invoice of invoices) {
    if (invoice.status !== 'sent') continue;
    for (const line of invoice.lines) for (const id of [...line.timeEntryIds, ...line.expenseIds]) stampOf.set(id, invoice.id);
  }
  const stamp = <T extends { id: string }>(item: T): T => {
    const invoiceId = stampOf.get(item.id);
    return invoiceId ? { ...item, invoiceId } : item;
  };
  return { invoices, payments, entries: input.entries.map(stamp), expenses: input.expenses.map(stamp) };
}
