import { z } from 'zod';
import { newId } from '../ids';
import { currencyCodeSchema } from '../units/money';
import { dayField, idSchema, instantField, optionalText, reference, requiredText } from './fields';

// An invoice to one client, in the client's currency. Stored: draft, sent or void; paid, partially
// paid and overdue are derived from its payments and today (domain/invoices/status.ts), never stored.
// Money is integer minor units; the totals and their rounding are in domain/invoices/totals.ts.

export const INVOICE_STATUSES = ['draft', 'sent', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/**
 * What a line's quantity counts. A quantity is an integer number of the unit's steps, so it is exact:
 * `hours` are counted in minutes (1.5 h = 90, 20 min = 20: a third of an hour stays exact, and a line
 * of one entry's minutes prices exactly as the entry does), `units` (items, days, a fee) in
 * thousandths (1.5 = 1500, 1 = 1000).
 */
export const LINE_UNITS = ['hours', 'units'] as const;
export type LineUnit = (typeof LINE_UNITS)[number];

/** Steps per whole unit: a line's amount is quantity × unit price ÷ this, rounded once. */
export const QUANTITY_STEPS: Readonly<Record<LineUnit, number>> = { hours: 60, units: 1000 };

/** 100 % in basis points (1 bp = 0.01 %): tax rates and the discount are whole basis points. */
export const BASIS_POINTS_PER_WHOLE = 10_000;

/** Bounds that keep quantity × unit price a safe integer for the exact arithmetic. */
export const MAX_QUANTITY_STEPS = 1_000_000_000;
export const MAX_UNIT_PRICE = 1_000_000_000_000;
export const MAX_INVOICE_LINES = 500;
export const MAX_TAXES_PER_LINE = 3;

function basisPoints(label: string) {
  const message = `${label} must be from 0 % to 100 %, in steps of 0.01 %`;
  return z.int({ error: message }).min(0, message).max(BASIS_POINTS_PER_WHOLE, message);
}

/**
 * One tax on a line, snapshotted like an entry's rate so a later change of rates never rewrites a
 * sent invoice. `note` names it on the invoice ('VAT', 'Reverse charge'); taxes with the same rate
 * and note are one tax, computed once on the sum of their lines.
 */
export const lineTaxSchema = z.object({
  /** 2000 = 20 %, 0 = 0 % (e.g. reverse charge, with its note) */
  rateBasisPoints: basisPoints('Tax rate'),
  note: optionalText('Tax note', 120),
});
export type LineTax = z.infer<typeof lineTaxSchema>;

/** Two taxes are the same tax when rate and note match. */
export function taxKey(tax: Pick<LineTax, 'rateBasisPoints' | 'note'>): string {
  return `${tax.rateBasisPoints}|${tax.note}`;
}

function hasRepeat(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length;
}

export const invoiceLineSchema = z
  .object({
    id: idSchema.default(() => newId()),
    description: requiredText('Description', 1000),
    unit: z.enum(LINE_UNITS, { error: 'Choose hours or units' }).default('units'),
    /** steps of `unit` (minutes for hours, thousandths for units); negative for a credit */
    quantity: z
      .int({ error: 'Quantity must be a number' })
      .min(-MAX_QUANTITY_STEPS, 'Quantity is too large')
      .max(MAX_QUANTITY_STEPS, 'Quantity is too large'),
    /** minor units per whole unit (per hour for hours); negative for a credit */
    unitPrice: z
      .int({ error: 'Unit price must be a whole number of cents' })
      .min(-MAX_UNIT_PRICE, 'Unit price is too large')
      .max(MAX_UNIT_PRICE, 'Unit price is too large')
      .brand<'IntegerMinor'>(),
    taxes: z.array(lineTaxSchema).max(MAX_TAXES_PER_LINE, `A line can have at most ${MAX_TAXES_PER_LINE} taxes`).default([]),
    /** the time entries this line bills */
    timeEntryIds: z.array(idSchema).default([]),
    /** the expenses this line bills */
    expenseIds: z.array(idSchema).default([]),
    /** the project this line bills: every generated line bills exactly one; a line typed by hand has none */
    projectId: z.string().min(1).optional(),
    /** the fixed-fee milestone this line bills, so a sent invoice's milestone is not offered again */
    milestoneId: z.string().min(1).optional(),
  })
  .superRefine((line, ctx) => {
    if (!Number.isSafeInteger(line.quantity * line.unitPrice)) {
      ctx.addIssue({ code: 'custom', path: ['unitPrice'], message: 'Quantity × unit price is too large for one line' });
    }
    if (hasRepeat(line.taxes.map(taxKey))) {
      ctx.addIssue({ code: 'custom', path: ['taxes'], message: 'A line cannot have the same tax twice' });
    }
  });
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;
export type InvoiceLineInput = z.input<typeof invoiceLineSchema>;

/**
 * How generated time lines are grouped (domain/invoices/draft-lines.ts): one line per project, task,
 * person, day or entry, always within one project and one rate.
 */
export const LINE_GROUPINGS = ['project', 'task', 'person', 'day', 'entry'] as const;
export type LineGrouping = (typeof LINE_GROUPINGS)[number];

/** What a fixed-fee project bills on a draft: the whole fee, one milestone's share, or a percentage of the fee. */
export const fixedFeeBillingSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('fee') }),
    z.object({ kind: z.literal('milestone'), milestoneId: reference('milestone') }),
    z.object({
      kind: z.literal('percent'),
      basisPoints: z
        .int({ error: 'The percentage must be from 0.01 % to 100 %' })
        .min(1, 'The percentage must be from 0.01 % to 100 %')
        .max(BASIS_POINTS_PER_WHOLE, 'The percentage must be from 0.01 % to 100 %'),
    }),
  ],
  { error: 'Choose the fee, a milestone or a percentage' },
);
export type FixedFeeBilling = z.infer<typeof fixedFeeBillingSchema>;

