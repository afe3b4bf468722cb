import { moneyToDecimalText } from '../format/format-money';
import { INVOICE_STATE_LABELS } from '../invoices/labels';
import type { InvoiceStanding } from '../invoices/status';
import { invoiceTotals } from '../invoices/totals';
import type { Invoice } from '../model/invoice';
import type { Payment } from '../model/payment';
import { money } from '../units/money';
import { csvText, spreadsheetText } from './export';

// Invoices and payments → CSV, for the accountant or a spreadsheet: one line per invoice (its money
// from invoiceTotals, where it stands from invoiceStanding) and one line per payment. Amounts are
// plain decimals in the invoice's currency ('1250.50'), dates YYYY-MM-DD; text a spreadsheet would
// run as a formula is quoted as text.

export interface InvoiceExportRow {
  invoice: Pick<
    Invoice,
    'id' | 'number' | 'status' | 'issueDate' | 'dueDate' | 'poNumber' | 'currency' | 'lines' | 'discountBasisPoints'
  >;
  clientName: string;
  standing: Pick<InvoiceStanding, 'state' | 'paid' | 'balance' | 'daysOverdue'>;
}

const decimal = (minor: number, currency: string) => moneyToDecimalText(money(minor, currency));

/** The invoice's number, or 'Draft' while it has none. */
function numberOf(invoice: Pick<Invoice, 'number'>): string {
  return invoice.number === '' ? 'Draft' : invoice.number;
}

export const INVOICE_CSV_FIELDS = [
  'Number',
  'State',
  'Client',
  'Issue date',
  'Due date',
  'PO number',
  'Currency',
  'Subtotal',
  'Discount',
  'Tax',
  'Total',
  'Paid',
  'Balance',
  'Days overdue',
] as const;

/** One line per invoice, in the order given. */
export function invoicesCsv(rows: readonly InvoiceExportRow[]): string {
  const data = rows.map(({ invoice, clientName, standing }) => {
    const totals = invoiceTotals(invoice);
    const tax = totals.taxes.reduce((sum, part) => sum + part.tax, 0);
    const amount = (minor: number) => decimal(minor, invoice.currency);
    return [
      spreadsheetText(numberOf(invoice)),
      INVOICE_STATE_LABELS[standing.state],
      spreadsheetText(clientName),
      invoice.issueDate,
      invoice.dueDate,
      spreadsheetText(invoice.poNumber),
      invoice.currency,
      amount(totals.subtotal),
      amount(totals.discount),
      amount(tax),
      amount(totals.total),
      amount(standing.paid),
      amount(standing.balance),
      String(standing.daysOverdue),
    ];
  });
  return csvText(INVOICE_CSV_FIELDS, data);
}

export interface PaymentExportRow {
  payment: Pick<Payment, 'date' | 'amount' | 'currency' | 'note'>;
  invoice: Pick<Invoice, 'number'>;
  clientName: string;
}

export const PAYMENT_CSV_FIELDS = ['Date', 'Invoice', 'Client', 'Amount', 'Currency', 'Note'] as const;

/** One line per payment, in the order given. */
export function paymentsCsv(rows: readonly PaymentExportRow[]): string {
  const data = rows.map(({ payment, invoice, clientName }) => [
    payment.date,
    spreadsheetText(numberOf(invoice)),
    spreadsheetText(clientName),
    decimal(payment.amount, payment.currency),
    payment.currency,
    spreadsheetText(payment.note),
  ]);
  return csvText(PAYMENT_CSV_FIELDS, data);
}
