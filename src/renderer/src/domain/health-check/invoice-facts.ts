import { formatMoney } from '../format/format-money';
import { invoiceStanding } from '../invoices/status';
import type { PaymentAmount, StandingInvoice } from '../invoices/status';
import type { Invoice } from '../model/invoice';
import type { DayKey } from '../time/day-key';
import type { CurrencyCode, IntegerMinor } from '../units/money';
import { INVOICE_OVERDUE_DAYS } from './thresholds';

// The invoice facts the health check and client health judge by: each client's open invoices (sent,
// money still owed, docs/product.md "Balance") with their balance and days overdue as of today.

export interface OpenInvoice {
  id: string;
  number: string;
  currency: CurrencyCode;
  /** what is still owed, minor units */
  balance: IntegerMinor;
  /** calendar days from the due date to today; 0 while not yet overdue */
  daysOverdue: number;
}

export type ClientInvoice = StandingInvoice & Pick<Invoice, 'clientId' | 'number'>;

/** Each client's open invoices, most overdue first (then by number), keyed by client id. */
export function openInvoicesByClient(
  invoices: readonly ClientInvoice[],
  payments: readonly PaymentAmount[],
  today: DayKey,
): Map<string, OpenInvoice[]> {
  const paymentsByInvoice = new Map<string, PaymentAmount[]>();
  for (const payment of payments) {
    const list = paymentsByInvoice.get(payment.invoiceId);
    if (list) list.push(payment);
    else paymentsByInvoice.set(payment.invoiceId, [payment]);
  }
  const byClient = new Map<string, OpenInvoice[]>();
  for (const invoice of invoices) {
    if (invoice.status !== 'sent') continue;
    const standing = invoiceStanding(invoice, paymentsByInvoice.get(invoice.id) ?? [], today);
    if (standing.balance <= 0) continue;
    const open: OpenInvoice = {
      id: invoice.id,
      number: invoice.number,
      currency: invoice.currency,
      balance: standing.balance,
      daysOverdue: standing.daysOverdue,
    };
    const list = byClient.get(invoice.clientId);
    if (list) list.push(open);
    else byClient.set(invoice.clientId, [open]);
  }
  for (const list of byClient.values()) {
    list.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  }
  return byClient;
}

/** The open invoices more than INVOICE_OVERDUE_DAYS overdue, in the order given (most overdue first). */
export function lateInvoices(open: readonly OpenInvoice[]): OpenInvoice[] {
  return open.filter((invoice) => invoice.daysOverdue > INVOICE_OVERDUE_DAYS);
}

/** 'invoice 2026-0003 is 45 days overdue with €1,250.00 owed', plus how many more are late. */
export function lateInvoiceText(late: readonly OpenInvoice[], locale?: string): string {
  const [worst, ...more] = late;
  if (!worst) return '';
  const owed = formatMoney({ minor: worst.balance, currency: worst.currency }, locale);
  const days = `${worst.daysOverdue} ${worst.daysOverdue === 1 ? 'day' : 'days'}`;
  const others = more.length === 0 ? '' : ` (and ${more.length} more over ${INVOICE_OVERDUE_DAYS} days overdue)`;
  return `invoice ${worst.number} is ${days} overdue with ${owed} owed${others}`;
}
