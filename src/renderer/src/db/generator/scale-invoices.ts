import { addDays, daysBetween, toDayKey } from '../../domain/time/day-key';
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
  nextMonthStart,
  paymentOf,
  timeLines,
  totalOf,
} from './invoice-records';
import type { BilledEntry, InvoicePlan } from './invoice-records';
import { mulberry32, Rng } from './prng';

// The scale dataset's invoices: one a month per client with billable work that month, issued on the
// 3rd of the next month. Each bills the month's billable time (per project, in minutes at its rate)
// and billable expenses of its time-and-materials projects, each running retainer's allowance, and
// the fee of each fixed-fee project that ended that month. Every month up to the one before last is
// invoiced and sent; the month just ended is being billed (about one client in five has its draft)
// and the current month is not billed yet, so every client has at least a whole month of uninvoiced
// time. About one invoice in fifty was voided and reissued the same day. Of the latest sent month,
// about half is paid and a third still open (overdue by up to a month); older invoices up to 180
// days are mostly paid, a few (5 %) overdue with nothing paid and some (3 %) half paid; older ones
// are all paid.
//
// Entries and expenses stream past `bill` before they are written, which stamps those a sent
// invoice bills, so the rollups counted from the written rows agree with the invoices.

type Fate = 'none' | 'draft' | 'sent';

interface MonthInvoice {
  id: string;
  clientId: string;
  /** the month's first day */
  start: DayKey;
  fate: Fate;
  time: Map<string, BilledEntry[]>;
  expenses: Expense[];
}

/** A float in [0, 1) from whole numbers: the same numbers give the same float, in any order. */
function hashFloat(seed: number, a: number, b: number, salt: number): number {
  return mulberry32((seed ^ Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(salt, 0xc2b2ae3d)) >>> 0)();
}

export class ScaleInvoiceBook {
  private readonly months = new Map<string, MonthInvoice>();
  private readonly projectById: Map<string, Project>;
  private readonly clientIndex: Map<string, number>;
  private readonly ids: Rng;
  /** the first day of the month just ended: its invoices are drafts at most */
  private readonly justEnded: DayKey;

  constructor(
    private readonly options: {
      seed: number;
      today: DayKey;
      settings: Settings;
      clients: readonly Client[];
      projects: readonly Project[];
    },
  ) {
    this.ids = new Rng(options.seed + 1);
    this.projectById = new Map(options.projects.map((project) => [project.id, project]));
    this.clientIndex = new Map(options.clients.map((client, index) => [client.id, index]));
    const thisMonth = toDayKey(`${options.today.slice(0, 8)}01`);
    this.justEnded = toDayKey(`${addDays(thisMonth, -1).slice(0, 8)}01`);
  }

  private fateOf(clientId: string, start: DayKey): Fate {
    if (start < this.justEnded) return 'sent';
    if (start > this.justEnded) return 'none';
    const client = this.clientIndex.get(clientId) ?? 0;
    return hashFloat(this.options.seed, client, monthNumber(start), 1) < 0.2 ? 'draft' : 'none';
  }

  private monthOf(clientId: string, day: DayKey): MonthInvoice {
    const start = `${day.slice(0, 8)}01`;
    const key = `${clientId}|${start}`;
    let month = this.months.get(key);
    if (!month) {
      const startDay = toDayKey(start);
      month = {
        id: this.ids.uuid(),
        clientId,
        start: startDay,
        fate: this.fateOf(clientId, startDay),
        time: new Map(),
        expenses: [],
      };
      this.months.set(key, month);
    }
    return month;
  }

  /** Notes a billable entry of a time-and-materials project and stamps it when a sent invoice bills it. */
  billEntry(entry: TimeEntry): void {
    const project = this.projectById.get(entry.projectId);
    if (!project || project.billing !== 'time_and_materials' || !entry.billable) return;
    const month = this.monthOf(project.clientId, entry.day);
    if (month.fate === 'none') return;
    // Only what a line needs, so the book never holds the entries themselves.
    const billed: BilledEntry = { id: entry.id, minutes: entry.minutes, rateSnapshot: entry.rateSnapshot };
    const list = month.time.get(project.id);
    if (list) list.push(billed);
    else month.time.set(project.id, [billed]);
    if (month.fate === 'sent') entry.invoiceId = month.id;
  }

  /** The same for a billable expense. */
  billExpense(expense: Expense): void {
    const project = this.projectById.get(expense.projectId);
    if (!project || project.billing !== 'time_and_materials' || !expense.billable) return;
    const month = this.monthOf(project.clientId, expense.day);
    if (month.fate === 'none') return;
    month.expenses.push(expense);
    if (month.fate === 'sent') expense.invoiceId = month.id;
  }

