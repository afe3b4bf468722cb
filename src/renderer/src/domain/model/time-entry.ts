import { z } from 'zod';
import { newId } from '../ids';
import { currencyCodeSchema } from '../units/money';
import { hatSchema } from './hat';
import { personIdSchema } from './person';
import { dayField, idSchema, instantField, minorAmount, minutesField, optionalText, reference } from './fields';

// One block of logged time. `startedAt` is the instant (ISO UTC); `day` is the local day it
// started on, fixed when logged so a later time-zone change never moves history. The rate is a
// snapshot (minor units per hour, in `currency`, the client's currency) so a new rate never
// rewrites the past.

export const ENTRY_SOURCES = ['manual', 'timer', 'import'] as const;

export const entrySourceSchema = z
  .object({
    kind: z.enum(ENTRY_SOURCES).default('manual'),
    /** the ImportRecord this entry came from */
    importId: z.string().min(1).optional(),
    /** the row id in the other tool, to skip duplicates on a second import */
    externalId: z.string().min(1).optional(),
  })
  .refine((source) => source.kind !== 'import' || source.importId !== undefined, {
    message: 'Imported entries must name their import',
    path: ['importId'],
  });
export type EntrySource = z.infer<typeof entrySourceSchema>;

/** An entry can be at most one day long; longer spans are split into days. */
export const MAX_ENTRY_MINUTES = 1440;

export const timeEntrySchema = z.object({
  id: idSchema.default(() => newId()),
  projectId: reference('project'),
  taskId: z.string().min(1).optional(),
  startedAt: instantField('Start'),
  day: dayField('Day'),
  minutes: minutesField('Duration', { min: 1, max: MAX_ENTRY_MINUTES }),
  hat: hatSchema,
  billable: z.boolean({ error: 'Say whether the time is billable' }),
  /** minor units per hour in `currency` */
  rateSnapshot: minorAmount('Rate'),
  currency: z.string({ error: 'Currency is required' }).pipe(currencyCodeSchema),
  note: optionalText('Note', 2000),
  source: entrySourceSchema.prefault({ kind: 'manual' }),
  /**
   * minor units per hour of the person's cost, fixed when logged like the rate (docs/product.md,
   * "Profitability"); absent until a cost rate is known for the entry's day
   */
  costSnapshot: minorAmount('Cost rate').optional(),
  /** the sent invoice that bills this entry: set when an invoice is marked sent, cleared when it is voided */
  invoiceId: z.string().min(1).optional(),
  /** who logged it: the device's person when written (domain/model/person.ts); absent: the owner */
  personId: personIdSchema.optional(),
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;
export type TimeEntryInput = z.input<typeof timeEntrySchema>;
