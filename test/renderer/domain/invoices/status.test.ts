import { describe, expect, it } from 'vitest';
import { checkPayment, dueDateFor, invoiceStanding, paidAmount } from '../../../../src/renderer/src/domain/invoices/status';
import type { PaymentAmount } from '../../../../src/renderer/src/domain/invoices/status';
import { invoiceSchema } from '../../../../src/renderer/src/domain/model/invoice';
import type { Invoice, InvoiceInput } from '../../../../src/renderer/src/domain/model/invoice';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { toCurrencyCode, toMinor } from '../../../../src/renderer/src/domain/units/money';
import { validate } from '../../../../src/renderer/src/domain/validation';

const day = toDayKey;
const EUR = toCurrencyCode('EUR');
const JPY = toCurrencyCode('JPY');
const vat20 = { rateBasisPoints: 2000, note: 'VAT' };

// 1,000.00 + 20 min at 100.00/h (33.33) = 1,033.33; VAT 20 % = 206.666 → 206.67; total 1,240.00
function invoice(overrides: Partial<InvoiceInput> = {}): Invoice {
  return validate(invoiceSchema, {
    id: 'inv-1',
    clientId: 'c1',
    number: '2026-0007',
    status: 'sent',
    sentAt: '2026-10-01T08:00:00.000Z',
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    currency: 'EUR',
    lines: [
      { description: 'Design', unit: 'units', quantity: 1_000, unitPrice: 100_000, taxes: [vat20] },
      { description: 'Call', unit: 'hours', quantity: 20, unitPrice: 10_000, taxes: [vat20] },
    ],
    ...overrides,
  });
}

function paid(amount: number, invoiceId = 'inv-1'): PaymentAmount {
  return { invoiceId, amount: toMinor(amount) };
}

describe('invoiceStanding', () => {
  it('a draft is a draft, whatever the date', () => {
    expect(invoiceStanding(invoice({ status: 'draft', number: '' }), [], day('2027-03-01'))).toEqual({
      state: 'draft',
      total: 124_000,
      paid: 0,
      balance: 124_000,
      daysOverdue: 0,
    });
  });

  it('is sent up to and on its due date, overdue the day after', () => {
    expect(invoiceStanding(invoice(), [], day('2026-10-31'))).toMatchObject({ state: 'sent', balance: 124_000, daysOverdue: 0 });
    expect(invoiceStanding(invoice(), [], day('2026-11-01'))).toMatchObject({ state: 'overdue', daysOverdue: 1 });
    // 31 days: 1 Nov … 1 Dec, across the end of summer time
    expect(invoiceStanding(invoice(), [], day('2026-12-01'))).toMatchObject({ state: 'overdue', daysOverdue: 31 });
  });

  it('a part payment leaves it partially paid, and overdue once the due date has passed', () => {
    const payments = [paid(24_000)];
    expect(invoiceStanding(invoice(), payments, day('2026-10-20'))).toEqual({
      state: 'partially_paid',
      total: 124_000,
      paid: 24_000,
      balance: 100_000,
      daysOverdue: 0,
    });
    expect(invoiceStanding(invoice(), payments, day('2026-11-04'))).toEqual({
      state: 'overdue',
      total: 124_000,
      paid: 24_000,
      balance: 100_000,
      daysOverdue: 4,
    });
  });

  it('is paid when the payments reach the total, late or not', () => {
    expect(invoiceStanding(invoice(), [paid(24_000), paid(100_000)], day('2026-12-24'))).toEqual({
      state: 'paid',
      total: 124_000,
      paid: 124_000,
      balance: 0,
      daysOverdue: 0,
    });
  });

  it('counts only this invoice’s payments', () => {
    expect(paidAmount('inv-1', [paid(500), paid(9_999, 'inv-2'), paid(700)])).toBe(1_200);
    expect(invoiceStanding(invoice(), [paid(124_000, 'inv-2')], day('2026-10-20'))).toMatchObject({ state: 'sent', paid: 0 });
  });

  it('a void invoice owes nothing and stays void', () => {
    expect(invoiceStanding(invoice({ status: 'void' }), [paid(24_000)], day('2027-01-01'))).toEqual({
      state: 'void',
      total: 124_000,
      paid: 24_000,
      balance: 0,
      daysOverdue: 0,
    });
  });

  it('a sent invoice with nothing to pay is paid: zero, or a credit note', () => {
    expect(invoiceStanding(invoice({ lines: [] }), [], day('2027-01-01'))).toMatchObject({ state: 'paid', balance: 0 });
    const credit = invoice({ lines: [{ description: 'Refund', quantity: -1_000, unitPrice: 5_000, taxes: [vat20] }] });
    // −50.00 + VAT −10.00
    expect(invoiceStanding(credit, [], day('2027-01-01'))).toMatchObject({ state: 'paid', total: -6_000, balance: -6_000 });
  });
});

