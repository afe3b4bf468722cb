import { invoicedRefusal } from '../../domain/invoices/invoiced-lock';
import type { InvoicedChange, InvoicedRecordKind } from '../../domain/invoices/invoiced-lock';
import { ValidationError } from '../../domain/validation';
import type { TandemDb } from '../db';

/** How a caller says the user was asked and agreed to change or delete a record on a sent invoice. */
export interface InvoicedChangeOptions {
  /** the user saw which invoice bills the record and chose to go on */
  confirmInvoiced?: boolean;
}

/**
 * Refuses a change to a time entry or expense on a sent invoice unless confirmed, naming the invoice.
 * Runs inside the caller's transaction, which must include the invoices table.
 */
export async function requireInvoicedConfirmed(
  db: TandemDb,
  record: { invoiceId?: string | undefined },
  kind: InvoicedRecordKind,
  change: InvoicedChange,
  options: InvoicedChangeOptions,
): Promise<void> {
  if (record.invoiceId === undefined || options.confirmInvoiced) return;
  const invoice = await db.invoices.get(record.invoiceId);
  throw ValidationError.single('', invoicedRefusal(kind, invoice?.number || record.invoiceId, change));
}
