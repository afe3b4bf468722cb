import { z } from 'zod';
import { numberFormat } from '../format/formatter-cache';
import { divideRounded } from './rounding';
import type { Minutes } from './minutes';

// Money is an integer count of minor units (cents) plus its ISO 4217 code. Amounts in different
// currencies are never added together: helpers throw CurrencyMismatchError, sumByCurrency groups.

export const integerMinorSchema = z.int().brand<'IntegerMinor'>();
/** A safe integer number of minor units (cents for EUR/USD, yen for JPY). */
export type IntegerMinor = z.infer<typeof integerMinorSchema>;

export const currencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code such as EUR')
  .brand<'CurrencyCode'>();
export type CurrencyCode = z.infer<typeof currencyCodeSchema>;

export interface Money {
  readonly minor: IntegerMinor;
  readonly currency: CurrencyCode;
}

export class CurrencyMismatchError extends Error {
  constructor(a: CurrencyCode, b: CurrencyCode) {
    super(`Cannot combine ${a} and ${b} amounts`);
    this.name = 'CurrencyMismatchError';
  }
}

/** Brands a number as minor units; throws for fractions or unsafe integers (a programming error). */
export function toMinor(value: number): IntegerMinor {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a whole number of minor units`);
  return (value || 0) as IntegerMinor; // `|| 0` folds -0 into 0
}

/** Brands a string as a currency code; throws when it is not three letters. */
export function toCurrencyCode(value: string): CurrencyCode {
  return currencyCodeSchema.parse(value);
}

export function money(minor: number, currency: CurrencyCode | string): Money {
  return { minor: toMinor(minor), currency: toCurrencyCode(currency) };
}

export function zeroMoney(currency: CurrencyCode): Money {
  return { minor: toMinor(0), currency };
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { minor: toMinor(a.minor + b.minor), currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { minor: toMinor(a.minor - b.minor), currency: a.currency };
}

export function negateMoney(a: Money): Money {
  return { minor: toMinor(-a.minor), currency: a.currency };
}

/** Sums amounts that must share one currency; an empty list gives zero in `currency`. */
export function sumMoney(amounts: readonly Money[], currency: CurrencyCode): Money {
  return amounts.reduce(addMoney, zeroMoney(currency));
}

/** Adds `minor` to its currency's running total. An amount without a currency (a project whose client is gone) or of zero adds nothing. */
export function addToCurrency(totals: Map<CurrencyCode, number>, currency: CurrencyCode | null, minor: number): void {
  if (currency === null || minor === 0) return;
  totals.set(currency, (totals.get(currency) ?? 0) + minor);
}

/** Running totals per currency as Money values, ordered by currency code. */
export function moneyList(totals: ReadonlyMap<CurrencyCode, number>): Money[] {
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, minor]) => ({ currency, minor: toMinor(minor) }));
}

/** Totals per currency, for lists that mix clients billed in different currencies (never added together). */
export function sumByCurrency(amounts: Iterable<Money>): Money[] {
  const totals = new Map<CurrencyCode, number>();
  for (const amount of amounts) addToCurrency(totals, amount.currency, amount.minor);
  return moneyList(totals);
}

/**
 * Minor units earned by `minutes` at `ratePerHour` minor units per hour:
 * round(minutes × rate / 60), half away from zero, computed in exact integer arithmetic.
 * Rounding happens once per time entry; totals are sums of already rounded entry amounts.
 */
export function amountMinorForMinutes(minutes: Minutes | number, ratePerHour: IntegerMinor | number): IntegerMinor {
  return toMinor(divideRounded(minutes * ratePerHour, 60));
}

/** The Money value of `minutes` at an hourly `rate` (the rate's currency is kept). */
export function amountForMinutes(minutes: Minutes | number, rate: Money): Money {
  return { minor: amountMinorForMinutes(minutes, rate.minor), currency: rate.currency };
}

/** Scales an amount by a ratio numerator/denominator (e.g. a probability 35/100), rounded half away. */
export function scaleMoney(a: Money, numerator: number, denominator: number): Money {
  return { minor: toMinor(divideRounded(a.minor * numerator, denominator)), currency: a.currency };
}

/** Known exponents: rollups and imports ask once per entry, and resolvedOptions() allocates. */
const exponents = new Map<string, number>();

/** Digits after the decimal point for a currency (EUR 2, JPY 0, BHD 3), from Intl. Throws for an unknown code. */
export function currencyExponent(currency: CurrencyCode | string): number {
  let exponent = exponents.get(currency);
  if (exponent === undefined) {
    exponent = numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    exponents.set(currency, exponent);
  }
  return exponent;
}
