import { describe, expect, it } from 'vitest';
import { parseQuantity, quantityToText } from '../../../../src/renderer/src/domain/parse/parse-quantity';

// Line quantities are integer steps: minutes for hours, thousandths for units.

describe('parseQuantity', () => {
  it.each([
    ['1:30', 90], // 1 × 60 + 30
    ['1.5', 90], // a bare number is hours: 1.5 × 60
    ['90m', 90],
    ['0:20', 20],
    ['-2', -120], // a credit of 2 hours
  ])('reads hours %j as %i minutes', (text, minutes) => {
    expect(parseQuantity(text, 'hours')).toEqual({ ok: true, value: minutes });
  });

  it.each([
    ['1', 1000], // 1 × 1000
    ['2.5', 2500], // 2 × 1000 + 500
    ['2,5', 2500],
    ['0.125', 125],
    ['-1', -1000],
    ['3.', 3000],
  ])('reads units %j as %i thousandths', (text, steps) => {
    expect(parseQuantity(text, 'units')).toEqual({ ok: true, value: steps });
  });

  it('says what is wrong', () => {
    expect(parseQuantity('', 'units')).toEqual({ ok: false, error: 'Enter a quantity, for example 1 or 2.5' });
    expect(parseQuantity('1.2345', 'units')).toEqual({ ok: false, error: 'Use at most 3 decimals in a quantity' });
    expect(parseQuantity('two', 'units')).toEqual({ ok: false, error: 'Enter a quantity, for example 1 or 2.5' });
    expect(parseQuantity(' ', 'hours')).toEqual({ ok: false, error: 'Enter the hours, for example 1:30 or 1.5' });
    expect(parseQuantity('soon', 'hours').ok).toBe(false);
  });
});

describe('quantityToText', () => {
  it('writes what parseQuantity reads back', () => {
    expect(quantityToText(90, 'hours')).toBe('1:30');
    expect(quantityToText(1500, 'units')).toBe('1.5');
    expect(quantityToText(2000, 'units')).toBe('2');
    expect(quantityToText(125, 'units')).toBe('0.125');
    expect(quantityToText(-1000, 'units')).toBe('-1');
    for (const [steps, unit] of [
      [90, 'hours'],
      [-45, 'hours'],
      [1500, 'units'],
      [7, 'units'],
    ] as const) {
      expect(parseQuantity(quantityToText(steps, unit), unit)).toEqual({ ok: true, value: steps });
    }
  });
});
