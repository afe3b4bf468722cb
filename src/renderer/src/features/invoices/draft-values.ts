import { moneyToDecimalText } from '../../domain/format/format-money';
import { formatBasisPoints } from '../../domain/format/format-percent';
import { newId } from '../../domain/ids';
import { taxKey } from '../../domain/model/invoice';
import type { Invoice, InvoiceLine, InvoiceLineInput, LineTax, LineUnit } from '../../domain/model/invoice';
import { formReader } from '../../domain/parse/form-reader';
import { parseMoney } from '../../domain/parse/parse-money';
import { basisPointsToText, parsePercent } from '../../domain/parse/parse-percent';
import { parseQuantity, quantityToText } from '../../domain/parse/parse-quantity';
import { money, toMinor } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import type { InvoiceDraftPatch } from '../../db/repositories/invoices-repo';

// A draft's editor holds what the user typed; these turn an invoice into that text and back
// (through the one form reader, so messages come by field path: 'lines.2.quantity').

export interface LineValues {
  id: string;
  /** the stored line it edits (keeps what it bills: entries, expenses, project); none for a new line */
  source: InvoiceLine | undefined;
  description: string;
  unit: LineUnit;
  quantity: string;
  unitPrice: string;
  /** the chosen taxes by taxKey */
  taxKeys: string[];
}

export interface DraftValues {
  issueDate: string;
  dueDate: string;
  poNumber: string;
  notes: string;
  discount: string;
  lines: LineValues[];
}

export function lineValues(line: InvoiceLine, currency: CurrencyCode): LineValues {
  return {
    id: line.id,
    source: line,
    description: line.description,
    unit: line.unit,
    quantity: quantityToText(line.quantity, line.unit),
    unitPrice: moneyToDecimalText(money(line.unitPrice, currency)),
    taxKeys: line.taxes.map(taxKey),
  };
}

export function draftValues(invoice: Invoice): DraftValues {
  return {
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    poNumber: invoice.poNumber,
    notes: invoice.notes,
    discount: basisPointsToText(invoice.discountBasisPoints),
    lines: invoice.lines.map((line) => lineValues(line, invoice.currency)),
  };
}

/** A new line typed by hand: one unit, no price yet, the default tax rate of Settings if one is marked. */
export function newLineValues(defaultTax: LineTax | undefined): LineValues {
  return {
    id: newId(),
    source: undefined,
    description: '',
    unit: 'units',
    quantity: '1',
    unitPrice: '',
    taxKeys: defaultTax ? [taxKey(defaultTax)] : [],
  };
}

/** The taxes a line may take: Settings' rates, then any the line already carries that Settings no longer lists. */
export function taxChoices(rates: readonly LineTax[], line: LineValues): LineTax[] {
  const choices = rates.map(({ rateBasisPoints, note }) => ({ rateBasisPoints, note }));
  for (const tax of line.source?.taxes ?? []) {
    if (!choices.some((choice) => taxKey(choice) === taxKey(tax))) choices.push(tax);
  }
  return choices;
}

/** 'VAT 20%', or just the rate when the tax has no note. */
export function taxLabel(tax: LineTax): string {
  const rate = formatBasisPoints(tax.rateBasisPoints);
  return tax.note ? `${tax.note} ${rate}` : `Tax ${rate}`;
}

function chosenTaxes(rates: readonly LineTax[], line: LineValues): LineTax[] {
  return taxChoices(rates, line).filter((tax) => line.taxKeys.includes(taxKey(tax)));
}

/** The draft's patch from the typed values, or a ValidationError with every message by field path. */
export function readDraft(values: DraftValues, currency: CurrencyCode, rates: readonly LineTax[]): InvoiceDraftPatch {
  const read = formReader(currency);
  const issueDate = read.day('issueDate', values.issueDate, { required: 'Enter the issue date' });
  const dueDate = read.day('dueDate', values.dueDate, { required: 'Enter the due date' });
  if (issueDate && dueDate && dueDate < issueDate) read.fail('dueDate', 'The due date must be on or after the issue date');
  const discount = read.percent('discountBasisPoints', values.discount) ?? 0;
  const lines = values.lines.map((line, index): InvoiceLineInput => {
    const path = `lines.${index}`;
    const quantity = parseQuantity(line.quantity, line.unit);
    if (!quantity.ok) read.fail(`${path}.quantity`, quantity.error);
    const unitPrice = read.money(`${path}.unitPrice`, line.unitPrice, { required: true }) ?? 0;
    return {
      ...line.source,
      id: line.id,
      description: read.text(`${path}.description`, line.description, { required: 'Describe the line' }) ?? '',
      unit: line.unit,
      quantity: quantity.ok ? quantity.value : 0,
      unitPrice,
      taxes: chosenTaxes(rates, line),
    };
  });
  read.finish();
  return { issueDate, dueDate, poNumber: values.poNumber, notes: values.notes, discountBasisPoints: discount, lines };
}

/** The lines as typed, priced, for totals while editing; null while any line does not read. */
export function previewLines(
  values: DraftValues,
  currency: CurrencyCode,
  rates: readonly LineTax[],
): { lines: Pick<InvoiceLine, 'unit' | 'quantity' | 'unitPrice' | 'taxes'>[]; discountBasisPoints: number } | null {
  const discount = values.discount.trim() === '' ? { ok: true as const, value: 0 } : parsePercent(values.discount);
  if (!discount.ok) return null;
  const lines = [];
  for (const line of values.lines) {
    const quantity = parseQuantity(line.quantity, line.unit);
    const price = parseMoney(line.unitPrice, currency);
    if (!quantity.ok || !price.ok) return null;
    lines.push({
      unit: line.unit,
      quantity: quantity.value,
      unitPrice: toMinor(price.value.minor),
      taxes: chosenTaxes(rates, line),
    });
  }
  return { lines, discountBasisPoints: discount.value };
}
