import { describe, expect, it } from 'vitest';
import { formatBasisPoints } from '../../../src/renderer/src/domain/format/format-percent';
import { formReader } from '../../../src/renderer/src/domain/parse/form-reader';
import { basisPointsToText, parsePercent } from '../../../src/renderer/src/domain/parse/parse-percent';

// Percentages (tax rates, discounts) are whole basis points: 1 % = 100 bp.

describe('parsePercent', () => {
  it.each([
    ['20', 2000], // 20 × 100
    ['20 %', 2000],
    ['20%', 2000],
    ['7.7', 770], // 7 × 100 + 70
    ['7,7', 770],
    ['0.05', 5],
    ['0', 0],
    ['100', 10_000],
    [' 19.00 ', 1900],
    ['5.', 500],
  ])('reads %j as %i basis points', (text, basisPoints) => {
    expect(parsePercent(text)).toEqual({ ok: true, value: basisPoints });
  });

  it.each([
    ['', 'Enter a percentage, for example 20'],
    ['abc', 'Enter a percentage such as 20 or 7.5'],
    ['-5', 'Enter a percentage such as 20 or 7.5'],
    ['1,000', 'Use at most 2 decimals in a percentage'],
    ['7.125', 'Use at most 2 decimals in a percentage'],
    ['100.01', 'A percentage must be from 0 to 100'],
    ['250', 'A percentage must be from 0 to 100'],
  ])('refuses %j: %s', (text, message) => {
    expect(parsePercent(text)).toEqual({ ok: false, error: message });
  });
});

describe('basisPointsToText and formatBasisPoints', () => {
  it.each([
    [2000, '20'],
    [770, '7.7'],
    [5, '0.05'],
    [0, '0'],
    [10_000, '100'],
  ])('%i basis points read back as %j', (basisPoints, text) => {
    expect(basisPointsToText(basisPoints)).toBe(text);
    expect(parsePercent(basisPointsToText(basisPoints))).toEqual({ ok: true, value: basisPoints });
  });

  it('shows a rate the locale’s way, with up to two decimals', () => {
    expect(formatBasisPoints(2000, 'en-GB')).toBe('20%');
    expect(formatBasisPoints(770, 'en-GB')).toBe('7.7%');
    expect(formatBasisPoints(1925, 'de-DE').replace(/\s/g, ' ')).toBe('19,25 %');
    expect(formatBasisPoints(0, 'en-GB')).toBe('0%');
  });
});

describe('formReader().percent', () => {
  it('reads a percentage, leaves an empty optional one out and names an unreadable field', () => {
    const read = formReader();
    expect(read.percent('rate', '19')).toBe(1900);
    expect(read.percent('discount', '  ')).toBeUndefined();
    expect(read.percent('other', '', { required: true })).toBeUndefined();
    expect(read.percent('bad', '12.345')).toBeUndefined();
    expect(read.errors).toEqual({
      other: 'Enter a percentage, for example 20',
      bad: 'Use at most 2 decimals in a percentage',
    });
  });
});
