import { z } from 'zod';
import { newId } from '../ids';
import { currencyCodeSchema } from '../units/money';
import { monthKeySchema } from '../time/day-key';
import { dayField, idSchema, intInRange, minorAmount, optionalText, requiredText } from './fields';

// A client: one currency for everything billed to it, people to talk to, how the relationship
// feels over time (check-ins) and the work that may come next (opportunities, value in minor units).

export const contactSchema = z.object({
  id: idSchema.default(() => newId()),
  name: requiredText('Contact name', 120),
  email: z.union([z.literal(''), z.email('Email must look like name@example.com')]).default(''),
  role: optionalText('Role', 120),
  primary: z.boolean().default(false),
  billing: z.boolean().default(false),
});
export type Contact = z.infer<typeof contactSchema>;

export const checkInSchema = z.object({
  id: idSchema.default(() => newId()),
  date: dayField('Check-in date'),
  /** 1 = the relationship is in trouble … 5 = it could not be better */
  score: intInRange('Score', 1, 5),
  note: optionalText('Note', 2000),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const opportunitySchema = z.object({
  id: idSchema.default(() => newId()),
  title: requiredText('Title'),
  /** minor units in the client's currency */
  value: minorAmount('Value'),
  /** percent, 0–100 */
  probability: intInRange('Probability', 0, 100),
  expectedMonth: z.string({ error: 'Expected month is required' }).pipe(monthKeySchema),
});
export type Opportunity = z.infer<typeof opportunitySchema>;

export const clientSchema = z
  .object({
    id: idSchema.default(() => newId()),
    name: requiredText('Name', 120),
    currency: z.string({ error: 'Currency is required' }).pipe(currencyCodeSchema),
    contacts: z.array(contactSchema).default([]),
    notes: optionalText('Notes'),
    /** who owns the relationship (free text: the user or a teammate's name) */
    owner: optionalText('Owner', 120),
    checkIns: z.array(checkInSchema).default([]),
    opportunities: z.array(opportunitySchema).default([]),
    archived: z.boolean().default(false),
  })
  .superRefine((client, ctx) => {
    if (client.contacts.filter((contact) => contact.primary).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['contacts'], message: 'Only one contact can be the primary contact' });
    }
  });
export type Client = z.infer<typeof clientSchema>;
export type ClientInput = z.input<typeof clientSchema>;
