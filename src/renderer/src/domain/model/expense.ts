import { z } from 'zod';
import { newId } from '../ids';
import { currencyCodeSchema } from '../units/money';
import { dayField, idSchema, minorAmount, optionalText, reference } from './fields';

// Money spent on a project (stock photos, hosting, travel). Amount in minor units of the
// client's currency; it counts towards the project's spent amount.
export const expenseSchema = z.object({
  id: idSchema.default(() => newId()),
  projectId: reference('project'),
  day: dayField('Date'),
  amount: minorAmount('Amount').refine((value) => value > 0, 'Amount must be more than zero'),
  currency: z.string({ error: 'Currency is required' }).pipe(currencyCodeSchema),
  billable: z.boolean().default(true),
  note: optionalText('Note', 2000),
  /** the sent invoice that bills this expense: set when an invoice is marked sent, cleared when it is voided */
  invoiceId: z.string().min(1).optional(),
});
export type Expense = z.infer<typeof expenseSchema>;
export type ExpenseInput = z.input<typeof expenseSchema>;
