import { BASIS_POINTS_PER_WHOLE, QUANTITY_STEPS, taxKey } from '../model/invoice';
import type { InvoiceLine, LineTax } from '../model/invoice';
import { toMinor } from '../units/money';
import type { IntegerMinor } from '../units/money';
import { divideRounded } from '../units/rounding';

// An invoice's money, exact in integer minor units (docs/product.md, "Money rounding"; the reasons in
// docs/decisions.md, "Invoice money: line rounding and tax per rate"):
// - each line = quantity × unit price, rounded once, half away from zero, to the minor unit;
// - the discount (a percentage) is taken off each group of lines that share the same taxes, rounded
//   once per group, so the discounted groups add up to exactly subtotal − discount;
// - each tax (a rate and its note) is computed once on the sum of its lines after the discount,
//   rounded once;
// - total = subtotal − discount + Σ taxes: a sum of the rounded parts, never rounded again.
// Amounts past Number.MAX_SAFE_INTEGER make divideRounded or toMinor throw a RangeError rather than
// give a wrong number (a tax base has to stay under about 9 × 10^11 minor units).

export type PricedLine = Pick<InvoiceLine, 'unit' | 'quantity' | 'unitPrice'>;
export type TaxedLine = PricedLine & Pick<InvoiceLine, 'taxes'>;

export interface TaxPart {
  rateBasisPoints: number;
  note: string;
  /** the sum of this tax's lines after the discount */
  base: IntegerMinor;
  tax: IntegerMinor;
}

export interface InvoiceTotals {
  /** one per line, in the lines' order */
  lines: { amount: IntegerMinor }[];
  /** Σ line amounts */
  subtotal: IntegerMinor;
  /** what the discount takes off (positive for a positive subtotal); 0 without a discount */
  discount: IntegerMinor;
  /** one per distinct tax (rate and note), in the order the lines first name them */
  taxes: TaxPart[];
  /** subtotal − discount + Σ tax */
  total: IntegerMinor;
}

/** A line's amount: quantity × unit price ÷ the unit's steps, rounded once half away from zero. */
export function lineAmount(line: PricedLine): IntegerMinor {
  return toMinor(divideRounded(line.quantity * line.unitPrice, QUANTITY_STEPS[line.unit]));
}

/** `basisPoints` of `amount` (1000 = 10 %), rounded once half away from zero. */
function share(amount: number, basisPoints: number): number {
  return divideRounded(amount * basisPoints, BASIS_POINTS_PER_WHOLE);
}

interface Group {
  sum: number;
  taxKeys: string[];
}

export function invoiceTotals(invoice: { lines: readonly TaxedLine[]; discountBasisPoints: number }): InvoiceTotals {
  const lines: { amount: IntegerMinor }[] = [];
  const taxes = new Map<string, LineTax & { base: number }>();
  // Lines with the same set of taxes share one discount rounding.
  const groups = new Map<string, Group>();
  let subtotal = 0;
  for (const line of invoice.lines) {
    const amount = lineAmount(line);
    lines.push({ amount });
    subtotal += amount;
    for (const tax of line.taxes) {
      const key = taxKey(tax);
      if (!taxes.has(key)) taxes.set(key, { rateBasisPoints: tax.rateBasisPoints, note: tax.note, base: 0 });
    }
    const keys = [...new Set(line.taxes.map(taxKey))].sort();
    const groupKey = JSON.stringify(keys);
    const group = groups.get(groupKey) ?? { sum: 0, taxKeys: keys };
    group.sum += amount;
    groups.set(groupKey, group);
  }

  let discount = 0;
  for (const group of groups.values()) {
    const groupDiscount = share(group.sum, invoice.discountBasisPoints);
    discount += groupDiscount;
    for (const key of group.taxKeys) {
      const tax = taxes.get(key);
      if (tax) tax.base += group.sum - groupDiscount;
    }
  }

  const taxParts = [...taxes.values()].map((tax) => ({
    rateBasisPoints: tax.rateBasisPoints,
    note: tax.note,
    base: toMinor(tax.base),
    tax: toMinor(share(tax.base, tax.rateBasisPoints)),
  }));
  const taxTotal = taxParts.reduce((sum, part) => sum + part.tax, 0);
  return {
    lines,
    subtotal: toMinor(subtotal),
    discount: toMinor(discount),
    taxes: taxParts,
    total: toMinor(subtotal - discount + taxTotal),
  };
}
