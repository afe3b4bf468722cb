import { z } from 'zod';
import { isDayKey } from '../time/day-key';

// Field builders shared by the entity schemas, so every form gets the same plain-English messages.
// Branded outputs ('IntegerMinor', 'Minutes', 'DayKey') match the unit types in ../units and ../time.

export const idSchema = z.string({ error: 'Id is required' }).min(1, 'Id is required').max(100, 'Id is too long');

/** Required trimmed text: 'Name is required', 'Name must be at most 120 characters'. */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);
}

/** Optional free text stored as '' when empty (notes, descriptions). */
export function optionalText(label: string, max = 20_000) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .default('');
}

/** An id pointing at another record: 'Choose a project'. */
export function reference(label: string) {
  return z.string({ error: `Choose a ${label}` }).min(1, `Choose a ${label}`);
}

/** Whole minor units >= 0 (rates, budgets, expenses, opportunity values). */
export function minorAmount(label: string) {
  return z
    .int({ error: `${label} must be a whole number of cents` })
    .min(0, `${label} cannot be negative`)
    .brand<'IntegerMinor'>();
}

export function minutesField(label: string, options: { min?: number; max?: number } = {}) {
  const min = options.min ?? 0;
  const tooSmall = min > 0 ? `${label} must be at least ${min} minute${min === 1 ? '' : 's'}` : `${label} cannot be negative`;
  const base = z.int({ error: `${label} must be a whole number of minutes` }).min(min, tooSmall);
  const bounded = options.max === undefined ? base : base.max(options.max, `${label} must be at most ${options.max} minutes`);
  return bounded.brand<'Minutes'>();
}

/** A local calendar day 'YYYY-MM-DD' with the field's own label in its messages. */
export function dayField(label: string) {
  return z
    .string({ error: `${label} is required` })
    .refine((value) => isDayKey(value), `${label} must be a real day written YYYY-MM-DD`)
    .brand<'DayKey'>();
}

/** A whole number in a range, e.g. a 1–5 score or a 0–100 % probability. */
export function intInRange(label: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${min} to ${max}`;
  return z.int({ error: message }).min(min, message).max(max, message);
}

/** An instant as an ISO UTC string ('2026-03-29T07:30:00.000Z'). */
export function instantField(label: string) {
  return z.iso.datetime({ error: `${label} must be a date and time` });
}
