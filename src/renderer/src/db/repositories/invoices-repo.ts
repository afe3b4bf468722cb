import { nextInvoiceNumber, invoiceNumberError } from '../../domain/invoices/numbering';
import { dueDateFor } from '../../domain/invoices/status';
import { invoicedSources } from '../../domain/invoices/uninvoiced';
import { invoiceSchema } from '../../domain/model/invoice';
import type { Invoice, InvoiceLineInput } from '../../domain/model/invoice';
import { isDayKey } from '../../domain/time/day-key';
import { ValidationError, validate } from '../../domain/validation';
import type { TrashItem } from '../../domain/model/trash-item';
import { readClock } from '../../platform/clock';
import type { TandemDb } from '../db';
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
     * void invoices' too) and the time it was sent. Refuses an empty draft and one that bills a
     * time entry or expense already on another sent invoice.
     */
    async markSent(id: string, options: MarkSentOptions = {}): Promise<Invoice> {
      const now = options.now ?? readClock();
      return db.transaction('rw', [db.invoices, db.settings], async () => {
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

        const billed = invoicedSources(await db.invoices.where('status').equals('sent').toArray());
        const lines = old.lines;
        if (lines.some((line) => line.timeEntryIds.some((entryId) => billed.entryIds.has(entryId)))) {
          throw ValidationError.single('lines', 'A time entry on this draft is already on a sent invoice: regenerate the draft');
        }
        if (lines.some((line) => line.expenseIds.some((expenseId) => billed.expenseIds.has(expenseId)))) {
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
        return invoice;
      });
    },

    /**
     * Voids a sent invoice: it keeps its number (never given again) and frees its time and expenses
     * to be billed again. Refused for a draft (delete it instead) and while payments are recorded.
     */
    async voidInvoice(id: string): Promise<Invoice> {
      return db.transaction('rw', [db.invoices, db.payments], async () => {
        const old = await mustGet('invoice', id, (key) => db.invoices.get(key));
        if (old.status === 'void') throw ValidationError.single('', `Invoice ${old.number} is already void`);
        if (old.status === 'draft') throw ValidationError.single('', 'A draft has no number to keep: delete it instead of voiding it');
        const payments = await db.payments.where('invoiceId').equals(id).count();
        if (payments > 0) {
          throw ValidationError.single(
            '',
            `Invoice ${old.number} has ${payments === 1 ? 'a payment' : `${payments} payments`} recorded: delete ${payments === 1 ? 'it' : 'them'} before voiding the invoice`,
          );
        }
        const invoice = validate(invoiceSchema, { ...old, status: 'void' });
        await db.invoices.put(invoice);
        return invoice;
      });
    },

    /** Moves a draft to the trash (Undo restores it exactly); a sent or void invoice is refused. */
    deleteDraft(id: string, now: Date = readClock()): Promise<TrashItem> {
      return trashRepo(db).moveToTrash('invoices', id, now);
    },
  };
}
