import { err, ok } from '../result';
import type { Result } from '../result';
import { currencyExponent, toMinor } from '../units/money';
import type { CurrencyCode, Money } from '../units/money';

// Reads amounts as people type them: '1,250.50', '1.250,50', '1 250,50', '€ 99', '-12.5'.
// Decimal separator rule: when both '.' and ',' appear the last one is the decimal mark; when only
// one kind appears more than once, or once after 1–3 digits (no leading zero) and before exactly
// three digits, it groups thousands ('1,250', '1.250.000'); otherwise it is the decimal mark
// ('12,5', '0.125'). Conversion to minor units is done on the digit string,
// never through floating point, and more decimals than the currency has is an error, not a rounding.

const ALLOWED = /^-?[\d.,]+$/;

function splitNumber(text: string): { whole: string; fraction: string } | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let decimalMark: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalMark = lastDot > lastComma ? '.' : ',';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const occurrences = text.split(mark).length - 1;
    const after = text.length - text.lastIndexOf(mark) - 1;
    const head = text.slice(0, text.indexOf(mark));
    // '1,250' groups thousands; '0.125' and '12,5' carry decimals.
    const groupsThousands = occurrences > 1 || (after === 3 && /^[1-9]\d{0,2}$/.test(head));
    decimalMark = groupsThousands ? null : mark;
  }
  const decimalAt = decimalMark === null ? -1 : text.lastIndexOf(decimalMark);
  const wholeText = decimalAt >= 0 ? text.slice(0, decimalAt) : text;
  const fraction = decimalAt >= 0 ? text.slice(decimalAt + 1) : '';
  const groups = wholeText.split(/[.,]/);
  // Grouped thousands need 3 digits in every group after the first.
  if (groups.length > 1 && groups.slice(1).some((group) => group.length !== 3)) return null;
  if (!/^\d*$/.test(fraction)) return null;
  const whole = groups.join('');
  if (whole === '' && fraction === '') return null;
  return { whole: whole || '0', fraction };
}

export function parseMoney(input: string, currency: CurrencyCode): Result<Money> {
  const text = input
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '') // spaces, no-break spaces and Swiss apostrophes group digits
    .replace(/^([-+]?)\p{Sc}|\p{Sc}$/u, '$1') // one currency symbol at either end
    .replace(new RegExp(`^([-+]?)${currency}|${currency}$`, 'i'), '$1')
    .replace(/^\+/, '');
  if (text === '') return err('Enter an amount, for example 1,250.50');
  if (!ALLOWED.test(text)) return err('Amount may contain only digits, one decimal mark and a minus sign');
  const negative = text.startsWith('-');
  const parts = splitNumber(negative ? text.slice(1) : text);
  if (!parts) return err('That amount is not a number we can read');
  const exponent = currencyExponent(currency);
  if (parts.fraction.length > exponent) {
    return err(exponent === 0 ? `${currency} amounts have no decimals` : `Use at most ${exponent} decimals`);
  }
  const minorText = parts.whole + parts.fraction.padEnd(exponent, '0');
  const minor = Number(minorText) * (negative ? -1 : 1);
  if (!Number.isSafeInteger(minor)) return err('That amount is too large');
  return ok({ minor: toMinor(minor), currency });
}
