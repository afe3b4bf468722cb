import type { z } from 'zod';
import { parseDuration } from './parse-duration';
import { parseMoney } from './parse-money';
import { parsePercent } from './parse-percent';
import { isDayKey } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { parseClockText } from '../time/wall-clock';
import { ValidationError, fieldErrorsOf } from '../validation';
import type { FieldErrors } from '../validation';
import type { CurrencyCode } from '../units/money';

// The one way forms turn typed text into stored values (minutes, minor units, day keys, minutes of
// the day). A reader collects one message per field path, so a form shows every problem at once.
// Empty text is `undefined` unless the reader is told the field is required.

/** What an unreadable optional date says (the same words as the day-key schema's). */
export const DAY_MESSAGE = 'Date must be a real day written YYYY-MM-DD';

export interface FormReader {
  /** Minutes from text like '1:30', '90m' or '1.5h'; the duration parser's messages. */
  minutes(field: string, text: string, options?: { required?: boolean }): number | undefined;
  /**
   * Minor units in the reader's currency from text like '1,250.50'; the money parser's messages.
   * `nonNegative` refuses an amount below zero ('Amount cannot be negative').
   */
  money(field: string, text: string, options?: { required?: boolean; nonNegative?: boolean }): number | undefined;
  /** Whole basis points from a percentage like '20', '7.5 %' (0–100, two decimals); the percent parser's messages. */
  percent(field: string, text: string, options?: { required?: boolean }): number | undefined;
  /**
   * A date input's value as a day key. `required` is the message for an empty or unreadable day;
   * without it an empty day is undefined and an unreadable one gets DAY_MESSAGE.
   */
  day(field: string, text: string, options?: { required?: string }): DayKey | undefined;
  /**
   * 'HH:MM' (00:00–24:00) as minutes from midnight; `message` when unreadable, or empty and required.
   * `beforeMidnight` refuses 24:00 (a start time).
   */
  clock(
    field: string,
    text: string,
    message: string,
    options?: { required?: boolean; beforeMidnight?: boolean },
  ): number | undefined;
  /** Trimmed text, empty as undefined; `required` is the message for an empty one. */
  text(field: string, text: string, options?: { required?: string }): string | undefined;
  /** A message of the form's own, such as a rule between two fields (replaces the field's earlier one). */
  fail(field: string, message: string): void;
  /** Whether the field already has a message. */
  failed(field: string): boolean;
  /** The messages so far, by field path. */
  readonly errors: Readonly<FieldErrors>;
  /**
   * Throws one ValidationError when any text could not be read: its messages, and under them the
   * schema's messages for the rest of `input` when a schema is given. Returns when everything read.
   */
  finish(schema?: z.ZodType, input?: unknown): void;
}

/** Collects messages by field path while turning form text into stored units. */
export function formReader(currency?: CurrencyCode): FormReader {
  const errors: FieldErrors = {};
  const fail = (field: string, message: string) => {
    errors[field] = message;
  };
  return {
    minutes(field, text, { required = false } = {}) {
      if (text.trim() === '' && !required) return undefined;
      const result = parseDuration(text);
      if (result.ok) return result.value;
      fail(field, result.error);
      return undefined;
    },
    money(field, text, { required = false, nonNegative = false } = {}) {
      if (text.trim() === '' && !required) return undefined;
      if (!currency) throw new Error('formReader needs a currency to read amounts');
      const result = parseMoney(text, currency);
      if (!result.ok) fail(field, result.error);
      else if (nonNegative && result.value.minor < 0) fail(field, 'Amount cannot be negative');
      else return result.value.minor;
      return undefined;
    },
    percent(field, text, { required = false } = {}) {
      if (text.trim() === '' && !required) return undefined;
      const result = parsePercent(text);
      if (result.ok) return result.value;
      fail(field, result.error);
      return undefined;
    },
    day(field, text, { required } = {}) {
      if (isDayKey(text)) return text;
      if (text !== '') fail(field, required ?? DAY_MESSAGE);
      else if (required !== undefined) fail(field, required);
      return undefined;
    },
    clock(field, text, message, { required = false, beforeMidnight = false } = {}) {
      if (text.trim() === '' && !required) return undefined;
      const minute = parseClockText(text);
      if (minute !== null && !(beforeMidnight && minute >= 1440)) return minute;
      fail(field, message);
      return undefined;
    },
    text(field, text, { required } = {}) {
      const trimmed = text.trim();
      if (trimmed !== '') return trimmed;
      if (required !== undefined) fail(field, required);
      return undefined;
    },
    fail,
    failed: (field) => field in errors,
    errors,
    finish(schema, input) {
      if (Object.keys(errors).length === 0) return;
      throw new ValidationError({ ...(schema ? fieldErrorsOf(schema, input) : {}), ...errors });
    },
  };
}

/** A select's or number input's value as a number; empty is NaN, so the schema names the field. */
export function numberOrNaN(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** Digits only (spaces around allowed) as a number; anything else is NaN, so the schema names the field. */
export function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The one of `choices` the text names, else undefined (a select's value as its union type). */
export function oneOf<T extends string>(choices: readonly T[]): (text: string) => T | undefined {
  return (text) => choices.find((choice) => choice === text);
}
