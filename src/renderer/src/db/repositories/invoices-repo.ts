import { cyclesBetween } from '../../domain/budget/retainer';
import { billedMilestoneIds, draftLines, retainerCycleKey } from '../../domain/invoices/draft-lines';
import type { DraftProject, FixedFeeBilling, LineGrouping } from '../../domain/invoices/draft-lines';
import { nextInvoiceNumber, invoiceNumberError } from '../../domain/invoices/numbering';
import { dueDateFor } from '../../domain/invoices/status';
import { lineAmount } from '../../domain/invoices/totals';
import { formatDay } from '../../domain/format/format-day';
import { invoiceBasisSchema, invoiceSchema } from '../../domain/model/invoice';
import type { Invoice, InvoiceBasis, InvoiceLineInput } from '../../domain/model/invoice';
import type { Expense } from '../../domain/model/expense';
import type { TimeEntry } from '../../domain/model/time-entry';
import { isDayKey } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { ValidationError, validate } from '../../domain/validation';
import type { TrashItem } from '../../domain/model/trash-item';
import { readClock } from '../../platform/clock';
import type { TandemDb } from '../db';
import { readInvoiceWork } from '../queries/invoice-source';
import { applyEntryChanges, rollupTables } from '../rollups';
import { mustGet, readSettings, requireClient } from './lookups';
import { trashRepo } from './trash-repo';

export interface NewInvoiceInput {
  id?: string;
  clientId: string;
  issueDate: string;
  /** default: the issue date plus the payment terms in Settings */
  dueDate?: string;
  poNumber?: string;
  notes?: string;
  lines?: InvoiceLineInput[];
  discountBasisPoints?: number;
}

/** What a draft's editor may change; the client (and so the currency) is fixed once the draft exists. */
export type InvoiceDraftPatch = Partial<Omit<NewInvoiceInput, 'id' | 'clientId'>>;

export interface MarkSentOptions {
  /** the issue date to send with (default: the draft's); the due date follows it by the payment terms */
  issueDate?: string;
  /** default: the draft's, or the new issue date plus the payment terms */
  dueDate?: string;
  now?: Date;
}

/** A draft from the client's work in a period (docs/product.md, "Invoices: a draft from the work"). */
export interface InvoiceFromWorkInput {
  clientId: string;
  from: DayKey;
  to: DayKey;
  /** the client's projects to bill, in the order their lines come */
  projectIds: string[];
  grouping: LineGrouping;
  /** per fixed-fee project; one missing bills its whole fee */
  fixedFee?: Record<string, FixedFeeBilling>;
  issueDate: DayKey;
  /** for dates and amounts in line descriptions; the platform's when absent */
  locale?: string;
}

/** Drops keys given as undefined, so a patch never blanks a field it does not mention. */
function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function label(invoice: Invoice): string {
  return invoice.number ? `Invoice ${invoice.number}` : 'This draft';
}

/** Refuses any change but through the draft's own steps once an invoice is sent or void. */
function requireDraft(invoice: Invoice, doing: string): void {
  if (invoice.status === 'draft') return;
  const state = invoice.status === 'void' ? 'is void' : 'was sent';
  throw ValidationError.single('', `${label(invoice)} ${state}: it can no longer ${doing}. Only a draft can be changed.`);
}

function generationTables(db: TandemDb) {
  return [db.invoices, db.clients, db.projects, db.tasks, db.teammates, db.timeEntries, db.expenses, db.settings, db.projectMonths];
}

/** What the client's sent invoices already billed that a new draft must not bill again. */
interface BilledBefore {
  /** retainer cycles whose allowance is billed, as retainerCycleKey(projectId, cycle start) */
  cycles: Set<string>;
  /** per fixed-fee project: Σ its fee lines' amounts (lines that bill no entry or expense) */
  fees: Map<string, number>;
  /** the milestones its fee lines billed */
  milestones: Set<string>;
}

/**
 * Reads the client's sent invoices once for both. A retainer cycle counts as billed when it overlaps
 * the period of a sent invoice generated with the retainer that still has a line for it (a first
 * invoice made mid-cycle bills the cycle it began in).
 */
