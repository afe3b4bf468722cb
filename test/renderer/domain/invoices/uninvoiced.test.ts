import { describe, expect, it } from 'vitest';
import { invoicedSources, uninvoiced } from '../../../../src/renderer/src/domain/invoices/uninvoiced';
import type { BillableEntry, BillableExpense } from '../../../../src/renderer/src/domain/invoices/uninvoiced';
import { invoiceSchema } from '../../../../src/renderer/src/domain/model/invoice';
import type { InvoiceStatus } from '../../../../src/renderer/src/domain/model/invoice';
import { toCurrencyCode } from '../../../../src/renderer/src/domain/units/money';
import { validate } from '../../../../src/renderer/src/domain/validation';

const EUR = toCurrencyCode('EUR');
const USD = toCurrencyCode('USD');

function entry(
  id: string,
  projectId: string,
  minutes: number,
  rateSnapshot: number,
  billable = true,
  currency = EUR,
): BillableEntry {
  return { id, projectId, minutes, rateSnapshot, currency, billable };
}

function expense(id: string, projectId: string, amount: number, billable = true, currency = EUR): BillableExpense {
  return { id, projectId, amount, currency, billable };
}

function invoiceOf(status: InvoiceStatus, timeEntryIds: string[], expenseIds: string[] = []) {
  return validate(invoiceSchema, {
    clientId: 'c1',
    number: status === 'draft' ? '' : `2026-${timeEntryIds.join('')}`,
    status,
    sentAt: '2026-10-01T08:00:00.000Z',
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    currency: 'EUR',
    lines: [{ description: 'Work', unit: 'hours', quantity: 60, unitPrice: 10_000, timeEntryIds, expenseIds }],
  });
}

// 'tm' and 'tm-usd' are time and materials; 'ff' a fixed fee; 'ret' a retainer
const timeAndMaterialsProjectIds = new Set(['tm', 'tm-usd']);

describe('invoicedSources', () => {
  it('collects what sent invoices bill; drafts and void invoices lock nothing', () => {
    const sources = invoicedSources([
      invoiceOf('sent', ['e6'], ['x3']),
      invoiceOf('draft', ['e7']),
      invoiceOf('void', ['e8'], ['x9']),
    ]);
    expect([...sources.entryIds]).toEqual(['e6']);
    expect([...sources.expenseIds]).toEqual(['x3']);
  });
});

describe('uninvoiced', () => {
  it('sums billable, unbilled time and expenses of time-and-materials projects per currency, rounding per entry', () => {
    const invoiced = invoicedSources([invoiceOf('sent', ['e6'], ['x3']), invoiceOf('draft', ['e7']), invoiceOf('void', ['e8'])]);
    const result = uninvoiced({
      entries: [
        entry('e1', 'tm', 90, 12_000), // 1.5 h × 120.00 = 180.00
        entry('e2', 'tm', 20, 10_000), // 33.333… → 33.33
        entry('e3', 'tm', 1, 90), // 1.5 cents → 2
        entry('e4', 'tm', 1, 90), // 2 again: rounded per entry, so 4 in all (not round(2 × 90 ÷ 60) = 3)
        entry('e5', 'tm', 60, 10_000, false), // not billable
        entry('e6', 'tm', 60, 10_000), // on a sent invoice
        entry('e7', 'tm', 30, 10_000), // only on a draft: 50.00
        entry('e8', 'tm', 15, 10_000), // on a void invoice: free again, 25.00
        entry('e9', 'ff', 60, 10_000), // fixed fee
        entry('e10', 'ret', 60, 10_000), // retainer
        entry('e11', 'tm-usd', 45, 8_000, true, USD), // 0.75 h × 80.00 = $60.00
      ],
      expenses: [
        expense('x1', 'tm', 1_500),
        expense('x2', 'tm', 999, false), // not billable
        expense('x3', 'tm', 700), // on a sent invoice
        expense('x4', 'ff', 5_000), // fixed fee
        expense('x5', 'tm-usd', 250, true, USD),
      ],
      timeAndMaterialsProjectIds,
      invoiced,
    });
    // EUR time 18000 + 3333 + 2 + 2 + 5000 + 2500 = 28837; expenses 1500; total 30337
    // USD time 6000; expenses 250; total 6250
    expect(result).toEqual({
      time: [
        { currency: 'EUR', minor: 28_837 },
        { currency: 'USD', minor: 6_000 },
      ],
      expenses: [
        { currency: 'EUR', minor: 1_500 },
        { currency: 'USD', minor: 250 },
      ],
      total: [
        { currency: 'EUR', minor: 30_337 },
        { currency: 'USD', minor: 6_250 },
      ],
      byProject: new Map([
        ['tm', [{ currency: 'EUR', minor: 30_337 }]],
        ['tm-usd', [{ currency: 'USD', minor: 6_250 }]],
      ]),
      entryIds: ['e1', 'e2', 'e3', 'e4', 'e7', 'e8', 'e11'],
      expenseIds: ['x1', 'x5'],
    });
  });

  it('is empty when everything is billed', () => {
    const result = uninvoiced({
      entries: [entry('e1', 'tm', 60, 10_000)],
      expenses: [expense('x1', 'tm', 100)],
      timeAndMaterialsProjectIds,
      invoiced: invoicedSources([invoiceOf('sent', ['e1'], ['x1'])]),
    });
    expect(result).toEqual({ time: [], expenses: [], total: [], byProject: new Map(), entryIds: [], expenseIds: [] });
  });
});
