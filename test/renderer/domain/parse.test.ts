import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/renderer/src/domain/parse/parse-duration';
import { parseMoney } from '../../../src/renderer/src/domain/parse/parse-money';
import { toCurrencyCode } from '../../../src/renderer/src/domain/units/money';
import { clockText, parseClockText, snapMinute } from '../../../src/renderer/src/domain/time/wall-clock';

const EUR = toCurrencyCode('EUR');
const JPY = toCurrencyCode('JPY');

describe('parseDuration', () => {
  it.each([
    ['1:30', 90],
    ['0:05', 5],
    ['90m', 90],
    ['90 min', 90],
    ['1.5h', 90],
    ['1,5 h', 90],
    ['1.5 hrs', 90],
    ['1h 30m', 90],
    ['1h30', 90],
    ['2 hours', 120],
    ['2', 120],
    ['0.25', 15],
    ['.5', 30],
    ['1.33h', 80], // 79.8 → 80
    ['0.1m', 0],
  ])('reads %s as %i minutes', (input, minutes) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: minutes });
  });

  it.each([
    ['', 'Enter a duration, for example 1:30, 90m or 1.5h'],
    ['-1h', 'A duration cannot be negative'],
    ['1:75', 'Enter a duration like 1:30, 90m, 1.5h or 1h 30m'],
    ['abc', 'Enter a duration like 1:30, 90m, 1.5h or 1h 30m'],
    ['1h 75m', 'Minutes after the hours must be 0–59'],
    ['9999h', 'That duration is too long'],
  ])('rejects %j', (input, error) => {
    expect(parseDuration(input)).toEqual({ ok: false, error });
  });
});

describe('parseMoney', () => {
  it.each([
    ['1,250.50', 125_050],
    ['1.250,50', 125_050],
    ['1 250,50', 125_050],
    ['1,250', 125_000],
    ['1.250.000', 125_000_000],
    ['12,5', 1_250],
    ['0.125', null],
    ['€ 99', 9_900],
    ['99 EUR', 9_900],
    ['-12.5', -1_250],
    ['.5', 50],
  ])('reads %j in EUR', (input, minor) => {
    const result = parseMoney(input, EUR);
    if (minor === null) expect(result).toEqual({ ok: false, error: 'Use at most 2 decimals' });
    else expect(result).toEqual({ ok: true, value: { minor, currency: 'EUR' } });
  });

  it('knows currencies without decimals', () => {
    expect(parseMoney('1,250', JPY)).toEqual({ ok: true, value: { minor: 1_250, currency: 'JPY' } });
    expect(parseMoney('12.5', JPY)).toEqual({ ok: false, error: 'JPY amounts have no decimals' });
  });

  it('explains what it cannot read', () => {
    expect(parseMoney('', EUR)).toEqual({ ok: false, error: 'Enter an amount, for example 1,250.50' });
    expect(parseMoney('twelve', EUR).ok).toBe(false);
    expect(parseMoney('1,25,0', EUR)).toEqual({ ok: false, error: 'That amount is not a number we can read' });
  });
});

describe('wall-clock text', () => {
  it('reads and writes HH:MM', () => {
    expect(clockText(9 * 60 + 5)).toBe('09:05');
    expect(parseClockText('9:05')).toBe(545);
    expect(parseClockText('24:00')).toBe(1440);
    expect(parseClockText('24:30')).toBeNull();
    expect(parseClockText('9:60')).toBeNull();
    expect(snapMinute(547, 15)).toBe(540);
    expect(snapMinute(548, 15)).toBe(555);
    expect(snapMinute(1450, 15)).toBe(1440);
  });
});
