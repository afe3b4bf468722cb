import { describe, expect, it } from 'vitest';
import { invoiceTotals, lineAmount } from '../../../../src/renderer/src/domain/invoices/totals';
import type { TaxedLine } from '../../../../src/renderer/src/domain/invoices/totals';
import type { LineTax, LineUnit } from '../../../../src/renderer/src/domain/model/invoice';
import { toMinor } from '../../../../src/renderer/src/domain/units/money';

// Every expected number below is worked out by hand in the comment beside it.

function line(unit: LineUnit, quantity: number, unitPrice: number, taxes: LineTax[] = []): TaxedLine {
  return { unit, quantity, unitPrice: toMinor(unitPrice), taxes };
}

const vat20: LineTax = { rateBasisPoints: 2000, note: 'VAT' };
const vat7: LineTax = { rateBasisPoints: 700, note: 'VAT' };
const reverseCharge: LineTax = { rateBasisPoints: 0, note: 'Reverse charge' };

describe('lineAmount', () => {
  it('prices hours counted in minutes exactly, rounding once', () => {
    expect(lineAmount(line('hours', 90, 12_000))).toBe(18_000); // 1.5 h × 120.00 = 180.00
    expect(lineAmount(line('hours', 20, 10_000))).toBe(3_333); // 1/3 h × 100.00 = 33.333… → 33.33
    expect(lineAmount(line('hours', 40, 10_000))).toBe(6_667); // 2/3 h × 100.00 = 66.666… → 66.67
    expect(lineAmount(line('hours', 1, 90))).toBe(2); // 1/60 h × 0.90 = 1.5 cents → 2
  });

  it('prices units counted in thousandths, halves away from zero', () => {
    expect(lineAmount(line('units', 1_500, 33))).toBe(50); // 1.5 × 0.33 = 49.5 cents → 50
    expect(lineAmount(line('units', -1_500, 33))).toBe(-50); // a credit: −49.5 → −50
    expect(lineAmount(line('units', 1_500, -33))).toBe(-50); // a negative price: the same
    expect(lineAmount(line('units', 500, 1))).toBe(1); // 0.5 cent → 1
    expect(lineAmount(line('units', 499, 1))).toBe(0); // 0.499 cent → 0
    expect(lineAmount(line('units', 3_000, 1_234))).toBe(3_702); // 3 × 12.34
  });

  it('refuses to guess when the product leaves safe integers', () => {
    expect(() => lineAmount(line('units', 1_000_000_000, 1_000_000_000_000))).toThrow(RangeError);
  });
});

