import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, validate } from '../../../../src/renderer/src/domain/validation';
import { invoiceLineSchema, invoiceSchema, taxKey } from '../../../../src/renderer/src/domain/model/invoice';
import { paymentSchema } from '../../../../src/renderer/src/domain/model/payment';

const draft = { clientId: 'c1', issueDate: '2026-11-04', dueDate: '2026-12-04', currency: 'eur' };

describe('invoice schema', () => {
  it('fills a draft with defaults, trims and upper-cases the currency', () => {
    const invoice = validate(invoiceSchema, { ...draft, poNumber: ' PO-7 ' });
    expect(invoice).toMatchObject({
      status: 'draft',
      number: '',
      poNumber: 'PO-7',
      notes: '',
      currency: 'EUR',
      lines: [],
      discountBasisPoints: 0,
    });
    expect(invoice.id).not.toBe('');
    expect(invoice.sentAt).toBeUndefined();
  });

  it('gives a line its defaults: units, no taxes, no sources', () => {
    const line = validate(invoiceLineSchema, { description: ' Design ', quantity: 1500, unitPrice: 8000 });
    expect(line).toMatchObject({ description: 'Design', unit: 'units', taxes: [], timeEntryIds: [], expenseIds: [] });
  });

  it('keeps credits: negative quantities and prices are allowed', () => {
    expect(fieldErrorsOf(invoiceLineSchema, { description: 'Credit', quantity: -1000, unitPrice: 5000 })).toEqual({});
    expect(fieldErrorsOf(invoiceLineSchema, { description: 'Credit', quantity: 1000, unitPrice: -5000 })).toEqual({});
  });

  it('speaks plain English about a line', () => {
    expect(
      fieldErrorsOf(invoiceLineSchema, {
        description: ' ',
        unit: 'days',
        quantity: 1.5,
        unitPrice: 12.5,
        taxes: [{ rateBasisPoints: 10_001 }],
      }),
    ).toEqual({
      description: 'Description is required',
      unit: 'Choose hours or units',
      quantity: 'Quantity must be a number',
      unitPrice: 'Unit price must be a whole number of cents',
      'taxes.0.rateBasisPoints': 'Tax rate must be from 0 % to 100 %, in steps of 0.01 %',
    });
  });

  it('refuses the same tax twice on a line, but not the same rate with another note', () => {
    const vat = { rateBasisPoints: 2000, note: 'VAT' };
    expect(fieldErrorsOf(invoiceLineSchema, { description: 'x', quantity: 1, unitPrice: 1, taxes: [vat, vat] })).toEqual({
      taxes: 'A line cannot have the same tax twice',
    });
    const gst = { rateBasisPoints: 500, note: 'GST' };
    const pst = { rateBasisPoints: 500, note: 'PST' };
    expect(fieldErrorsOf(invoiceLineSchema, { description: 'x', quantity: 1, unitPrice: 1, taxes: [gst, pst] })).toEqual({});
    expect(taxKey(gst)).not.toBe(taxKey(pst));
  });

  it('refuses a line whose quantity × price would leave exact integers', () => {
    // 1e9 × 1e12 = 1e21, far beyond 2^53
    expect(fieldErrorsOf(invoiceLineSchema, { description: 'x', quantity: 1_000_000_000, unitPrice: 1_000_000_000_000 })).toEqual(
      { unitPrice: 'Quantity × unit price is too large for one line' },
    );
    expect(fieldErrorsOf(invoiceLineSchema, { description: 'x', quantity: 1_000_000_001, unitPrice: 1 })).toEqual({
      quantity: 'Quantity is too large',
    });
  });

  it('checks the invoice as a whole: due date, number and sent time, sources billed once', () => {
    const line = { description: 'Work', unit: 'hours', quantity: 60, unitPrice: 10_000, timeEntryIds: ['e1'] };
    expect(
      fieldErrorsOf(invoiceSchema, {
        ...draft,
        status: 'sent',
        dueDate: '2026-11-03',
        discountBasisPoints: -1,
        lines: [line, { ...line, timeEntryIds: ['e2', 'e1'] }],
      }),
    ).toEqual({
      discountBasisPoints: 'Discount must be from 0 % to 100 %, in steps of 0.01 %',
      dueDate: 'Due date must be on or after the issue date',
      number: 'A sent or void invoice needs its number',
      sentAt: 'A sent invoice needs the time it was sent',
      lines: 'A time entry can be on one line of an invoice only',
    });
    expect(
      fieldErrorsOf(invoiceSchema, {
        ...draft,
        lines: [
          { description: 'a', quantity: 1, unitPrice: 1, expenseIds: ['x1'] },
          { description: 'b', quantity: 1, unitPrice: 1, expenseIds: ['x1'] },
        ],
      }),
    ).toEqual({ lines: 'An expense can be on one line of an invoice only' });
  });

  it('keeps a void invoice’s number and needs one', () => {
    expect(fieldErrorsOf(invoiceSchema, { ...draft, status: 'void' })).toEqual({
      number: 'A sent or void invoice needs its number',
    });
    expect(fieldErrorsOf(invoiceSchema, { ...draft, status: 'void', number: '2026-0003' })).toEqual({});
    expect(
      fieldErrorsOf(invoiceSchema, { ...draft, status: 'sent', number: '2026-0004', sentAt: '2026-11-04T08:30:00.000Z' }),
    ).toEqual({});
  });
});

describe('payment schema', () => {
  it('needs an invoice, a real day and an amount above zero', () => {
    expect(fieldErrorsOf(paymentSchema, { date: '2026-02-30', amount: 0, currency: 'EUR' })).toEqual({
      invoiceId: 'Choose an invoice',
      date: 'Payment date must be a real day written YYYY-MM-DD',
      amount: 'Amount must be more than zero',
    });
    expect(fieldErrorsOf(paymentSchema, { invoiceId: 'i1', date: '2026-11-04', amount: -5, currency: 'EUR' })).toEqual({
      amount: 'Amount cannot be negative',
    });
    expect(validate(paymentSchema, { invoiceId: 'i1', date: '2026-11-04', amount: 12_050, currency: 'eur' })).toMatchObject({
      amount: 12_050,
      currency: 'EUR',
      note: '',
    });
  });
});
