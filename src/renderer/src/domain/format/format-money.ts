import { numberFormat } from './formatter-cache';
import { currencyExponent } from '../units/money';
import type { Money } from '../units/money';

// Formatting is for the edge (screens, reports, CSV): stored values stay integer minor units.

/** '€1,250.50' / '1.250,50 €' per locale; the currency's own number of decimals. */
export function formatMoney(amount: Money, locale?: string, options?: { compact?: boolean }): string {
  const exponent = currencyExponent(amount.currency);
  const formatter = numberFormat(locale, {
    style: 'currency',
    currency: amount.currency,
    ...(options?.compact
      ? { notation: 'compact', maximumFractionDigits: 1 }
      : { minimumFractionDigits: exponent, maximumFractionDigits: exponent }),
  });
  return formatter.format(amount.minor / 10 ** exponent);
}

/** A plain decimal for inputs and CSV ('1250.50'), no grouping and no symbol, never locale dependent. */
export function moneyToDecimalText(amount: Money): string {
  const exponent = currencyExponent(amount.currency);
  const sign = amount.minor < 0 ? '-' : '';
  const digits = String(Math.abs(amount.minor)).padStart(exponent + 1, '0');
  if (exponent === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
