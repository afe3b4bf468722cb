import { zeroFigures } from '../../domain/rollup-figures';
import type { ProjectTotals } from '../../domain/rollup-figures';
import { toMinor } from '../../domain/units/money';
import type { CurrencyCode, Money } from '../../domain/units/money';

// Shared shapes for query results built on the rollup tables.

/** Totals for a project with nothing logged yet (it has no projectTotals row). */
export function emptyTotals(projectId: string, currency: CurrencyCode | null = null): ProjectTotals {
  return { projectId, currency, firstDay: null, lastDay: null, ...zeroFigures() };
}

/** Spent money of a project: the time value (rate snapshots) plus expenses, minor units. */
export function spentMinor(totals: ProjectTotals): number {
  return totals.amountMinor + totals.expensesMinor;
}

/** Per-currency sums as Money values ordered by currency code. */
export function moneyList(byCurrency: ReadonlyMap<CurrencyCode, number>): Money[] {
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, minor]) => ({ currency, minor: toMinor(minor) }));
}

export function addToCurrency(map: Map<CurrencyCode, number>, currency: CurrencyCode | null, minor: number): void {
  if (currency === null || minor === 0) return;
  map.set(currency, (map.get(currency) ?? 0) + minor);
}
