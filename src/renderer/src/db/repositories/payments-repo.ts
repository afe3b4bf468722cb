import { checkPayment } from '../../domain/invoices/status';
import { paymentSchema } from '../../domain/model/payment';
import type { Payment } from '../../domain/model/payment';
import type { TrashItem } from '../../domain/model/trash-item';
import { dayKeyOf } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { ValidationError, validate } from '../../domain/validation';
import { readClock } from '../../platform/clock';
import type { TandemDb } from '../db';
import { trashRepo } from './trash-repo';

export interface NewPaymentInput {
  id?: string;
  invoiceId: string;
  date: string;
  /** minor units in the invoice's currency */
  amount: number;
  note?: string;
}

// Payments against a sent invoice, in its currency; several part payments are allowed, none that
// would take the balance below zero (checkPayment in domain/invoices/status.ts says why not).
export function paymentsRepo(db: TandemDb) {
  return {
    async recordPayment(input: NewPaymentInput, today: DayKey = dayKeyOf(readClock())): Promise<Payment> {
      return db.transaction('rw', [db.invoices, db.payments], async () => {
        const invoice = input.invoiceId ? await db.invoices.get(input.invoiceId) : undefined;
        if (!invoice) throw ValidationError.single('invoiceId', 'Choose an invoice that exists');
        const payment = validate(paymentSchema, { ...input, currency: invoice.currency });
        const others = await db.payments.where('invoiceId').equals(invoice.id).toArray();
        const problem = checkPayment(invoice, others, payment, today);
        if (problem) {
          const field = invoice.status !== 'sent' ? '' : payment.date < invoice.issueDate || payment.date > today ? 'date' : 'amount';
          throw ValidationError.single(field, problem);
        }
        await db.payments.add(payment);
        return payment;
      });
    },

    /** Moves the payment to the trash (restorable while the balance allows it). */
    deletePayment(id: string, now: Date = readClock()): Promise<TrashItem> {
      return trashRepo(db).moveToTrash('payments', id, now);
    },
  };
}
