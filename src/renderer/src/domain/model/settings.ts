import { z } from 'zod';
import { currencyCodeSchema } from '../units/money';
import { DEFAULT_NUMBER_PATTERN, MAX_PATTERN_LENGTH, parseNumberPattern } from '../invoices/numbering';
import { MAX_NET_DAYS } from '../invoices/status';
import { intInRange, minorAmount, optionalText, requiredText } from './fields';
import { lineTaxSchema, taxKey } from './invoice';
import { costRateHistorySchema } from './cost-rate';
import { OWNER_PERSON_ID, personIdSchema } from './person';

// The workspace settings, one record with id 'settings'. settingsSchema.parse({}) gives the
// defaults, so a fresh install works before the user opens Settings.

export const SETTINGS_ID = 'settings';

/** A term of the user's own jargon glossary; it adds to the built-in one or replaces a built-in gloss. */
export const glossaryTermSchema = z.object({
  term: requiredText('Term', 60),
  gloss: requiredText('Plain-language meaning', 300),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const seen = new Set<string>();
  terms.forEach((entry, index) => {
    const key = entry.term.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'term'], message: `“${entry.term}” is already in the glossary` });
    seen.add(key);
  });
});

/** Most tax rates Settings offers to pick from on an invoice line. */
export const MAX_TAX_RATES = 20;

/**
 * The tax rates offered on invoice lines, each a rate and its note ('VAT', 'Reverse charge'); a line
 * takes a snapshot of the ones picked, so editing this list never changes an invoice already made.
 */
export const taxRatesSchema = z
  .array(
    lineTaxSchema.extend({
      /** the rate a new invoice line takes unless another is picked; at most one (absent = not the default) */
      isDefault: z.boolean().optional(),
    }),
  )
  .max(MAX_TAX_RATES, `Settings can hold at most ${MAX_TAX_RATES} tax rates`)
  .superRefine((rates, ctx) => {
    const seen = new Set<string>();
    rates.forEach((rate, index) => {
      const key = taxKey(rate);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'rateBasisPoints'], message: 'This tax rate is already in the list' });
      seen.add(key);
    });
    if (rates.filter((rate) => rate.isDefault).length > 1) {
      ctx.addIssue({ code: 'custom', path: [], message: 'Only one tax rate can be the default' });
    }
  });
export type SettingsTaxRate = z.infer<typeof taxRatesSchema>[number];

/** The invoice number pattern, checked by the same reader that makes the numbers. */
const numberPatternSchema = z
  .string({ error: 'The number pattern must be text' })
  .trim()
  .max(MAX_PATTERN_LENGTH, `The number pattern must be at most ${MAX_PATTERN_LENGTH} characters`)
  .superRefine((pattern, ctx) => {
    const parsed = parseNumberPattern(pattern);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

export const settingsSchema = z
  .object({
    id: z.literal(SETTINGS_ID).default(SETTINGS_ID),
    agencyName: optionalText('Agency name', 120),
    /** a data: URL of a small image, shown on reports */
    logo: z.string().max(500_000, 'The logo image is too large').optional(),
    homeCurrency: z.string().pipe(currencyCodeSchema).prefault('EUR'),
    /** minor units per hour, used when a project has no rate of its own */
    defaultRate: minorAmount('Default rate').prefault(10_000),
    /** wall-clock minutes from midnight */
    workStartMinute: intInRange('Work start', 0, 1439).default(9 * 60),
    workEndMinute: intInRange('Work end', 1, 1440).default(17 * 60 + 30),
    /** 0 = Sunday … 6 = Saturday */
    weekStart: z.literal([0, 1, 2, 3, 4, 5, 6], { error: 'Choose the day weeks start on' }).default(1),
    workWeekDays: z.literal([5, 7], { error: 'A work week has 5 or 7 days' }).default(5),
    deepWorkTargetMinutes: intInRange('Deep-work target', 0, 1440).default(180),
    minutesLostPerSwitch: intInRange('Minutes lost per switch', 0, 120).default(10),
    burnWindowDays: intInRange('Burn-rate window', 1, 365).default(14),
    theme: z.enum(['system', 'light', 'dark']).default('system'),
    /** a desktop notification five minutes before each block starts; records saved before it existed read as on */
    blockReminders: z.boolean().default(true),
    /** the user's jargon glossary for client updates; records saved before it existed lack it (read as []) */
    glossary: glossarySchema.default([]),
    /** projectId → the highest budget threshold (80 or 100 % of baseline) Today has already announced */
    budgetAlertsSeen: z.record(z.string(), z.number().int()).default({}),
    // Invoices (records saved before invoices existed lack these and read with the defaults):
    /** how invoice numbers are made, e.g. '{YYYY}-{seq:4}' (domain/invoices/numbering.ts) */
    invoiceNumberPattern: numberPatternSchema.default(DEFAULT_NUMBER_PATTERN),
    /** net N days: a new invoice is due this many calendar days after its issue date */
    paymentTermsDays: intInRange('Payment terms', 0, MAX_NET_DAYS).default(30),
    /** rates offered on invoice lines; none by default, since the right rate depends on the agency's country and status */
    taxRates: taxRatesSchema.default([]),
    /** printed on invoices, as typed (several lines) */
    agencyAddress: optionalText('Agency address', 1000),
    /** printed on invoices, as typed: bank, IBAN, BIC or whatever the agency's clients pay to */
    bankDetails: optionalText('Bank details', 1000),
    /** the user's cost rates with the day each starts (home currency); an entry's cost is the one in force on its day */
    costRates: costRateHistorySchema.default([]),
    /** who uses this computer (device-local, never synced): its entries and blocks are theirs, its views show theirs first */
    devicePersonId: personIdSchema.default(OWNER_PERSON_ID),
  })
  .refine((settings) => settings.workEndMinute > settings.workStartMinute, {
    message: 'Work must end after it starts',
    path: ['workEndMinute'],
  });
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