describe('invoiceTotals', () => {
  it('computes tax once on the sum of each rate’s lines, not per line', () => {
    // three lines of 0.10 at 5 %: per line 0.005 → 0.01 each would make 0.03; on the sum 0.30 × 5 % = 0.015 → 0.02
    const gst: LineTax = { rateBasisPoints: 500, note: 'GST' };
    const totals = invoiceTotals({
      lines: [line('units', 1_000, 10, [gst]), line('units', 1_000, 10, [gst]), line('units', 1_000, 10, [gst])],
      discountBasisPoints: 0,
    });
    expect(totals).toEqual({
      lines: [{ amount: 10 }, { amount: 10 }, { amount: 10 }],
      subtotal: 30,
      discount: 0,
      taxes: [{ rateBasisPoints: 500, note: 'GST', base: 30, tax: 2 }],
      total: 32,
    });
  });

  it('adds several rates, a 0 % reverse charge and an untaxed line, in the order the lines name them', () => {
    const totals = invoiceTotals({
      lines: [
        line('hours', 90, 12_000, [vat20]), // 180.00
        line('units', 1_000, 2_499, [vat7]), // 24.99
        line('hours', 20, 10_000, [vat20]), // 33.33
        line('units', 3_000, 1_234, [reverseCharge]), // 37.02
        line('units', 1_000, 500), // 5.00, no tax
      ],
      discountBasisPoints: 0,
    });
    // subtotal 18000 + 2499 + 3333 + 3702 + 500 = 28034
    // VAT 20 % on 18000 + 3333 = 21333 → 4266.6 → 4267; VAT 7 % on 2499 → 174.93 → 175; reverse charge 0
    expect(totals).toEqual({
      lines: [{ amount: 18_000 }, { amount: 2_499 }, { amount: 3_333 }, { amount: 3_702 }, { amount: 500 }],
      subtotal: 28_034,
      discount: 0,
      taxes: [
        { rateBasisPoints: 2000, note: 'VAT', base: 21_333, tax: 4_267 },
        { rateBasisPoints: 700, note: 'VAT', base: 2_499, tax: 175 },
        { rateBasisPoints: 0, note: 'Reverse charge', base: 3_702, tax: 0 },
      ],
      total: 32_476, // 28034 + 4267 + 175 + 0
    });
  });

  it('keeps 0 % taxes with different notes apart', () => {
    const exempt: LineTax = { rateBasisPoints: 0, note: 'Exempt' };
    const totals = invoiceTotals({
      lines: [line('units', 1_000, 500_000, [reverseCharge]), line('units', 2_000, 1_000, [exempt])],
      discountBasisPoints: 0,
    });
    expect(totals.taxes).toEqual([
      { rateBasisPoints: 0, note: 'Reverse charge', base: 500_000, tax: 0 },
      { rateBasisPoints: 0, note: 'Exempt', base: 2_000, tax: 0 },
    ]);
    expect(totals.total).toBe(502_000);
  });

  it('rounds a half-cent tax away from zero, for credits too', () => {
    // 1.50 at 7 % = 0.105 → 0.11
    expect(invoiceTotals({ lines: [line('units', 1_000, 150, [vat7])], discountBasisPoints: 0 })).toMatchObject({
      taxes: [{ base: 150, tax: 11 }],
      total: 161,
    });
    // a credit note: −1.50 at 7 % = −0.105 → −0.11
    expect(invoiceTotals({ lines: [line('units', -1_000, 150, [vat7])], discountBasisPoints: 0 })).toMatchObject({
      subtotal: -150,
      taxes: [{ base: -150, tax: -11 }],
      total: -161,
    });
  });

  it('nets a credit line against its rate before the tax', () => {
    const totals = invoiceTotals({
      lines: [line('hours', 600, 9_500, [vat7]), line('units', -1_000, 12_345, [vat7])],
      discountBasisPoints: 0,
    });
    // 10 h × 95.00 = 950.00; credit −123.45; base 826.55; 7 % = 57.8585 → 57.86
    expect(totals).toEqual({
      lines: [{ amount: 95_000 }, { amount: -12_345 }],
      subtotal: 82_655,
      discount: 0,
      taxes: [{ rateBasisPoints: 700, note: 'VAT', base: 82_655, tax: 5_786 }],
      total: 88_441, // 82655 + 5786
    });
  });

  it('takes a percentage discount off each tax group, rounded once per group, before the tax', () => {
    const totals = invoiceTotals({
      lines: [line('units', 1_000, 1_005, [vat20]), line('units', 1_000, 1_005, [vat7]), line('units', 1_000, 15)],
      discountBasisPoints: 1_000, // 10 %
    });
    // groups: VAT 20 % 10.05 → discount 1.005 → 1.01, net 9.04; VAT 7 % the same; untaxed 0.15 → 0.015 → 0.02, net 0.13
    // discount 1.01 + 1.01 + 0.02 = 2.04 (10 % of the subtotal 20.25 would be 2.025 → 2.03: the groups round on their own)
    // VAT 20 % on 9.04 = 1.808 → 1.81; VAT 7 % on 9.04 = 0.6328 → 0.63
    expect(totals).toEqual({
      lines: [{ amount: 1_005 }, { amount: 1_005 }, { amount: 15 }],
      subtotal: 2_025,
      discount: 204,
      taxes: [
        { rateBasisPoints: 2000, note: 'VAT', base: 904, tax: 181 },
        { rateBasisPoints: 700, note: 'VAT', base: 904, tax: 63 },
      ],
      total: 2_065, // 2025 − 204 + 181 + 63
    });
    // the discounted groups add up to subtotal − discount exactly: 904 + 904 + 13 = 1821 = 2025 − 204
  });

  it('a 100 % discount leaves nothing to tax', () => {
    const totals = invoiceTotals({ lines: [line('units', 1_000, 1_005, [vat20])], discountBasisPoints: 10_000 });
    expect(totals).toMatchObject({ subtotal: 1_005, discount: 1_005, taxes: [{ base: 0, tax: 0 }], total: 0 });
  });

  it('puts a line with two taxes in both bases, and discounts it once', () => {
    const gst: LineTax = { rateBasisPoints: 500, note: 'GST' };
    const pst: LineTax = { rateBasisPoints: 700, note: 'PST' };
    const lines = [line('units', 1_000, 10_000, [gst, pst]), line('units', 2_000, 2_525, [gst])];
    // 100.00 with GST and PST; 2 × 25.25 = 50.50 with GST only
    expect(invoiceTotals({ lines, discountBasisPoints: 0 })).toEqual({
      lines: [{ amount: 10_000 }, { amount: 5_050 }],
      subtotal: 15_050,
      discount: 0,
      taxes: [
        { rateBasisPoints: 500, note: 'GST', base: 15_050, tax: 753 }, // 752.5 → 753
        { rateBasisPoints: 700, note: 'PST', base: 10_000, tax: 700 },
      ],
      total: 16_503,
    });
    // 5 %: GST+PST group 100.00 → 5.00 off, net 95.00; GST group 50.50 → 2.525 → 2.53 off, net 47.97
    // GST on 95.00 + 47.97 = 142.97 → 7.1485 → 7.15; PST on 95.00 → 6.65
    expect(invoiceTotals({ lines, discountBasisPoints: 500 })).toEqual({
      lines: [{ amount: 10_000 }, { amount: 5_050 }],
      subtotal: 15_050,
      discount: 753,
      taxes: [
        { rateBasisPoints: 500, note: 'GST', base: 14_297, tax: 715 },
        { rateBasisPoints: 700, note: 'PST', base: 9_500, tax: 665 },
      ],
      total: 15_677, // 15050 − 753 + 715 + 665
    });
  });

  it('works in whole yen (JPY has no minor digits)', () => {
    const consumption10: LineTax = { rateBasisPoints: 1000, note: 'Consumption tax' };
    const reduced8: LineTax = { rateBasisPoints: 800, note: 'Consumption tax (reduced)' };
    const totals = invoiceTotals({
      lines: [
        line('hours', 50, 8_000, [consumption10]), // 50 min at ¥8,000/h = 6666.67 → ¥6,667
        line('units', 2_500, 333, [consumption10]), // 2.5 × ¥333 = 832.5 → ¥833
        line('units', 1_000, 1_234, [reduced8]), // ¥1,234
      ],
      discountBasisPoints: 0,
    });
    // 10 % on 6667 + 833 = 7500 → 750; 8 % on 1234 = 98.72 → 99
    expect(totals).toEqual({
      lines: [{ amount: 6_667 }, { amount: 833 }, { amount: 1_234 }],
      subtotal: 8_734,
      discount: 0,
      taxes: [
        { rateBasisPoints: 1000, note: 'Consumption tax', base: 7_500, tax: 750 },
        { rateBasisPoints: 800, note: 'Consumption tax (reduced)', base: 1_234, tax: 99 },
      ],
      total: 9_583,
    });
  });

  it('an empty invoice is zero', () => {
    expect(invoiceTotals({ lines: [], discountBasisPoints: 1_000 })).toEqual({
      lines: [],
      subtotal: 0,
      discount: 0,
      taxes: [],
      total: 0,
    });
  });
});
