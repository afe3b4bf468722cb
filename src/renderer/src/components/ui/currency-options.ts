import type { SelectOption } from './select-field';

// The currencies small agencies bill in most; a client's own code is added when it is not among them.
const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'JPY',
  'SGD',
  'HKD',
  'INR',
  'BRL',
  'MXN',
  'ZAR',
];

function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** 'EUR — Euro' options, sorted by code, always including `current` when it is a code. */
export function currencyOptions(current?: string): SelectOption[] {
  const codes = new Set(COMMON_CURRENCIES);
  if (current && /^[A-Z]{3}$/.test(current)) codes.add(current);
  return [...codes].sort().map((code) => ({ value: code, label: `${code} — ${currencyName(code)}` }));
}
