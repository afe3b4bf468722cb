import { invoiceStanding } from '../../domain/invoices/status';
import type { InvoiceStanding } from '../../domain/invoices/status';
import { invoiceTotals } from '../../domain/invoices/totals';
import type { InvoiceTotals } from '../../domain/invoices/totals';
import type { Client } from '../../domain/model/client';
import type { Invoice } from '../../domain/model/invoice';
import type { Payment } from '../../domain/model/payment';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import type { SettingsTaxRate } from '../../domain/model/settings';
import { readSettings } from '../repositories/lookups';

export interface InvoicePage {
  invoice: Invoice;
  /** undefined only if the client went missing (a restore refuses that, so never in practice) */
  client: Client | undefined;
  /** oldest first */
  payments: Payment[];
  standing: InvoiceStanding;
  totals: InvoiceTotals;
  /** the tax rates Settings offers for a draft's lines */
  taxRates: SettingsTaxRate[];
  paymentTermsDays: number;
}

/** One invoice with its client, its payments, where it stands today and its totals; null when it is gone. */
export async function loadInvoicePage(db: TandemDb, id: string, today: DayKey): Promise<InvoicePage | null> {
  const invoice = await db.invoices.get(id);
  if (!invoice) return null;
  const [client, payments, settings] = await Promise.all([
    db.clients.get(invoice.clientId),
    db.payments.where('invoiceId').equals(id).toArray(),
    readSettings(db),
  ]);
  payments.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  return {
    invoice,
    client,
    payments,
    standing: invoiceStanding(invoice, payments, today),
    totals: invoiceTotals(invoice),
    taxRates: settings.taxRates,
    paymentTermsDays: settings.paymentTermsDays,
  };
}
