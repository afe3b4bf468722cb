import { describe, expect, it } from 'vitest';
import {
  CurrencyMismatchError,
  addMoney,
  addToCurrency,
  amountForMinutes,
  amountMinorForMinutes,
  currencyExponent,
  money,
  moneyList,
  scaleMoney,
  subtractMoney,
  sumByCurrency,
  sumMoney,
  toCurrencyCode,
  toMinor,
} from '../../../src/renderer/src/domain/units/money';
import type { CurrencyCode } from '../../../src/renderer/src/domain/units/money';
import { divideRounded, roundHalfAwayFromZero } from '../../../src/renderer/src/domain/units/rounding';
import { minutesFromMs } from '../../../src/renderer/src/domain/units/minutes';

const EUR = toCurrencyCode('EUR');
const USD = toCurrencyCode('USD');

describe('rounding', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(2.4999)).toBe(2);
    expect(Object.is(roundHalfAwayFromZero(-0.2), -0)).toBe(true);
  });

  it('divides integers exactly', () => {
    expect(divideRounded(150, 60)).toBe(3); // 2.5
    expect(divideRounded(149, 60)).toBe(2);
    expect(divideRounded(-150, 60)).toBe(-3);
    expect(divideRounded(-10, 60)).toBe(0);
    expect(Object.is(divideRounded(-10, 60), 0)).toBe(true);
    expect(divideRounded(Number.MAX_SAFE_INTEGER, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => divideRounded(1.5, 60)).toThrow(RangeError);
  });
});

describe('money', () => {
  it('values minutes at an hourly rate, rounding once per amount', () => {
    expect(amountMinorForMinutes(90, 10_000)).toBe(15_000); // 1.5 h × 100.00
    expect(amountMinorForMinutes(7, 1_234)).toBe(144); // 8638 / 60 = 143.97
    expect(amountMinorForMinutes(1, 90)).toBe(2); // 1.5 → 2
    expect(amountMinorForMinutes(1, 30)).toBe(1); // 0.5 → 1
    expect(amountMinorForMinutes(1, 29)).toBe(0); // 0.48 → 0
    expect(amountMinorForMinutes(-1, 90)).toBe(-2); // symmetric
    expect(amountForMinutes(45, money(12_000, 'USD'))).toEqual({ minor: 9_000, currency: 'USD' });
  });

  it('adds and subtracts within one currency only', () => {
    expect(addMoney(money(150, 'EUR'), money(250, 'EUR'))).toEqual({ minor: 400, currency: 'EUR' });
    expect(subtractMoney(money(150, 'EUR'), money(250, 'EUR'))).toEqual({ minor: -100, currency: 'EUR' });
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(CurrencyMismatchError);
    expect(() => sumMoney([money(1, 'EUR'), money(1, 'USD')], EUR)).toThrow('Cannot combine EUR and USD');
    expect(sumMoney([], USD)).toEqual({ minor: 0, currency: 'USD' });
  });

  it('sums mixed currencies per currency, never across', () => {
    expect(sumByCurrency([money(100, 'USD'), money(5, 'EUR'), money(-30, 'USD')])).toEqual([
      { currency: 'EUR', minor: 5 },
      { currency: 'USD', minor: 70 },
    ]);
  });

  it('keeps running totals per currency, leaving out amounts without a currency and zeros', () => {
    const totals = new Map<CurrencyCode, number>();
    addToCurrency(totals, EUR, 250);
    addToCurrency(totals, null, 999);
    addToCurrency(totals, USD, 0);
    addToCurrency(totals, EUR, -50);
    expect(moneyList(totals)).toEqual([{ currency: 'EUR', minor: 200 }]);
  });

  it('refuses fractional minor units and bad codes', () => {
    expect(() => toMinor(1.5)).toThrow(RangeError);
    expect(() => money(1, 'euro')).toThrow();
    expect(toCurrencyCode(' usd ')).toBe('USD');
  });

  it('scales by ratios and knows each currency’s decimals', () => {
    expect(scaleMoney(money(10_001, 'EUR'), 35, 100)).toEqual({ minor: 3_500, currency: 'EUR' }); // 3500.35
    expect(scaleMoney(money(10, 'EUR'), 1, 4)).toEqual({ minor: 3, currency: 'EUR' }); // 2.5 → 3
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('BHD')).toBe(3);
  });

  it('turns elapsed milliseconds into whole minutes', () => {
    expect(minutesFromMs(29_999)).toBe(0);
    expect(minutesFromMs(30_000)).toBe(1);
    expect(minutesFromMs(90 * 60_000 + 29_000)).toBe(90);
    expect(minutesFromMs(-5_000)).toBe(0);
  });
});
