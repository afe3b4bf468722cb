import { currencyExponent } from '../units/money';
import type { ColumnMap } from './columns';
import type { Cell } from './row-reader';
import type { CsvSource } from './types';
import { currencyFromHeader, currencyFromLabel, parseMinor } from './values';

// Rates and amounts as the file states them. Toggl writes only the amount ('Amount (EUR)'),
// Clockify rate and amount with the currency in both headers, Harvest both with a Currency column.

export type MoneyReading =
  | { ok: true; currency: string | undefined; rateMinor: number | undefined; amountMinor: number | undefined }
  | { ok: false; error: string };

function exponentOf(currency: string | undefined): number {
  try {
    return currencyExponent(currency ?? 'EUR');
  } catch {
    return 2; // an unknown code: read it with cents, as most currencies have
  }
}

function currencyOf(source: CsvSource, map: ColumnMap, cell: Cell): string | undefined {
  if (source === 'harvest') return currencyFromLabel(cell('currency'));
  const header = map.header.amount ?? map.header.rate;
  return header === undefined ? undefined : currencyFromHeader(header);
}

export function readMoney(source: CsvSource, map: ColumnMap, cell: Cell, decimalMark: '.' | ',', minutes: number): MoneyReading {
  const currency = currencyOf(source, map, cell);
  const exponent = exponentOf(currency);
  const read = (text: string, what: string): { ok: true; value: number | undefined } | { ok: false; error: string } => {
    if (text === '') return { ok: true, value: undefined };
    const value = parseMinor(text, decimalMark, exponent);
    if (value === null) return { ok: false, error: `The ${what} “${text}” is not a number` };
    if (value < 0) return { ok: false, error: `The ${what} “${text}” is negative` };
    return { ok: true, value };
  };
  const rate = read(cell('rate'), 'rate');
  if (!rate.ok) return rate;
  const amount = read(cell('amount'), 'amount');
  if (!amount.ok) return amount;
  // Toggl states only the amount: the hourly rate that gives it over the entry's minutes.
  const rateMinor = rate.value ?? (amount.value !== undefined && minutes > 0 ? Math.round((amount.value * 60) / minutes) : undefined);
  return { ok: true, currency, rateMinor, amountMinor: amount.value };
}
