import { formatBasisPoints } from '../format/format-percent';
import { BASIS_POINTS_PER_WHOLE } from '../model/invoice';
import type { CurrencyCode } from '../units/money';
import type { MarginUnknown, Revenue } from './profitability';

// The words that explain profitability figures, as the project page, Budgets and the report show them.

/** How a project's revenue was counted, or why it is not known. */
export function revenueBasisWords(revenue: Revenue, locale?: string): string {
  switch (revenue.kind) {
    case 'invoiced':
      return 'Billed on sent invoices, after discount, before tax';
    case 'fee': {
      const basisPoints = Math.round((revenue.complete.num * BASIS_POINTS_PER_WHOLE) / revenue.complete.den);
      return `The fee × ${formatBasisPoints(basisPoints, locale)} complete`;
    }
    case 'none':
      return 'Non-billable: no revenue';
    case 'unknown':
      return revenue.why === 'no-fee'
        ? 'No fee yet: the project has no budget amount'
        : 'Unknown until % complete is known (scope items or milestones)';
  }
}

/** Why a margin is not shown. */
export function marginUnknownWords(why: MarginUnknown, currency: CurrencyCode, homeCurrency: CurrencyCode): string {
  return why === 'other-currency'
    ? `Billed in ${currency}; cost rates are in ${homeCurrency}, so there is no margin`
    : 'No margin while revenue is unknown';
}
