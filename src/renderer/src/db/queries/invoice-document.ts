import type { Client } from '../../domain/model/client';
import type { Invoice } from '../../domain/model/invoice';
import type { Payment } from '../../domain/model/payment';
import type { Settings } from '../../domain/model/settings';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';

// Reads for the printable invoice and for Settings → Invoices.

/** Every invoice number already given (void invoices keep theirs), read as the index's keys only. */
export async function usedInvoiceNumbers(db: TandemDb): Promise<string[]> {
  const keys = await db.invoices.orderBy('number').uniqueKeys();
  return keys.filter((key): key is string => typeof key === 'string' && key !== '');
}

export interface InvoiceDocumentSource {
  invoice: Invoice;
  client: Client;
  payments: Payment[];
  settings: Settings;
}

/** An invoice with what its document prints besides it, or null when it (or its client) is gone. */
export async function loadInvoiceDocumentSource(db: TandemDb, invoiceId: string): Promise<InvoiceDocumentSource | null> {
  const invoice = await db.invoices.get(invoiceId);
  if (!invoice) return null;
  const [client, payments, settings] = await Promise.all([
    db.clients.get(invoice.clientId),
    db.payments.where('invoiceId').equals(invoiceId).toArray(),
    readSettings(db),
  ]);
  if (!client) return null;
  return { invoice, client, payments, settings };
}
