import { err, ok } from '../result';
import type { Result } from '../result';
import { BASIS_POINTS_PER_WHOLE } from '../model/invoice';

// Reads a percentage as people type it ('20', '20 %', '7.7', '7,7', '0') into whole basis points
// (2000, 770, 0), on the digit string, never through floating point. Tax rates and discounts are
// kept in basis points, so at most two decimals are accepted, from 0 % to 100 %.

const MESSAGE = 'Enter a percentage such as 20 or 7.5';

export function parsePercent(input: string): Result<number> {
  const text = input.trim().replace(/\s*%$/, '');
  const match = /^(\d{1,3})(?:[.,](\d*))?$/.exec(text);
  if (!match) return err(text === '' ? 'Enter a percentage, for example 20' : MESSAGE);
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return err('Use at most 2 decimals in a percentage');
  const basisPoints = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (basisPoints > BASIS_POINTS_PER_WHOLE) return err('A percentage must be from 0 to 100');
  return ok(basisPoints);
}

/** Basis points as an input shows them: 2000 → '20', 770 → '7.7', 5 → '0.05' (never locale dependent). */
export function basisPointsToText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}
