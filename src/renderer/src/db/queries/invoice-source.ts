import { cycleStartOf } from '../../domain/budget/retainer';
import type { DayFigures } from '../../domain/budget/types';
import { billedMilestoneIds, milestoneShares } from '../../domain/invoices/draft-lines';
import type { DraftProject } from '../../domain/invoices/draft-lines';
import type { Client } from '../../domain/model/client';
import type { Expense } from '../../domain/model/expense';
import type { BillingType, Project } from '../../domain/model/project';
import type { Milestone, RetainerTerms } from '../../domain/model/project-parts';
import type { TimeEntry } from '../../domain/model/time-entry';
import { uninvoicedMinor } from '../../domain/rollup-figures';
import type { DayKey } from '../../domain/time/day-key';
import { minDayKey } from '../../domain/time/day-key';
import type { CurrencyCode } from '../../domain/units/money';
import type { TandemDb } from '../db';
import { OWNER_PERSON_ID, personOf } from '../../domain/model/person';
import { readSettings } from '../repositories/lookups';
import { projectDays } from '../rollup-store';

// What a new invoice can bill (the New invoice dialog) and the work a draft is generated from. Every
// read goes through an index: projects by client, rollups by project, entries and expenses by
// [projectId+day] over the period; never a scan of every entry.

export interface InvoiceMilestoneChoice extends Pick<Milestone, 'id' | 'name' | 'due' | 'doneAt'> {
  /** the milestone's equal share of the fee, minor units (domain/invoices/draft-lines.ts) */
  shareMinor: number;
  /** on a sent invoice already: it is not billed again */
  billed: boolean;
}

export interface InvoiceProjectChoice {
  id: string;
  name: string;
  code: string;
  billing: Exclude<BillingType, 'non_billable'>;
  status: Project['status'];
  archived: boolean;
  /**
   * time and materials: billable time and expenses on no sent invoice, from the rollups, minor units
   * in the client's currency; null for a fixed fee or retainer (they bill a fee, not their hours)
   */
  uninvoicedMinor: number | null;
  /** the first day with uninvoiced billable work (time and materials), null when none */
  earliestUninvoicedDay: DayKey | null;
  /** fixed fee: the fee (the budget amount; null when unset, so nothing can be billed) and the milestones' shares */
  fixedFee: { feeMinor: number | null; milestones: InvoiceMilestoneChoice[] } | null;
  /** retainer: its terms and the rate its allowance and overage are billed at (minor units per hour) */
  retainer: (RetainerTerms & { rateMinor: number }) | null;
}

export interface InvoiceChoices {
  client: Client;
  currency: CurrencyCode;
  /** the client's billable projects: unarchived ones, and archived ones with uninvoiced work; by name */
  projects: InvoiceProjectChoice[];
  /** the earliest uninvoiced day over the time-and-materials projects (the dialog's default From), null when none */
  earliestUninvoicedDay: DayKey | null;
  /** the dialog's default To */
  today: DayKey;
}

/** The first day of a project whose billable time and expenses are not all on sent invoices, from the per-day rollups. */
async function earliestUninvoiced(db: TandemDb, projectId: string): Promise<DayKey | null> {
  const row = (await projectDays(db, projectId)).find((day) => uninvoicedMinor(day) > 0);
  return row?.day ?? null;
}

