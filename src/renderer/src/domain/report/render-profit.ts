import { formatMinutes } from '../format/format-duration';
import { formatMoney } from '../format/format-money';
import { formatBasisPoints } from '../format/format-percent';
import { NONE } from '../format/none';
import type { Profitability } from '../invoices/profitability';
import { marginUnknownWords, revenueBasisWords } from '../invoices/profitability-labels';
import { money } from '../units/money';
import { markup } from './escape-html';
import type { SafeHtml } from './escape-html';
import { figure } from './render-parts';

// The optional Profitability section of a project in the report (off by default: margins are the
// agency's, not the client's): revenue, cost, margin, margin % and effective rate.

export function renderProfit(profit: Profitability, locale?: string): SafeHtml {
  const { currency, homeCurrency, margin } = profit;
  const amount = (minor: number, code: string) => formatMoney(money(minor, code), locale);
  return markup`<div class="block">
    <h3>Profitability</h3>
    <dl class="figures">
      ${figure('Revenue', profit.revenueMinor === null ? NONE : amount(profit.revenueMinor, currency), revenueBasisWords(profit.revenue, locale))}
      ${figure('Cost', amount(profit.costMinor, homeCurrency), `${formatMinutes(profit.minutes)} at the cost rate of each entry’s day`)}
      ${figure('Expenses', amount(profit.expensesMinor, currency), 'all expenses, billable or not')}
      ${figure(
        'Margin',
        margin.kind === 'known' ? amount(margin.minor, currency) : NONE,
        margin.kind === 'known'
          ? `${profit.marginBasisPoints === null ? 'no revenue' : `${formatBasisPoints(profit.marginBasisPoints, locale)} of revenue`}`
          : marginUnknownWords(margin.why, currency, homeCurrency),
        { over: margin.kind === 'known' && margin.minor < 0 },
      )}
      ${figure(
        'Effective rate',
        profit.effectiveRateMinor === null ? NONE : `${amount(profit.effectiveRateMinor, currency)}/h`,
        'revenue ÷ hours logged',
      )}
    </dl>
  </div>`;
}
