import type { z } from 'zod';
import { parseDuration } from '../../domain/parse/parse-duration';
import { parseMoney } from '../../domain/parse/parse-money';
import { ValidationError, fieldErrorsOf } from '../../domain/validation';
import type { FieldErrors } from '../../domain/validation';
import type { CurrencyCode } from '../../domain/units/money';

export interface FormReader {
  /** Minutes from text like '1:30' or '40h'; empty is undefined unless required. */
  minutes(field: string, text: string, required?: boolean): number | undefined;
  /** Minor units in the reader's currency from text like '1,250.50'; empty is undefined unless required. */
  money(field: string, text: string, required?: boolean): number | undefined;
  /** A date input's value as a day key; empty is undefined, and a message when `requiredLabel` is given. */
  day(field: string, text: string, requiredLabel?: string): string | undefined;
  /**
   * Throws one ValidationError with the parse messages and the schema's own messages for the rest
   * of the input, so a form shows every problem at once; returns when the text all parsed.
   */
  finish(schema: z.ZodType, input: unknown): void;
}

/** Turns form text into stored units (minutes, minor units), collecting messages by field path. */
export function formReader(currency?: CurrencyCode): FormReader {
  const errors: FieldErrors = {};
  return {
    minutes(field, text, required = false) {
      if (text.trim() === '' && !required) return undefined;
      const result = parseDuration(text);
      if (result.ok) return result.value;
      errors[field] = result.error;
      return undefined;
    },
    money(field, text, required = false) {
      if (text.trim() === '' && !required) return undefined;
      if (!currency) throw new Error('formReader needs a currency to read amounts');
      const result = parseMoney(text, currency);
      if (result.ok) return result.value.minor;
      errors[field] = result.error;
      return undefined;
    },
    day(field, text, requiredLabel) {
      if (text === '' && requiredLabel) errors[field] = `${requiredLabel} is required`;
      return optionalDay(text);
    },
    finish(schema, input) {
      if (Object.keys(errors).length === 0) return;
      throw new ValidationError({ ...fieldErrorsOf(schema, input), ...errors });
    },
  };
}

/** A date input's value as an optional day key ('' means not set). */
export function optionalDay(text: string): string | undefined {
  return text === '' ? undefined : text;
}
