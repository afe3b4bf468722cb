import { retainerHealth, cyclesBetween } from '../budget/retainer';
import type { DayFigures } from '../budget/types';
import { formatDay } from '../format/format-day';
import { formatMinutes } from '../format/format-duration';
import { formatMoney } from '../format/format-money';
import { BASIS_POINTS_PER_WHOLE, MAX_INVOICE_LINES } from '../model/invoice';
import type { FixedFeeBilling, Invoice, InvoiceLineInput, LineGrouping, LineTax } from '../model/invoice';
import type { Expense } from '../model/expense';
import { OWNER_PERSON_ID, personOf } from '../model/person';
import type { Project } from '../model/project';
import type { TimeEntry } from '../model/time-entry';
import type { DayKey } from '../time/day-key';
import { money } from '../units/money';
import { divideRounded } from '../units/rounding';

export { LINE_GROUPINGS } from '../model/invoice';
export type { FixedFeeBilling, LineGrouping } from '../model/invoice';

// A draft invoice's lines for one client, generated from its work in a period (docs/product.md,
// "Invoices: a draft from the work"). Pure: the caller reads the records, this decides what is billed.
// - Time and materials: billable time not yet on a sent invoice, grouped per project, task, person, day
//   or entry; every line is within one project and one rate snapshot (a group that mixes rates is split
//   per rate), quantity in minutes at the rate. A group's amount is rounded once on its minutes, so it
//   may differ by a cent from the sum of its entries rounded one by one (docs/decisions.md).
// - Fixed fee: what is left of the fee (the budget amount) after sent invoices, a milestone's equal
//   share of it, or a percentage; never hours, and never more than is left of the fee.
// - Retainer: each cycle in the period bills its allowance at the project's rate, once (a cycle that
//   began before the period only when none of its time is invoiced yet: a retainer's first invoice may
//   start mid-cycle); the billable minutes logged in a cycle beyond its allowance (plus what rolled
//   over) bill as overage.
// - Billable expenses of any billable project: one line each, with their note.
// Non-billable time and expenses, and non-billable projects, never bill.

export type DraftProject = Pick<
  Project,
  'id' | 'name' | 'billing' | 'budgetAmount' | 'defaultRate' | 'milestones' | 'retainer' | 'startDay' | 'changeRequests'
>;

/** A generated line: always bills one project. */
export type DraftLine = InvoiceLineInput & { projectId: string; quantity: number; unitPrice: number };

export interface DraftLinesInput {
  from: DayKey;
  to: DayKey;
  /** the chosen projects, in the order their lines come */
  projects: readonly DraftProject[];
  /**
   * the chosen projects' time entries: at least every one in [from, to], and for a retainer every one
   * from the start of the cycle holding `from`. Entries with an invoiceId are never billed again; for a
   * retainer they count towards their cycle's allowance.
   */
  entries: readonly TimeEntry[];
  /** the chosen projects' expenses, at least every one in [from, to] */
  expenses: readonly Expense[];
  /** task titles by task id, for descriptions */
  taskTitles: ReadonlyMap<string, string>;
  /** teammates' names by id, for lines per person (the owner's time reads "your time"); absent: none known */
  personNames?: ReadonlyMap<string, string>;
  grouping: LineGrouping;
  /** per fixed-fee project id; a fixed-fee project missing here bills its whole fee */
  fixedFee?: Readonly<Record<string, FixedFeeBilling>>;
  /** minor units per hour; a retainer without a rate of its own bills its hours at this (Settings' default rate) */
  defaultRate: number;
  /** the taxes every generated line takes (Settings' default tax rate), possibly none */
  taxes: readonly LineTax[];
  /** the client's currency, for the rate shown in a description */
  currency: string;
  /**
   * per fixed-fee project id: what sent invoices already billed of its fee (Σ its fee lines' amounts,
   * minor units); a draft never takes the fee's billed total past the fee
   */
  feeBilled?: ReadonlyMap<string, number>;
  /** fixed-fee milestones a sent invoice already billed (their lines' milestoneId): never billed twice */
  milestonesBilled?: ReadonlySet<string>;
  /** retainer cycles whose allowance a sent invoice already billed, as retainerCycleKey(projectId, start) */
  billedCycles?: ReadonlySet<string>;
  /**
   * per retainer project with rollover: billable minutes per day (`minutes`) from its first day up to
   * `to`, to know what rolled into each cycle
   */
  retainerDays?: ReadonlyMap<string, readonly DayFigures[]>;
  /** for dates and amounts in descriptions; the platform's when absent */
  locale?: string;
}

