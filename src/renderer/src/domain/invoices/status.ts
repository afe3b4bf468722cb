import { formatMoney } from '../format/format-money';
import type { Invoice } from '../model/invoice';
import type { Payment } from '../model/payment';
import { addDays, daysBetween } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { toMinor } from '../units/money';
import type { CurrencyCode, IntegerMinor } from '../units/money';
import { invoiceTotals } from './totals';

// Where an invoice stands, derived and never stored (docs/product.md, "Balance", "Overdue"):
// - balance = total − payments (0 on a void invoice: nothing is owed on it);
// - draft and void are the stored status; a sent invoice is paid when its balance is 0 or less,
//   overdue when a balance is left and today is after the due date (overdue wins over partially
//   paid: a part payment does not stop the rest being late), partially paid when some was paid,
//   otherwise sent.

export const INVOICE_STATES = ['draft', 'sent', 'partially_paid', 'paid', 'overdue', 'void'] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];

export type StandingInvoice = Pick<
  Invoice,
  'id' | 'status' | 'issueDate' | 'dueDate' | 'currency' | 'lines' | 'discountBasisPoints'
>;
export type PaymentAmount = Pick<Payment, 'invoiceId' | 'amount'>;

export interface InvoiceStanding {
  state: InvoiceState;
  total: IntegerMinor;
  /** Σ the invoice's payments */
  paid: IntegerMinor;
  /** what is still owed: total − paid; 0 on a void invoice */
  balance: IntegerMinor;
  /** calendar days from the due date to today while overdue, else 0 */
  daysOverdue: number;
}

/** Longest payment terms accepted, in days. */
export const MAX_NET_DAYS = 365;

/** The due date for payment terms of net `netDays` days (net 30: 30 calendar days after issue). */
export function dueDateFor(issueDate: DayKey, netDays: number): DayKey {
  if (!Number.isInteger(netDays) || netDays < 0 || netDays > MAX_NET_DAYS) {
    throw new RangeError(`Payment terms must be 0 to ${MAX_NET_DAYS} days, not ${netDays}`);
  }
  return addDays(issueDate, netDays);
}

/** Σ the payments made against `invoiceId` (others in the list are left out). */
export function paidAmount(invoiceId: string, payments: readonly PaymentAmount[]): IntegerMinor {
  return toMinor(payments.reduce((sum, payment) => (payment.invoiceId === invoiceId ? sum + payment.amount : sum), 0));
}

export function invoiceStanding(invoice: StandingInvoice, payments: readonly PaymentAmount[], today: DayKey): InvoiceStanding {
  const { total } = invoiceTotals(invoice);
  const paid = paidAmount(invoice.id, payments);
  const owed = toMinor(total - paid);
  const standing = (state: InvoiceState, balance = owed, daysOverdue = 0): InvoiceStanding => ({
    state,
    total,
    paid,
    balance,
    daysOverdue,
  });
  if (invoice.status === 'void') return standing('void', toMinor(0));
  if (invoice.status === 'draft') return standing('draft');
  if (owed <= 0) return standing('paid');
  if (today > invoice.dueDate) return standing('overdue', owed, daysBetween(invoice.dueDate, today));
  if (paid > 0) return standing('partially_paid');
  return standing('sent');
}

export interface NewPayment {
  amount: number;
  date: DayKey;
  currency: CurrencyCode;
}

/**
 * Why a new payment cannot be recorded against `invoice`, or null when it can. `payments` are the
 * invoice's payments already recorded (leave out the one being edited). A payment that would take
 * the balance below zero is refused.
 */
export function checkPayment(
  invoice: StandingInvoice,
  payments: readonly PaymentAmount[],
  payment: NewPayment,
  today: DayKey,
  locale?: string,
): string | null {
  if (invoice.status === 'draft') return 'Mark the invoice sent before recording a payment';
  if (invoice.status === 'void') return 'This invoice is void: it takes no payments';
  if (payment.currency !== invoice.currency) {
    return `This invoice is in ${invoice.currency}: record the payment in ${invoice.currency}`;
  }
  if (!Number.isSafeInteger(payment.amount) || payment.amount <= 0) return 'A payment must be more than zero';
  if (payment.date < invoice.issueDate) return 'A payment cannot be dated before the invoice’s issue date';
  if (payment.date > today) return 'A payment cannot be dated in the future';
  const { balance } = invoiceStanding(invoice, payments, today);
  if (balance <= 0) return 'This invoice is paid in full: nothing is left to pay';
  if (payment.amount > balance) {
    const owed = formatMoney({ minor: balance, currency: invoice.currency }, locale);
    return `That is more than the ${owed} still owed on this invoice: a payment cannot take the balance below zero`;
  }
  return null;
}