async function billedBefore(db: TandemDb, clientId: string, projects: readonly DraftProject[]): Promise<BilledBefore> {
  const retainers = projects.filter((project) => project.billing === 'retainer' && project.retainer);
  const fixedFees = new Set(projects.filter((project) => project.billing === 'fixed_fee').map((project) => project.id));
  if (retainers.length === 0 && fixedFees.size === 0) return { cycles: new Set(), fees: new Map(), milestones: new Set() };
  const sent = (await db.invoices.where('clientId').equals(clientId).toArray()).filter((invoice) => invoice.status === 'sent');
  const billed: BilledBefore = { cycles: new Set(), fees: new Map(), milestones: billedMilestoneIds(sent) };
  for (const invoice of sent) {
    for (const line of invoice.lines) {
      if (!line.projectId || !fixedFees.has(line.projectId)) continue;
      if (line.timeEntryIds.length > 0 || line.expenseIds.length > 0) continue;
      billed.fees.set(line.projectId, (billed.fees.get(line.projectId) ?? 0) + lineAmount(line));
    }
    const basis = invoice.basis;
    if (!basis) continue;
    for (const project of retainers) {
      const terms = project.retainer;
      if (!terms || !invoice.lines.some((line) => line.projectId === project.id)) continue;
      for (const cycle of cyclesBetween(basis.from, basis.to, terms.cycleStartDay)) {
        billed.cycles.add(retainerCycleKey(project.id, cycle.start));
      }
    }
  }
  return billed;
}

/**
 * The lines for a client's work as `basis` says, inside a transaction over generationTables.
 * Refuses projects of another client, what cannot be billed as asked, and a period with nothing to bill.
 */
async function generateLines(
  db: TandemDb,
  clientId: string,
  basis: InvoiceBasis,
  locale: string | undefined,
): Promise<InvoiceLineInput[]> {
  const client = await requireClient(db, clientId);
  const found = await db.projects.bulkGet(basis.projectIds);
  const projects: DraftProject[] = [];
  for (const project of found) {
    if (!project) throw ValidationError.single('projectIds', 'A chosen project no longer exists: choose the projects again');
    if (project.clientId !== client.id) {
      throw ValidationError.single(
        'projectIds',
        `${project.name} is not a project of ${client.name}: choose ${client.name}’s projects only`,
      );
    }
    projects.push(project);
  }
  const [settings, work, billed] = await Promise.all([
    readSettings(db),
    readInvoiceWork(db, projects, basis.from, basis.to),
    billedBefore(db, client.id, projects),
  ]);
  const { lines, problems } = draftLines({
    from: basis.from,
    to: basis.to,
    projects,
    entries: work.entries,
    expenses: work.expenses,
    taskTitles: work.taskTitles,
    personNames: work.personNames,
    grouping: basis.grouping,
    fixedFee: basis.fixedFee,
    defaultRate: settings.defaultRate,
    // Every generated line takes the default tax rate in Settings, when one is marked.
    taxes: settings.taxRates.filter((rate) => rate.isDefault).map(({ rateBasisPoints, note }) => ({ rateBasisPoints, note })),
    currency: client.currency,
    billedCycles: billed.cycles,
    feeBilled: billed.fees,
    milestonesBilled: billed.milestones,
    retainerDays: work.retainerDays,
    locale,
  });
  if (problems.length > 0) throw ValidationError.single('projectIds', problems.join('. '));
  if (lines.length === 0) {
    throw ValidationError.single(
      '',
      `Nothing to bill for ${client.name} from ${formatDay(basis.from, locale)} to ${formatDay(basis.to, locale)}: the chosen projects have no billable time or expenses in that period that are not on a sent invoice`,
    );
  }
  return lines;
}

/** The entries and expenses a draft's lines bill, read inside the caller's transaction; refuses ones gone since. */
async function sourcesOf(db: TandemDb, invoice: Invoice): Promise<{ entries: TimeEntry[]; expenses: Expense[] }> {
  const entryIds = invoice.lines.flatMap((line) => line.timeEntryIds);
  const expenseIds = invoice.lines.flatMap((line) => line.expenseIds);
  const [entries, expenses] = await Promise.all([db.timeEntries.bulkGet(entryIds), db.expenses.bulkGet(expenseIds)]);
  const foundEntries = entries.filter((entry): entry is TimeEntry => entry !== undefined);
  const foundExpenses = expenses.filter((expense): expense is Expense => expense !== undefined);
  if (foundEntries.length < entryIds.length) {
    throw ValidationError.single('lines', `${label(invoice)} bills a time entry that was deleted: regenerate the draft`);
  }
  if (foundExpenses.length < expenseIds.length) {
    throw ValidationError.single('lines', `${label(invoice)} bills an expense that was deleted: regenerate the draft`);
  }
  return { entries: foundEntries, expenses: foundExpenses };
}

