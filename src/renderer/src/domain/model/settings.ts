import { z } from 'zod';
import { currencyCodeSchema } from '../units/money';
import { intInRange, minorAmount, optionalText, requiredText } from './fields';

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
  })
  .refine((settings) => settings.workEndMinute > settings.workStartMinute, {
    message: 'Work must end after it starts',
    path: ['workEndMinute'],
  });
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