  /** Every month's invoice (after every entry and expense went through `bill…`), and their payments. */
  build(): { invoices: Invoice[]; payments: Payment[] } {
    const { settings, clients, projects, today, seed } = this.options;
    const rng = this.ids;
    const currencyOf = new Map(clients.map((client) => [client.id, client.currency]));
    const fixedFeeEnds = projects.filter(
      (project) => project.billing === 'fixed_fee' && project.status === 'done' && project.endDay,
    );
    const retainers = projects.filter(
      (project) => project.billing === 'retainer' && project.status !== 'planned' && project.retainer,
    );
    for (const project of fixedFeeEnds) this.monthOf(project.clientId, project.endDay ?? today);
    const earliest = projects.reduce<DayKey>(
      (first, project) => (project.startDay && project.startDay < first ? project.startDay : first),
      today,
    );
    for (const project of retainers) {
      for (
        let start = toDayKey(`${(project.startDay ?? earliest).slice(0, 8)}01`);
        start <= this.justEnded;
        start = nextMonthStart(start)
      ) {
        if (project.endDay && project.endDay < start) break;
        this.monthOf(project.clientId, start);
      }
    }

    const plans: InvoicePlan[] = [];
    const ordered = [...this.months.values()]
      .filter((month) => month.fate !== 'none')
      .sort((a, b) =>
        a.start < b.start
          ? -1
          : a.start > b.start
            ? 1
            : (this.clientIndex.get(a.clientId) ?? 0) - (this.clientIndex.get(b.clientId) ?? 0),
      );
    for (const month of ordered) {
      const end = addDays(nextMonthStart(month.start), -1);
      const currency = currencyOf.get(month.clientId) ?? settings.homeCurrency;
      const linesOf = (): InvoiceLine[] => {
        const lines: InvoiceLine[] = [];
        for (const [projectId, entries] of month.time) {
          const project = this.projectById.get(projectId);
          if (project) lines.push(...timeLines(rng, project, currency, entries, month.start, end));
        }
        for (const expense of month.expenses) {
          const project = this.projectById.get(expense.projectId);
          if (project) lines.push(expenseLine(rng, project, expense));
        }
        for (const project of retainers) {
          if (
            project.clientId !== month.clientId ||
            (project.startDay ?? month.start) > end ||
            (project.endDay && project.endDay < month.start)
          )
            continue;
          const rate = project.defaultRate ?? settings.defaultRate;
          lines.push(
            allowanceLine(rng, project, project.retainer?.allowanceMinutesPerMonth ?? 0, rate, { start: month.start, end }, []),
          );
        }
        for (const project of fixedFeeEnds) {
          if (project.clientId !== month.clientId || !project.endDay || project.endDay < month.start || project.endDay > end)
            continue;
          lines.push(amountLine(rng, project, `${project.name}: fixed fee`, project.budgetAmount ?? 0));
        }
        return lines;
      };
      const lines = linesOf();
      if (lines.length === 0) continue;
      const issueDate = issueDateOf(month.start);
      const basis = {
        from: month.start,
        to: end,
        projectIds: [...new Set(lines.flatMap((line) => (line.projectId ? [line.projectId] : [])))],
        grouping: 'project' as const,
        fixedFee: {},
      };
      const client = this.clientIndex.get(month.clientId) ?? 0;
      if (
        month.fate === 'sent' &&
        daysBetween(issueDate, today) > 60 &&
        hashFloat(seed, client, monthNumber(month.start), 2) < 0.02
      ) {
        const voided = {
          id: rng.uuid(),
          clientId: month.clientId,
          currency,
          issueDate,
          status: 'void' as const,
          basis,
          lines: linesOf(),
        };
        plans.push({ ...voided, notes: 'Sent with the wrong lines: replaced by the next invoice.' });
      }
      plans.push({
        id: month.id,
        clientId: month.clientId,
        currency,
        issueDate,
        status: month.fate === 'draft' ? 'draft' : 'sent',
        lines,
        basis,
      });
    }

    const invoices = invoiceRecords(plans, settings);
    const payments: Payment[] = [];
    for (const [index, invoice] of invoices.entries()) {
      if (invoice.status !== 'sent') continue;
      const total = totalOf(invoice);
      const age = daysBetween(invoice.issueDate, today);
      const roll = hashFloat(seed, this.clientIndex.get(invoice.clientId) ?? 0, index, 3);
      const paidOn = (days: number) => addDays(invoice.issueDate, Math.min(age, days));
      const half = Math.round(total / 2);
      if (age <= 30) {
        if (roll < 0.4) payments.push(paymentOf(rng, invoice, paidOn(Math.round(roll * 50)), total));
        else if (roll < 0.6) payments.push(paymentOf(rng, invoice, paidOn(10), half));
      } else if (age <= 62) {
        // the latest sent month: due within the last month
        if (roll < 0.55) payments.push(paymentOf(rng, invoice, paidOn(5 + Math.floor(roll * 40)), total));
        else if (roll < 0.65) payments.push(paymentOf(rng, invoice, paidOn(20), half));
      } else if (age <= 180 && roll < 0.05) {
        // overdue, nothing paid
      } else if (age <= 180 && roll < 0.08) {
        payments.push(paymentOf(rng, invoice, paidOn(20), half));
      } else if (roll < 0.2) {
        payments.push(paymentOf(rng, invoice, paidOn(15), half), paymentOf(rng, invoice, paidOn(40), total - half));
      } else {
        payments.push(paymentOf(rng, invoice, paidOn(10 + Math.floor(roll * 35)), total));
      }
    }
    return { invoices, payments };
  }
}

/** The day a month's invoice is issued: the 3rd of the next month. */
function issueDateOf(monthStart: DayKey): DayKey {
  return addDays(nextMonthStart(monthStart), 2);
}

function monthNumber(day: DayKey): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
}