/** What a draft was generated from, so it can be generated again from the same choices. */
export const invoiceBasisSchema = z
  .object({
    from: dayField('From'),
    to: dayField('To'),
    projectIds: z.array(idSchema).min(1, 'Choose at least one project'),
    grouping: z.enum(LINE_GROUPINGS, { error: 'Choose how to group the lines' }),
    /** per fixed-fee project id; a fixed-fee project missing here bills its whole fee */
    fixedFee: z.record(z.string(), fixedFeeBillingSchema).default({}),
  })
  .superRefine((basis, ctx) => {
    if (basis.to < basis.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'To must be on or after From' });
    if (hasRepeat(basis.projectIds)) ctx.addIssue({ code: 'custom', path: ['projectIds'], message: 'A project is chosen twice' });
  });
export type InvoiceBasis = z.infer<typeof invoiceBasisSchema>;
export type InvoiceBasisInput = z.input<typeof invoiceBasisSchema>;

export const invoiceSchema = z
  .object({
    id: idSchema.default(() => newId()),
    clientId: reference('client'),
    /** from the number pattern (domain/invoices/numbering.ts); may be '' on a draft, kept when void */
    number: optionalText('Invoice number', 60),
    status: z.enum(INVOICE_STATUSES, { error: 'Choose a status' }).default('draft'),
    issueDate: dayField('Issue date'),
    dueDate: dayField('Due date'),
    sentAt: instantField('Sent at').optional(),
    poNumber: optionalText('PO number', 120),
    notes: optionalText('Notes', 5000),
    /** the client's currency; every line and payment is in it */
    currency: z.string({ error: 'Currency is required' }).pipe(currencyCodeSchema),
    lines: z
      .array(invoiceLineSchema)
      .max(MAX_INVOICE_LINES, `An invoice can have at most ${MAX_INVOICE_LINES} lines`)
      .default([]),
    /**
     * A percentage of the lines, in basis points (1000 = 10 %), taken off each tax group before its
     * tax. A fixed-amount discount is a negative line instead, with the tax it reduces.
     */
    discountBasisPoints: basisPoints('Discount').default(0),
    /** what the lines were generated from (absent on an invoice typed by hand); kept when sent */
    basis: invoiceBasisSchema.optional(),
  })
  .superRefine((invoice, ctx) => {
    if (invoice.dueDate < invoice.issueDate) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Due date must be on or after the issue date' });
    }
    if (invoice.status !== 'draft' && invoice.number === '') {
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'A sent or void invoice needs its number' });
    }
    if (invoice.status === 'sent' && !invoice.sentAt) {
      ctx.addIssue({ code: 'custom', path: ['sentAt'], message: 'A sent invoice needs the time it was sent' });
    }
    if (hasRepeat(invoice.lines.flatMap((line) => line.timeEntryIds))) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'A time entry can be on one line of an invoice only' });
    }
    if (hasRepeat(invoice.lines.flatMap((line) => line.expenseIds))) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'An expense can be on one line of an invoice only' });
    }
  });
export type Invoice = z.infer<typeof invoiceSchema>;
export type InvoiceInput = z.input<typeof invoiceSchema>;