/** The client's billable projects with what each can bill, for the New invoice dialog. Undefined when the client does not exist. */
export async function loadInvoiceChoices(db: TandemDb, clientId: string, today: DayKey): Promise<InvoiceChoices | undefined> {
  const client = await db.clients.get(clientId);
  if (!client) return undefined;
  const [projects, settings, invoices] = await Promise.all([
    db.projects.where('clientId').equals(clientId).toArray(),
    readSettings(db),
    db.invoices.where('clientId').equals(clientId).toArray(),
  ]);
  const billedMilestones = billedMilestoneIds(invoices.filter((invoice) => invoice.status === 'sent'));
  const billable = projects.filter((project) => project.billing !== 'non_billable');
  const totals = await db.projectTotals.bulkGet(billable.map((project) => project.id));
  const choices: InvoiceProjectChoice[] = [];
  for (const [index, project] of billable.entries()) {
    if (project.billing === 'non_billable') continue;
    const row = totals[index];
    const timeAndMaterials = project.billing === 'time_and_materials';
    const open = timeAndMaterials && row ? uninvoicedMinor(row) : 0;
    if (project.archived && open <= 0) continue;
    const fee = project.budgetAmount ?? null;
    const shares = milestoneShares(fee ?? 0, project.milestones.length);
    choices.push({
      id: project.id,
      name: project.name,
      code: project.code,
      billing: project.billing,
      status: project.status,
      archived: project.archived,
      uninvoicedMinor: timeAndMaterials ? open : null,
      earliestUninvoicedDay: open > 0 ? await earliestUninvoiced(db, project.id) : null,
      fixedFee:
        project.billing === 'fixed_fee'
          ? {
              feeMinor: fee,
              milestones: project.milestones.map((milestone, at) => ({
                id: milestone.id,
                name: milestone.name,
                due: milestone.due,
                ...(milestone.doneAt ? { doneAt: milestone.doneAt } : {}),
                shareMinor: shares[at] ?? 0,
                billed: billedMilestones.has(milestone.id),
              })),
            }
          : null,
      retainer:
        project.billing === 'retainer' && project.retainer
          ? { ...project.retainer, rateMinor: project.defaultRate ?? settings.defaultRate }
          : null,
    });
  }
  choices.sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
  const days = choices.map((choice) => choice.earliestUninvoicedDay).filter((day): day is DayKey => day !== null);
  return {
    client,
    currency: client.currency,
    projects: choices,
    earliestUninvoicedDay: days.length === 0 ? null : days.reduce(minDayKey),
    today,
  };
}

/** The work a draft is generated from, read inside the caller's transaction (timeEntries, expenses, tasks, teammates, projectDays). */
export interface InvoiceWork {
  entries: TimeEntry[];
  expenses: Expense[];
  taskTitles: Map<string, string>;
  /** names of the teammates who logged the entries, by id (lines per person) */
  personNames: Map<string, string>;
  /** billable minutes per day of each retainer with rollover, from its first day to `to` */
  retainerDays: Map<string, DayFigures[]>;
}

/**
 * The chosen projects' entries and expenses in [from, to] through the [projectId+day] index; for a
 * retainer from the start of the cycle holding `from`, since the cycle's earlier time counts towards
 * its allowance.
 */
export async function readInvoiceWork(
  db: TandemDb,
  projects: readonly DraftProject[],
  from: DayKey,
  to: DayKey,
): Promise<InvoiceWork> {
  const entries: TimeEntry[] = [];
  const expenses: Expense[] = [];
  const retainerDays = new Map<string, DayFigures[]>();
  for (const project of projects) {
    const start =
      project.retainer && project.billing === 'retainer'
        ? minDayKey(from, cycleStartOf(from, project.retainer.cycleStartDay))
        : from;
    const range = [
      [project.id, start],
      [project.id, to],
    ] as const;
    entries.push(...(await db.timeEntries.where('[projectId+day]').between(range[0], range[1], true, true).toArray()));
    expenses.push(
      ...(await db.expenses.where('[projectId+day]').between([project.id, from], [project.id, to], true, true).toArray()),
    );
    if (project.billing === 'retainer' && project.retainer?.rollover) {
      const rows = await projectDays(db, project.id, undefined, to);
      retainerDays.set(
        project.id,
        rows.map((row) => ({
          day: row.day,
          minutes: row.billableMinutes,
          amountMinor: row.billableAmountMinor,
          expensesMinor: row.billableExpensesMinor,
        })),
      );
    }
  }
  const taskIds = [...new Set(entries.map((entry) => entry.taskId).filter((id): id is string => id !== undefined))];
  const tasks = await db.tasks.bulkGet(taskIds);
  const taskTitles = new Map(tasks.flatMap((task) => (task ? [[task.id, task.title] as const] : [])));
  const teammates = await db.teammates.bulkGet([...new Set(entries.map(personOf))].filter((id) => id !== OWNER_PERSON_ID));
  const personNames = new Map(teammates.flatMap((teammate) => (teammate ? [[teammate.id, teammate.name] as const] : [])));
  return { entries, expenses, taskTitles, personNames, retainerDays };
}

/** The numbers of the sent invoices among `invoiceIds` (what an invoiced entry or expense shows), by invoice id. */
export async function invoiceNumbers(db: TandemDb, invoiceIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(invoiceIds)];
  const invoices = await db.invoices.bulkGet(ids);
  return new Map(
    invoices.flatMap((invoice) => (invoice && invoice.status === 'sent' ? [[invoice.id, invoice.number] as const] : [])),
  );
}
