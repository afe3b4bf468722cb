import { formatHoursColonMinutes } from '../format/format-duration';
import { QUANTITY_STEPS } from '../model/invoice';
import type { LineUnit } from '../model/invoice';
import { err, ok } from '../result';
import type { Result } from '../result';
import { parseDuration } from './parse-duration';

// An invoice line's quantity as people type it, into the line's integer steps
// (domain/model/invoice.ts): hours as any duration the time screens accept ('1:30', '1.5h', '90m',
// '2') into minutes; units as a decimal with at most three decimals ('1.5' → 1500, '2' → 2000),
// read on the digit string, never through floating point. A leading minus makes a credit line.

const UNITS = /^(\d{1,9})(?:[.,](\d*))?$/;

export function parseQuantity(input: string, unit: LineUnit): Result<number> {
  const trimmed = input.trim();
  const negative = trimmed.startsWith('-');
  const text = negative ? trimmed.slice(1).trim() : trimmed;
  if (text === '')
    return err(unit === 'hours' ? 'Enter the hours, for example 1:30 or 1.5' : 'Enter a quantity, for example 1 or 2.5');
  const sign = negative ? -1 : 1;
  if (unit === 'hours') {
    const minutes = parseDuration(text);
    return minutes.ok ? ok(sign * minutes.value) : minutes;
  }
  const match = UNITS.exec(text);
  if (!match) return err('Enter a quantity, for example 1 or 2.5');
  const fraction = match[2] ?? '';
  if (fraction.length > 3) return err('Use at most 3 decimals in a quantity');
  return ok(sign * (Number(match[1]) * QUANTITY_STEPS.units + Number(fraction.padEnd(3, '0'))));
}

/** A quantity as its input shows it: 90 minutes → '1:30', 1500 thousandths → '1.5' (never locale dependent). */
export function quantityToText(quantity: number, unit: LineUnit): string {
  if (unit === 'hours') return formatHoursColonMinutes(quantity);
  const sign = quantity < 0 ? '-' : '';
  const steps = Math.abs(quantity);
  const whole = Math.trunc(steps / QUANTITY_STEPS.units);
  const fraction = String(steps % QUANTITY_STEPS.units)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}
