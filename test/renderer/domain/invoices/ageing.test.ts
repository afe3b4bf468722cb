import { describe, expect, it } from 'vitest';
import { ageReceivables, ageingBucket } from '../../../../src/renderer/src/domain/invoices/ageing';
import type { AgeingItem } from '../../../../src/renderer/src/domain/invoices/ageing';
import type { InvoiceStatus } from '../../../../src/renderer/src/domain/model/invoice';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { toCurrencyCode } from '../../../../src/renderer/src/domain/units/money';

const today = toDayKey('2026-11-04');

function item(id: string, dueDate: string, balance: number, currency = 'EUR', status: InvoiceStatus = 'sent'): AgeingItem {
  return { invoice: { id, status, currency: toCurrencyCode(currency), dueDate: toDayKey(dueDate) }, balance };
}

describe('ageingBucket', () => {
  it('puts each boundary in its bucket', () => {
    expect(ageingBucket(-10)).toBe('current');
    expect(ageingBucket(0)).toBe('current');
    expect(ageingBucket(1)).toBe('days_1_30');
    expect(ageingBucket(30)).toBe('days_1_30');
    expect(ageingBucket(31)).toBe('days_31_60');
    expect(ageingBucket(60)).toBe('days_31_60');
    expect(ageingBucket(61)).toBe('days_61_90');
    expect(ageingBucket(90)).toBe('days_61_90');
    expect(ageingBucket(91)).toBe('over_90');
  });
});

describe('ageReceivables', () => {
  it('buckets open invoices by calendar days past their due date, with totals per currency', () => {
    const ageing = ageReceivables(
      [
        item('due-today', '2026-11-04', 10_000), // 0 days: current
        item('not-due', '2026-12-01', 2_500, 'USD'), // not yet due: current
        item('d1', '2026-11-03', 100), // 1 day
        item('d30', '2026-10-05', 200), // 26 days of October + 4 = 30
        item('d31', '2026-10-04', 300, 'USD'), // 31
        item('d60', '2026-09-05', 400), // 25 + 31 + 4 = 60
        item('d61', '2026-09-04', 500), // 61
        item('d90', '2026-08-06', 600), // 25 + 30 + 31 + 4 = 90
        item('d91', '2026-08-05', 700), // 91
        item('year', '2025-11-04', 5_000, 'USD'), // 365
        // not open: left out
        item('draft', '2026-01-01', 9_000, 'EUR', 'draft'),
        item('void', '2026-01-01', 9_000, 'EUR', 'void'),
        item('paid', '2026-01-01', 0),
        item('credit', '2026-01-01', -4_000),
      ],
      today,
    );
    expect(ageing).toEqual({
      rows: [
        {
          bucket: 'current',
          invoiceIds: ['due-today', 'not-due'],
          totals: [
            { currency: 'EUR', minor: 10_000 },
            { currency: 'USD', minor: 2_500 },
          ],
        },
        { bucket: 'days_1_30', invoiceIds: ['d1', 'd30'], totals: [{ currency: 'EUR', minor: 300 }] },
        {
          bucket: 'days_31_60',
          invoiceIds: ['d31', 'd60'],
          totals: [
            { currency: 'EUR', minor: 400 },
            { currency: 'USD', minor: 300 },
          ],
        },
        { bucket: 'days_61_90', invoiceIds: ['d61', 'd90'], totals: [{ currency: 'EUR', minor: 1_100 }] },
        {
          bucket: 'over_90',
          invoiceIds: ['d91', 'year'],
          totals: [
            { currency: 'EUR', minor: 700 },
            { currency: 'USD', minor: 5_000 },
          ],
        },
      ],
      // EUR 10000 + 300 + 400 + 1100 + 700 = 12500; USD 2500 + 300 + 5000 = 7800
      totals: [
        { currency: 'EUR', minor: 12_500 },
        { currency: 'USD', minor: 7_800 },
      ],
    });
  });

  it('lists all five buckets, empty, when nothing is open', () => {
    const ageing = ageReceivables([item('paid', '2026-01-01', 0)], today);
    expect(ageing.rows.map((row) => [row.bucket, row.invoiceIds.length, row.totals.length])).toEqual([
      ['current', 0, 0],
      ['days_1_30', 0, 0],
      ['days_31_60', 0, 0],
      ['days_61_90', 0, 0],
      ['over_90', 0, 0],
    ]);
    expect(ageing.totals).toEqual([]);
  });
});
