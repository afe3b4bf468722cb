import { describe, expect, it } from 'vitest';
import { invoicesCsv, paymentsCsv } from '../../../../src/renderer/src/domain/csv/invoice-export';
import type { InvoiceExportRow } from '../../../../src/renderer/src/domain/csv/invoice-export';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { toCurrencyCode, toMinor } from '../../../../src/renderer/src/domain/units/money';

const lines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

const VAT = { rateBasisPoints: 2000, note: 'VAT' };

// Sent, EUR: 10 h × €120.00 = €1,200.00 and 1 × €45.50 = €45.50; subtotal €1,245.50;
// 10 % discount: 120.00 + 4.55 = €124.55; VAT 20 % on (1,200.00 − 120.00) = 1,080.00 → €216.00;
// the expense line has no tax. Total = 1,245.50 − 124.55 + 216.00 = €1,336.95; paid €1,000.00;
// balance €336.95.
const SENT: InvoiceExportRow = {
  invoice: {
    id: 'i1',
    number: '2026-0007',
    status: 'sent',
    issueDate: toDayKey('2026-10-01'),
    dueDate: toDayKey('2026-10-31'),
    poNumber: 'PO-42, phase 2',
    currency: toCurrencyCode('EUR'),
    discountBasisPoints: 1000,
    lines: [
      {
        id: 'l1',
        description: 'Design',
        unit: 'hours',
        quantity: 600,
        unitPrice: toMinor(12_000),
        taxes: [VAT],
        timeEntryIds: [],
        expenseIds: [],
      },
      {
        id: 'l2',
        description: 'Prints',
        unit: 'units',
        quantity: 1000,
        unitPrice: toMinor(4_550),
        taxes: [],
        timeEntryIds: [],
        expenseIds: [],
      },
    ],
  },
  clientName: 'Acme',
  standing: { state: 'overdue', paid: toMinor(100_000), balance: toMinor(33_695), daysOverdue: 4 },
};

// A draft in JPY (no decimals) for a client whose name a spreadsheet would run as a formula:
// 3 × ¥10,000 = ¥30,000, no tax, nothing paid.
const DRAFT: InvoiceExportRow = {
  invoice: {
    id: 'i2',
    number: '',
    status: 'draft',
    issueDate: toDayKey('2026-11-02'),
    dueDate: toDayKey('2026-12-02'),
    poNumber: '',
    currency: toCurrencyCode('JPY'),
    discountBasisPoints: 0,
    lines: [
      {
        id: 'l3',
        description: 'Workshop',
        unit: 'units',
        quantity: 3000,
        unitPrice: toMinor(10_000),
        taxes: [],
        timeEntryIds: [],
        expenseIds: [],
      },
    ],
  },
  clientName: '=cmd()',
  standing: { state: 'draft', paid: toMinor(0), balance: toMinor(30_000), daysOverdue: 0 },
};

describe('invoices CSV', () => {
  it('writes one line per invoice: its money, where it stands, formulas defused', () => {
    const text = invoicesCsv([SENT, DRAFT]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines(text)).toEqual([
      'Number,State,Client,Issue date,Due date,PO number,Currency,Subtotal,Discount,Tax,Total,Paid,Balance,Days overdue',
      '2026-0007,Overdue,Acme,2026-10-01,2026-10-31,"PO-42, phase 2",EUR,1245.50,124.55,216.00,1336.95,1000.00,336.95,4',
      "Draft,Draft,'=cmd(),2026-11-02,2026-12-02,,JPY,30000,0,0,30000,0,30000,0",
    ]);
  });

  it('writes only the header when there is nothing to export', () => {
    expect(lines(invoicesCsv([]))).toHaveLength(1);
  });
});

describe('payments CSV', () => {
  it('writes one line per payment with its invoice and client', () => {
    const text = paymentsCsv([
      {
        payment: { date: toDayKey('2026-10-20'), amount: toMinor(60_000), currency: toCurrencyCode('EUR'), note: '' },
        invoice: { number: '2026-0007' },
        clientName: 'Acme',
      },
      {
        payment: {
          date: toDayKey('2026-10-28'),
          amount: toMinor(40_000),
          currency: toCurrencyCode('EUR'),
          note: '+ bank fee "refund"',
        },
        invoice: { number: '2026-0007' },
        clientName: 'Acme',
      },
    ]);
    // 60,000 cents = 600.00; 40,000 cents = 400.00
    expect(lines(text)).toEqual([
      'Date,Invoice,Client,Amount,Currency,Note',
      '2026-10-20,2026-0007,Acme,600.00,EUR,',
      `2026-10-28,2026-0007,Acme,400.00,EUR,"'+ bank fee ""refund"""`,
    ]);
  });
});
