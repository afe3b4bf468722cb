import type { Invoice } from '../model/invoice';
import { daysBetween } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { addToCurrency, moneyList } from '../units/money';
import type { CurrencyCode, Money } from '../units/money';

// Open invoices by how late they are (docs/product.md, "Overdue"): an open invoice is a sent one with
// a balance above zero (drafts, void and paid invoices are left out). Days overdue = calendar days
// from the due date to today: 0 or less is current (not yet due, or due today), then 1–30, 31–60,
// 61–90 and over 90. Amounts are balances, totalled per currency, never across currencies.

export const AGEING_BUCKETS = ['current', 'days_1_30', 'days_31_60', 'days_61_90', 'over_90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export function ageingBucket(daysOverdue: number): AgeingBucket {
  if (daysOverdue <= 0) return 'current';
  if (daysOverdue <= 30) return 'days_1_30';
  if (daysOverdue <= 60) return 'days_31_60';
  if (daysOverdue <= 90) return 'days_61_90';
  return 'over_90';
}

export interface AgeingItem {
  invoice: Pick<Invoice, 'id' | 'status' | 'currency' | 'dueDate'>;
  /** what is still owed (invoiceStanding's balance) */
  balance: number;
}

export interface AgeingRow {
  bucket: AgeingBucket;
  /** the open invoices in the bucket, in the order given */
  invoiceIds: string[];
  /** Σ balances per currency, ordered by currency code */
  totals: Money[];
}

export interface Ageing {
  /** all five buckets, current first, empty ones included */
  rows: AgeingRow[];
  /** Σ open balances per currency */
  totals: Money[];
}

export function ageReceivables(items: readonly AgeingItem[], today: DayKey): Ageing {
  const buckets = new Map(
    AGEING_BUCKETS.map((bucket) => [bucket, { ids: [] as string[], totals: new Map<CurrencyCode, number>() }]),
  );
  const totals = new Map<CurrencyCode, number>();
  for (const { invoice, balance } of items) {
    if (invoice.status !== 'sent' || balance <= 0) continue;
    const row = buckets.get(ageingBucket(daysBetween(invoice.dueDate, today)));
    if (!row) continue;
    row.ids.push(invoice.id);
    addToCurrency(row.totals, invoice.currency, balance);
    addToCurrency(totals, invoice.currency, balance);
  }
  return {
    rows: [...buckets].map(([bucket, row]) => ({ bucket, invoiceIds: row.ids, totals: moneyList(row.totals) })),
    totals: moneyList(totals),
  };
}
