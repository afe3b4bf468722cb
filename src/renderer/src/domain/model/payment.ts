import { z } from 'zod';
import { newId } from '../ids';
import { currencyCodeSchema } from '../units/money';
import { dayField, idSchema, minorAmount, optionalText } from './fields';

// Money received against one invoice, in the invoice's currency. Several part payments are allowed;
// whether a new one fits (not more than the balance, not on a draft or void invoice) is checked by
// checkPayment in domain/invoices/status.ts, which knows the invoice and its other payments.
export const paymentSchema = z.object({
  id: idSchema.default(() => newId()),
  // not reference('invoice'): its message would read 'Choose a invoice'
  invoiceId: z.string({ error: 'Choose an invoice' }).min(1, 'Choose an invoice'),
  date: dayField('Payment date'),
  /** minor units in `currency` */
  amount: minorAmount('Amount').refine((value) => value > 0, 'Amount must be more than zero'),
  currency: z.string({ error: 'Currency is required' }).pipe(currencyCodeSchema),
  note: optionalText('Note', 500),
});
export type Payment = z.infer<typeof paymentSchema>;
export type PaymentInput = z.input<typeof paymentSchema>;
