import { ageReceivables } from '../../domain/invoices/ageing';
import type { Ageing } from '../../domain/invoices/ageing';
import { invoiceStanding } from '../../domain/invoices/status';
import type { InvoiceStanding } from '../../domain/invoices/status';
import type { Invoice } from '../../domain/model/invoice';
import type { Payment } from '../../domain/model/payment';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';

export interface InvoiceListRow {
  invoice: Invoice;
  clientName: string;
  standing: InvoiceStanding;
}

export interface InvoiceClientChoice {
  id: string;
  name: string;
}

export interface InvoiceList {
  /** newest issue date first; drafts (no number yet) before sent invoices of the same day */
  rows: InvoiceListRow[];
  /** the clients that have invoices, by name: the client filter's choices */
  clients: InvoiceClientChoice[];
  /** open invoices by days overdue, with totals per currency */
  ageing: Ageing;
}

function newestFirst(a: InvoiceListRow, b: InvoiceListRow): number {
  if (a.invoice.issueDate !== b.invoice.issueDate) return a.invoice.issueDate < b.invoice.issueDate ? 1 : -1;
  return b.invoice.number.localeCompare(a.invoice.number, undefined, { numeric: true });
}

/** Groups payments by their invoice. */
export function paymentsByInvoice(payments: readonly Payment[]): Map<string, Payment[]> {
  const byInvoice = new Map<string, Payment[]>();
  for (const payment of payments) {
    const list = byInvoice.get(payment.invoiceId);
    if (list) list.push(payment);
    else byInvoice.set(payment.invoiceId, [payment]);
  }
  return byInvoice;
}

/**
 * Every invoice with its client's name and where it stands today (invoiceStanding: state, total,
 * paid, balance), and the open ones aged (ageReceivables). Invoices and payments are read whole:
 * an agency has a few thousand at most, and every row needs its payments for its balance.
 */
export async function loadInvoiceList(db: TandemDb, today: DayKey): Promise<InvoiceList> {
  const [invoices, payments] = await Promise.all([db.invoices.toArray(), db.payments.toArray()]);
  const clientIds = [...new Set(invoices.map((invoice) => invoice.clientId))];
  const clients = await db.clients.bulkGet(clientIds);
  const names = new Map(clientIds.map((id, index) => [id, clients[index]?.name ?? 'Unknown client']));
  const byInvoice = paymentsByInvoice(payments);
  const rows = invoices
    .map((invoice) => ({
      invoice,
      clientName: names.get(invoice.clientId) ?? 'Unknown client',
      standing: invoiceStanding(invoice, byInvoice.get(invoice.id) ?? [], today),
    }))
    .sort(newestFirst);
  return {
    rows,
    clients: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    ageing: ageReceivables(
      rows.map((row) => ({ invoice: row.invoice, balance: row.standing.balance })),
      today,
    ),
  };
}

/** The payments against the given invoices, oldest first. */
export async function loadPaymentsOf(db: TandemDb, invoiceIds: readonly string[]): Promise<Payment[]> {
  const payments = await db.payments
    .where('invoiceId')
    .anyOf([...invoiceIds])
    .toArray();
  return payments.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
}

/** The clients a new invoice can be for: every unarchived client, by name. */
export async function listInvoiceClients(db: TandemDb): Promise<InvoiceClientChoice[]> {
  const clients = await db.clients.toArray();
  return clients
    .filter((client) => !client.archived)
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
