import { formatMoney } from '../../domain/format/format-money';
import type { InvoiceState } from '../../domain/invoices/status';
import type { LineGrouping } from '../../domain/model/invoice';
import { money } from '../../domain/units/money';
import type { CurrencyCode, Money } from '../../domain/units/money';

/** The badge each derived state wears in the list and on the invoice page. */
export const STATE_BADGES: Readonly<Record<InvoiceState, string>> = {
  draft: 'badge',
  sent: 'badge badge-accent',
  partially_paid: 'badge badge-warning',
  paid: 'badge badge-success',
  overdue: 'badge badge-danger',
  void: 'badge',
};

/** An amount in minor units of `currency`, as people read it. */
export function formatAmount(minor: number, currency: CurrencyCode | string): string {
  return formatMoney(money(minor, currency));
}

/** Amounts in several currencies, one after the other: they never add up. */
export function formatAmounts(amounts: readonly Money[]): string {
  return amounts.map((amount) => formatMoney(amount)).join(' · ');
}

/** How the New invoice dialog names each way of grouping time lines. */
export const GROUPING_LABELS: Readonly<Record<LineGrouping, string>> = {
  project: 'One line per project',
  task: 'One line per task',
  person: 'One line per person',
  day: 'One line per day',
  entry: 'One line per entry',
};