/** Sets (or with `invoiceId` undefined, clears) the invoice that bills the entries and expenses, with their rollups. */
async function stampSources(
  db: TandemDb,
  sources: { entries: TimeEntry[]; expenses: Expense[] },
  invoiceId: string | undefined,
): Promise<void> {
  const stamp = <T extends { invoiceId?: string | undefined }>(record: T): T => {
    const { invoiceId: _old, ...rest } = record;
    return (invoiceId === undefined ? rest : { ...rest, invoiceId }) as T;
  };
  const entries = sources.entries.map(stamp);
  const expenses = sources.expenses.map(stamp);
  await db.timeEntries.bulkPut(entries);
  await db.expenses.bulkPut(expenses);
  await applyEntryChanges(db, {
    removedEntries: sources.entries,
    addedEntries: entries,
    removedExpenses: sources.expenses,
    addedExpenses: expenses,
  });
}

// Invoices: drafts are edited freely; marking one sent gives it the next number from the pattern in
// Settings and freezes it; voiding keeps the number. Paid, partially paid and overdue are derived
// (domain/invoices/status.ts). A draft is deleted through the trash; a sent invoice only voided.
export function invoicesRepo(db: TandemDb) {
  return {
    async createDraft(input: NewInvoiceInput): Promise<Invoice> {
      return db.transaction('rw', [db.invoices, db.clients, db.settings], async () => {
        const client = await requireClient(db, input.clientId);
        const settings = await readSettings(db);
        const dueDate =
          input.dueDate ?? (isDayKey(input.issueDate) ? dueDateFor(input.issueDate, settings.paymentTermsDays) : undefined);
        const invoice = validate(invoiceSchema, {
          ...defined(input),
          dueDate,
          status: 'draft',
          number: '',
          currency: client.currency,
        });
        await db.invoices.add(invoice);
        return invoice;
      });
    },

    /**
     * A draft from the client's work in a period: its lines from draftLines, its basis kept so it can
     * be regenerated. Refuses a period with nothing to bill, saying so.
     */
    async createFromWork(input: InvoiceFromWorkInput): Promise<Invoice> {
      const basis = validate(invoiceBasisSchema, {
        from: input.from,
        to: input.to,
        projectIds: input.projectIds,
        grouping: input.grouping,
        fixedFee: input.fixedFee ?? {},
      });
      if (!isDayKey(input.issueDate))
        throw ValidationError.single('issueDate', 'Issue date must be a real day written YYYY-MM-DD');
      return db.transaction('rw', generationTables(db), async () => {
        const lines = await generateLines(db, input.clientId, basis, input.locale);
        const client = await requireClient(db, input.clientId);
        const settings = await readSettings(db);
        const invoice = validate(invoiceSchema, {
          clientId: client.id,
          issueDate: input.issueDate,
          dueDate: dueDateFor(input.issueDate, settings.paymentTermsDays),
          status: 'draft',
          number: '',
          currency: client.currency,
          lines,
          basis,
        });
        await db.invoices.add(invoice);
        return invoice;
      });
    },

    /**
     * Generates a draft's lines again from its basis and the work as it is now: the generated lines
     * (those that name a project) are replaced, lines typed by hand kept after them; the other fields
     * stay. Refused for a draft typed by hand, and once sent or void.
     */
    async regenerateDraft(id: string, options: { locale?: string } = {}): Promise<Invoice> {
      return db.transaction('rw', generationTables(db), async () => {
        const old = await mustGet('invoice', id, (key) => db.invoices.get(key));
        requireDraft(old, 'be regenerated');
        if (!old.basis) {
          throw ValidationError.single(
            '',
            'This draft was not made from tracked work, so there is nothing to regenerate it from',
          );
        }
        const lines = await generateLines(db, old.clientId, old.basis, options.locale);
        const typed = old.lines.filter((line) => line.projectId === undefined);
        const invoice = validate(invoiceSchema, { ...old, lines: [...lines, ...typed] });
        await db.invoices.put(invoice);
        return invoice;
      });
    },

    /** Changes a draft's fields or lines (lines given replace all of them); refused once sent or void. */
    async updateDraft(id: string, patch: InvoiceDraftPatch): Promise<Invoice> {
      return db.transaction('rw', db.invoices, async () => {
        const old = await mustGet('invoice', id, (key) => db.invoices.get(key));
        requireDraft(old, 'be edited');
        const invoice = validate(invoiceSchema, { ...old, ...defined(patch), id: old.id });
        await db.invoices.put(invoice);
        return invoice;
      });
    },

    /**
     * Sends a draft: gives it the next number for its issue date (counting every number given,
     * void invoices' too) and the time it was sent, and marks every time entry and expense its lines
     * bill as invoiced by it (their rollups in the same transaction). Refuses an empty draft, one that
     * bills a time entry or expense already on another sent invoice, and one whose sources were deleted.
     */
    async markSent(id: string, options: MarkSentOptions = {}): Promise<Invoice> {
      const now = options.now ?? readClock();
      return db.transaction('rw', [db.invoices, db.settings, db.timeEntries, db.expenses, ...rollupTables(db)], async () => {
        const old = await mustGet('invoice', id, (key) => db.invoices.get(key));
        requireDraft(old, 'be sent again');
        if (old.lines.length === 0) {
          throw ValidationError.single('lines', 'Add at least one line before marking the invoice sent');
        }
        const issueDate = options.issueDate ?? old.issueDate;
        if (!isDayKey(issueDate)) throw ValidationError.single('issueDate', 'Issue date must be a real day written YYYY-MM-DD');
        const settings = await readSettings(db);
        const dueDate =
          options.dueDate ?? (options.issueDate === undefined ? old.dueDate : dueDateFor(issueDate, settings.paymentTermsDays));

        // An entry or expense on a sent invoice carries its id (stamped below), so this reads only the draft's own sources.
        const sources = await sourcesOf(db, old);
        if (sources.entries.some((entry) => entry.invoiceId !== undefined)) {
          throw ValidationError.single('lines', 'A time entry on this draft is already on a sent invoice: regenerate the draft');
        }
        if (sources.expenses.some((expense) => expense.invoiceId !== undefined)) {
          throw ValidationError.single('lines', 'An expense on this draft is already on a sent invoice: regenerate the draft');
        }

        const used = (await db.invoices.orderBy('number').uniqueKeys()).filter(
          (key): key is string => typeof key === 'string' && key !== '',
        );
        const next = nextInvoiceNumber(settings.invoiceNumberPattern, issueDate, used);
        if (!next.ok) throw ValidationError.single('number', `${next.error} (Settings, Invoices)`);
        const taken = invoiceNumberError(next.value, used);
        if (taken) throw ValidationError.single('number', taken);

        const invoice = validate(invoiceSchema, {
          ...old,
          issueDate,
          dueDate,
          status: 'sent',
          number: next.value,
          sentAt: now.toISOString(),
        });
        await db.invoices.put(invoice);
        await stampSources(db, sources, invoice.id);
        return invoice;
      });
    },

    /**
     * Voids a sent invoice: it keeps its number (never given again) and frees its time and expenses
     * to be billed again (their invoiceId cleared, rollups in the same transaction). Refused for a
     * draft (delete it instead) and while payments are recorded.
     */
    async voidInvoice(id: string): Promise<Invoice> {
      return db.transaction('rw', [db.invoices, db.payments, db.timeEntries, db.expenses, ...rollupTables(db)], async () => {
        const old = await mustGet('invoice', id, (key) => db.invoices.get(key));
        if (old.status === 'void') throw ValidationError.single('', `Invoice ${old.number} is already void`);
        if (old.status === 'draft')
          throw ValidationError.single('', 'A draft has no number to keep: delete it instead of voiding it');
        const payments = await db.payments.where('invoiceId').equals(id).count();
        if (payments > 0) {
          throw ValidationError.single(
            '',
            `Invoice ${old.number} has ${payments === 1 ? 'a payment' : `${payments} payments`} recorded: delete ${payments === 1 ? 'it' : 'them'} before voiding the invoice`,
          );
        }
        const invoice = validate(invoiceSchema, { ...old, status: 'void' });
        await db.invoices.put(invoice);
        // Only what this invoice stamped: an entry deleted meanwhile is skipped, one billed elsewhere left alone.
        const [entries, expenses] = await Promise.all([
          db.timeEntries.bulkGet(old.lines.flatMap((line) => line.timeEntryIds)),
          db.expenses.bulkGet(old.lines.flatMap((line) => line.expenseIds)),
        ]);
        await stampSources(
          db,
          {
            entries: entries.filter((entry): entry is TimeEntry => entry?.invoiceId === id),
            expenses: expenses.filter((expense): expense is Expense => expense?.invoiceId === id),
          },
          undefined,
        );
        return invoice;
      });
    },

    /** Moves a draft to the trash (Undo restores it exactly); a sent or void invoice is refused. */
    deleteDraft(id: string, now: Date = readClock()): Promise<TrashItem> {
      return trashRepo(db).moveToTrash('invoices', id, now);
    },
  };
}