describe('dueDateFor', () => {
  it('adds net days as calendar days', () => {
    expect(dueDateFor(day('2026-11-04'), 30)).toBe('2026-12-04');
    expect(dueDateFor(day('2026-11-04'), 0)).toBe('2026-11-04');
    expect(dueDateFor(day('2026-01-31'), 30)).toBe('2026-03-02');
    expect(dueDateFor(day('2028-02-15'), 14)).toBe('2028-02-29');
    expect(dueDateFor(day('2026-10-20'), 14)).toBe('2026-11-03'); // across the clock change on 25 Oct
  });

  it('refuses terms that are not 0–365 whole days', () => {
    expect(() => dueDateFor(day('2026-11-04'), -1)).toThrow(RangeError);
    expect(() => dueDateFor(day('2026-11-04'), 1.5)).toThrow(RangeError);
    expect(() => dueDateFor(day('2026-11-04'), 366)).toThrow('Payment terms must be 0 to 365 days, not 366');
  });
});

describe('checkPayment', () => {
  const today = day('2026-11-04');
  const payment = (amount: number, date = '2026-11-02', currency = EUR) => ({ amount, date: day(date), currency });

  it('accepts part payments and the exact rest', () => {
    expect(checkPayment(invoice(), [], payment(24_000), today)).toBeNull();
    expect(checkPayment(invoice(), [paid(24_000)], payment(100_000), today)).toBeNull();
    expect(checkPayment(invoice(), [], payment(124_000, '2026-10-01'), today)).toBeNull(); // on the issue day
    expect(checkPayment(invoice(), [], payment(124_000, '2026-11-04'), today)).toBeNull(); // today
  });

  it('refuses a payment that would take the balance below zero, saying what is owed', () => {
    expect(checkPayment(invoice(), [paid(24_000)], payment(100_001), today, 'en-US')).toBe(
      'That is more than the €1,000.00 still owed on this invoice: a payment cannot take the balance below zero',
    );
    expect(checkPayment(invoice(), [paid(24_000), paid(100_000)], payment(1), today)).toBe(
      'This invoice is paid in full: nothing is left to pay',
    );
  });

  it('says the balance in the invoice’s own currency (whole yen)', () => {
    const yen = invoice({
      currency: 'JPY',
      lines: [{ description: 'Site', quantity: 1_000, unitPrice: 7_500, taxes: [{ rateBasisPoints: 1000, note: 'Tax' }] }],
    });
    // ¥7,500 + 10 % = ¥8,250
    expect(checkPayment(yen, [], payment(8_250, '2026-11-02', JPY), today)).toBeNull();
    expect(checkPayment(yen, [], payment(8_251, '2026-11-02', JPY), today, 'en-US')).toBe(
      'That is more than the ¥8,250 still owed on this invoice: a payment cannot take the balance below zero',
    );
  });

  it('refuses payments on drafts and void invoices, in another currency, of nothing, or on impossible days', () => {
    expect(checkPayment(invoice({ status: 'draft', number: '' }), [], payment(1), today)).toBe(
      'Mark the invoice sent before recording a payment',
    );
    expect(checkPayment(invoice({ status: 'void' }), [], payment(1), today)).toBe('This invoice is void: it takes no payments');
    expect(checkPayment(invoice(), [], payment(1, '2026-11-02', toCurrencyCode('USD')), today)).toBe(
      'This invoice is in EUR: record the payment in EUR',
    );
    expect(checkPayment(invoice(), [], payment(0), today)).toBe('A payment must be more than zero');
    expect(checkPayment(invoice(), [], payment(-500), today)).toBe('A payment must be more than zero');
    expect(checkPayment(invoice(), [], payment(0.5), today)).toBe('A payment must be more than zero');
    expect(checkPayment(invoice(), [], payment(1, '2026-09-30'), today)).toBe(
      'A payment cannot be dated before the invoice’s issue date',
    );
    expect(checkPayment(invoice(), [], payment(1, '2026-11-05'), today)).toBe('A payment cannot be dated in the future');
  });
});