export interface DraftLinesResult {
  lines: DraftLine[];
  /** why a chosen project cannot be billed as asked; a draft with any is refused */
  problems: string[];
}

/** The key of a retainer cycle in `billedCycles`. */
export function retainerCycleKey(projectId: string, cycleStart: DayKey): string {
  return `${projectId}|${cycleStart}`;
}

/** An entry is billed as time when it is billable, in the period and on no sent invoice. */
function open(item: { billable: boolean; day: DayKey; invoiceId?: string | undefined }, from: DayKey, to: DayKey): boolean {
  return item.billable && !item.invoiceId && item.day >= from && item.day <= to;
}

function byStart(a: TimeEntry, b: TimeEntry): number {
  return a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const MAX_DESCRIPTION = 1000;
function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** The milestones the lines of `invoices` (the sent ones) bill: each is billed once. */
export function billedMilestoneIds(invoices: readonly Pick<Invoice, 'lines'>[]): Set<string> {
  return new Set(invoices.flatMap((invoice) => invoice.lines.flatMap((line) => (line.milestoneId ? [line.milestoneId] : []))));
}

/** A fixed-fee project's fee split equally across its milestones: the first (fee mod n) get one minor unit more, so the shares add up to the fee. */
export function milestoneShares(fee: number, milestoneCount: number): number[] {
  if (milestoneCount <= 0) return [];
  const base = Math.floor(fee / milestoneCount);
  const extra = fee - base * milestoneCount;
  return Array.from({ length: milestoneCount }, (_, index) => base + (index < extra ? 1 : 0));
}

/** `basisPoints` of the fee (2500 = 25 %), rounded once half away from zero. */
export function feePercentage(fee: number, basisPoints: number): number {
  return divideRounded(fee * basisPoints, BASIS_POINTS_PER_WHOLE);
}

function percentText(basisPoints: number): string {
  return `${String(basisPoints / 100)} %`;
}

export function draftLines(input: DraftLinesInput): DraftLinesResult {
  const lines: DraftLine[] = [];
  const problems: string[] = [];
  const day = (key: DayKey, style: 'medium' | 'long' = 'medium') => formatDay(key, input.locale, style);
  const span = (first: DayKey, last: DayKey) => (first === last ? day(first) : `${day(first)} – ${day(last)}`);
  const rateText = (rate: number) => `${formatMoney(money(rate, input.currency), input.locale)}/h`;
  const taxes = () => input.taxes.map((tax) => ({ ...tax }));
  const timeLine = (project: DraftProject, description: string, entries: readonly TimeEntry[], rate: number): DraftLine => ({
    description: clip(description),
    unit: 'hours',
    quantity: entries.reduce((sum, entry) => sum + entry.minutes, 0),
    unitPrice: rate,
    taxes: taxes(),
    timeEntryIds: entries.map((entry) => entry.id),
    expenseIds: [],
    projectId: project.id,
  });
  const unitLine = (project: DraftProject, description: string, amount: number, expenseIds: string[] = []): DraftLine => ({
    description: clip(description),
    unit: 'units',
    quantity: 1000,
    unitPrice: amount,
    taxes: taxes(),
    timeEntryIds: [],
    expenseIds,
    projectId: project.id,
  });

  const entriesOf = groupBy(input.entries, (entry) => entry.projectId);
  const expensesOf = groupBy(input.expenses, (expense) => expense.projectId);

  for (const project of input.projects) {
    const entries = [...(entriesOf.get(project.id) ?? [])].sort(byStart);
    switch (project.billing) {
      case 'non_billable':
        problems.push(`${project.name} is not billable: leave it out of the invoice`);
        continue;
      case 'time_and_materials':
        lines.push(
          ...timeLines(
            project,
            entries.filter((entry) => open(entry, input.from, input.to)),
          ),
        );
        break;
      case 'fixed_fee':
        fixedFeeLine(project);
        break;
      case 'retainer':
        retainerLines(project, entries);
        break;
    }
    const expenses = (expensesOf.get(project.id) ?? [])
      .filter((expense) => open(expense, input.from, input.to))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : 1));
    for (const expense of expenses) {
      const note = expense.note ? `: ${expense.note}` : '';
      lines.push(unitLine(project, `${project.name}, expense of ${day(expense.day)}${note}`, expense.amount, [expense.id]));
    }
  }
  if (lines.length > MAX_INVOICE_LINES) {
    problems.push(
      `This would make ${lines.length} lines, more than the ${MAX_INVOICE_LINES} an invoice can hold: group the time per project, task or person, or shorten the period`,
    );
  }
  return { lines, problems };

  function timeLines(project: DraftProject, entries: readonly TimeEntry[]): DraftLine[] {
    if (input.grouping === 'entry') {
      return entries.map((entry) => {
        const task = entry.taskId ? input.taskTitles.get(entry.taskId) : undefined;
        const what = [task, entry.note].filter(Boolean).join(': ');
        return timeLine(project, `${project.name}, ${day(entry.day)}${what ? `: ${what}` : ''}`, [entry], entry.rateSnapshot);
      });
    }
    // Groups in the order their first entry was logged; each split per rate, lowest rate first.
    const groups = groupBy(entries, (entry) => groupKey(entry));
    const result: DraftLine[] = [];
    for (const group of groups.values()) {
      const first = group[0];
      const last = group.at(-1);
      if (!first || !last) continue;
      const byRate = [...groupBy(group, (entry) => entry.rateSnapshot)].sort(([a], [b]) => a - b);
      const base = groupDescription(project, first, last);
      for (const [rate, rated] of byRate) {
        result.push(timeLine(project, byRate.length > 1 ? `${base}, at ${rateText(rate)}` : base, rated, rate));
      }
    }
    return result;
  }

  function groupKey(entry: TimeEntry): string {
    switch (input.grouping) {
      case 'task':
        return entry.taskId ?? '';
      case 'day':
        return entry.day;
      case 'person':
        return personOf(entry);
      default:
        return '';
    }
  }

  function groupDescription(project: DraftProject, first: TimeEntry, last: TimeEntry): string {
    switch (input.grouping) {
      case 'task': {
        const title = first.taskId ? input.taskTitles.get(first.taskId) : undefined;
        return `${project.name}: ${title ?? 'time without a task'}, ${span(first.day, last.day)}`;
      }
      case 'day':
        return `${project.name}, ${day(first.day, 'long')}`;
      case 'person': {
        const person = personOf(first);
        const name = person === OWNER_PERSON_ID ? undefined : (input.personNames?.get(person) ?? 'a former teammate');
        return `${project.name}: ${name === undefined ? 'your time' : `${name}’s time`}, ${span(first.day, last.day)}`;
      }
      default:
        return `${project.name}: time, ${span(first.day, last.day)}`;
    }
  }

  function fixedFeeLine(project: DraftProject): void {
    const fee = project.budgetAmount;
    if (fee === undefined || fee <= 0) {
      problems.push(`${project.name} is a fixed fee without a budget amount: set its fee on the project first`);
      return;
    }
    const billed = input.feeBilled?.get(project.id) ?? 0;
    const left = fee - billed;
    const amountText = (amount: number) => formatMoney(money(amount, input.currency), input.locale);
    if (left <= 0) {
      problems.push(`${project.name}: its whole fixed fee of ${amountText(fee)} is already on sent invoices`);
      return;
    }
    /** A part of the fee, refused when it would bill more than is left of it. */
    const feePart = (description: string, amount: number, milestoneId?: string): void => {
      if (amount > left) {
        problems.push(
          `${project.name}: that part is ${amountText(amount)}, but only ${amountText(left)} of its ${amountText(fee)} fee is not on a sent invoice yet`,
        );
        return;
      }
      lines.push({ ...unitLine(project, description, amount), ...(milestoneId ? { milestoneId } : {}) });
    };
    const billing = input.fixedFee?.[project.id] ?? { kind: 'fee' };
    if (billing.kind === 'fee') {
      // What is left of the fee: all of it on a first invoice.
      const description =
        billed === 0
          ? `${project.name}: fixed fee`
          : `${project.name}: rest of the fixed fee (${amountText(billed)} of ${amountText(fee)} billed before)`;
      lines.push(unitLine(project, description, left));
    } else if (billing.kind === 'percent') {
      feePart(`${project.name}: ${percentText(billing.basisPoints)} of the fixed fee`, feePercentage(fee, billing.basisPoints));
    } else {
      const index = project.milestones.findIndex((milestone) => milestone.id === billing.milestoneId);
      const milestone = project.milestones[index];
      const share = milestoneShares(fee, project.milestones.length)[index];
      if (!milestone || share === undefined) {
        problems.push(`${project.name} has no such milestone any more: choose another`);
        return;
      }
      if (input.milestonesBilled?.has(milestone.id)) {
        problems.push(`${project.name}: milestone ${milestone.name} is already on a sent invoice: choose another milestone or a part of the fee`);
        return;
      }
      feePart(`${project.name}: milestone ${milestone.name} (${index + 1} of ${project.milestones.length})`, share, milestone.id);
    }
  }

  function retainerLines(project: DraftProject, entries: readonly TimeEntry[]): void {
    const terms = project.retainer;
    if (!terms) {
      problems.push(`${project.name} is a retainer without its terms: set its monthly allowance first`);
      return;
    }
    const rate = project.defaultRate ?? input.defaultRate;
    const allowance = terms.allowanceMinutesPerMonth;
    const carried = carriedIn(project);
    for (const cycle of cyclesBetween(input.from, input.to, terms.cycleStartDay)) {
      const inCycle = entries.filter((entry) => entry.billable && entry.day >= cycle.start && entry.day <= cycle.end);
      // Minutes already billed in this cycle come first; then this period's entries in the order logged.
      let used = inCycle.filter((entry) => entry.invoiceId).reduce((sum, entry) => sum + entry.minutes, 0);
      const threshold = allowance + (carried.get(cycle.start) ?? 0);
      const overageBefore = Math.max(0, used - threshold);
      const withinAllowance: TimeEntry[] = [];
      const beyond: TimeEntry[] = [];
      for (const entry of inCycle.filter((item) => open(item, input.from, input.to))) {
        used += entry.minutes;
        (used > threshold ? beyond : withinAllowance).push(entry);
      }
      const overage = Math.max(0, used - threshold) - overageBefore;
      const cycleSpan = span(cycle.start, cycle.end);
      // A cycle that began before the period is billed here only when nothing of it was invoiced yet
      // (the first invoice of a retainer, made mid-cycle); otherwise an earlier invoice covered it.
      const earlierInvoiceCovered = cycle.start < input.from && inCycle.some((entry) => entry.invoiceId);
      const billsAllowance = !earlierInvoiceCovered && !input.billedCycles?.has(retainerCycleKey(project.id, cycle.start));
      if (billsAllowance) {
        lines.push({
          ...timeLine(
            project,
            `${project.name}: retainer, ${cycleSpan} (${formatMinutes(allowance)} a month)`,
            withinAllowance,
            rate,
          ),
          quantity: allowance,
        });
      }
      if (overage > 0) {
        // An entry the allowance could not hold goes here; without an allowance line on this draft,
        // the cycle's other entries of the period ride with the overage, which they led to.
        const billed = billsAllowance ? beyond : [...withinAllowance, ...beyond].sort(byStart);
        lines.push({
          ...timeLine(project, `${project.name}: hours beyond the allowance, ${cycleSpan}`, billed, rate),
          quantity: overage,
        });
      }
    }
  }

  /** With rollover, the minutes each cycle carried in from the one before (by cycle start). */
  function carriedIn(project: DraftProject): Map<DayKey, number> {
    const terms = project.retainer;
    const days = input.retainerDays?.get(project.id);
    if (!terms?.rollover || !days) return new Map();
    const health = retainerHealth({ project, terms, days, blocks: [], today: input.to });
    return new Map(health.cycles.map((cycle) => [cycle.start, cycle.carriedIn]));
  }
}

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
