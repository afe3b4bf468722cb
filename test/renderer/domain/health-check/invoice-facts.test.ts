import { describe, expect, it } from 'vitest';
import {
  lateInvoiceText,
  lateInvoices,
  openInvoicesByClient,
} from '../../../../src/renderer/src/domain/health-check/invoice-facts';
import { invoiceSchema } from '../../../../src/renderer/src/domain/model/invoice';
import type { Invoice, InvoiceInput } from '../../../../src/renderer/src/domain/model/invoice';
import { toMinor } from '../../../../src/renderer/src/domain/units/money';
import { TODAY } from './fixtures';

// Today is Wednesday 2026-03-18 (fixtures). Days overdue = calendar days from the due date to today.

function invoice(input: Partial<InvoiceInput> & { id: string }): Invoice {
  return invoiceSchema.parse({
    clientId: 'c1',
    currency: 'EUR',
    status: 'sent',
    sentAt: '2026-01-01T10:00:00.000Z',
    issueDate: '2026-01-01',
    dueDate: '2026-01-31',
    number: `2026-${input.id}`,
    // 10 h (600 minutes) at €100.00 an hour = 100,000 cents
    lines: [{ description: 'Design', unit: 'hours', quantity: 600, unitPrice: 10_000 }],
    ...input,
  });
}

const late = invoice({ id: 'a' }); // due Jan 31: 28 days to Feb 28 + 18 to Mar 18 = 46 days overdue
const limit = invoice({ id: 'b', issueDate: '2026-02-10', dueDate: '2026-02-16' }); // 12 + 18 = 30 days
const paid = invoice({ id: 'c', issueDate: '2025-12-01', dueDate: '2025-12-31' });
const notDue = invoice({ id: 'd', issueDate: '2026-03-10', dueDate: '2026-04-09' });
const other = invoice({
  id: 'e',
  clientId: 'c2',
  currency: 'USD',
  dueDate: '2026-01-10', // 21 days to Jan 31 + 28 + 18 = 67 days overdue
  // 1 unit at $123.45
  lines: [{ description: 'Hosting', unit: 'units', quantity: 1000, unitPrice: 12_345 }],
});
const draft = invoice({ id: 'f', status: 'draft', number: '', sentAt: undefined, dueDate: '2026-01-02' });
const voided = invoice({ id: 'g', status: 'void', dueDate: '2026-01-02' });

const payments = [
  { invoiceId: 'a', amount: toMinor(25_000) }, // 100,000 − 25,000 = 75,000 owed
  { invoiceId: 'c', amount: toMinor(60_000) },
  { invoiceId: 'c', amount: toMinor(40_000) }, // 60,000 + 40,000 = the whole 100,000: paid
];

describe('open invoices per client', () => {
  const byClient = openInvoicesByClient([notDue, limit, late, paid, other, draft, voided], payments, TODAY);

  it('keeps sent invoices with money owed, most overdue first, with balance and days overdue', () => {
    expect(byClient.get('c1')).toEqual([
      { id: 'a', number: '2026-a', currency: 'EUR', balance: 75_000, daysOverdue: 46 },
      { id: 'b', number: '2026-b', currency: 'EUR', balance: 100_000, daysOverdue: 30 },
      { id: 'd', number: '2026-d', currency: 'EUR', balance: 100_000, daysOverdue: 0 },
    ]);
    expect(byClient.get('c2')).toEqual([{ id: 'e', number: '2026-e', currency: 'USD', balance: 12_345, daysOverdue: 67 }]);
  });

  it('late means more than 30 days overdue', () => {
    expect(lateInvoices(byClient.get('c1')!).map((open) => open.id)).toEqual(['a']);
    expect(lateInvoiceText(lateInvoices(byClient.get('c2')!), 'en-US')).toBe(
      'invoice 2026-e is 67 days overdue with $123.45 owed',
    );
    expect(lateInvoiceText([], 'en-US')).toBe('');
  });
});
