import { useId } from 'react';
import { formatMinutes } from '../../domain/format/format-duration';
import { formatBasisPoints } from '../../domain/format/format-percent';
import { NONE } from '../../domain/format/none';
import { marginUnknownWords, revenueBasisWords } from '../../domain/invoices/profitability-labels';
import type { Profitability } from '../../domain/invoices/profitability';
import { hrefTo } from '../../platform/router';
import { formatAmount } from './labels';

function Row({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="projects-profit-row">
      <dt>{label}</dt>
      <dd>
        <span className="projects-profit-value">{value}</span>
        {detail ? <span className="muted projects-profit-detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

/**
 * What the project earned after the cost of the time (docs/product.md, "Profitability"): revenue,
 * cost, expenses, margin, margin % and the effective rate, each saying how it is counted.
 */
export function ProfitabilityCard({ profit, uncostedEntries }: { profit: Profitability; uncostedEntries: number }) {
  const headingId = useId();
  const { currency, homeCurrency, margin } = profit;
  const uncosted = uncostedEntries > 0;
  return (
    <section className="card projects-section" aria-labelledby={headingId}>
      <header className="projects-section-header">
        <h2 id={headingId}>Profitability</h2>
      </header>
      <dl className="projects-profit">
        <Row
          label="Revenue"
          value={profit.revenueMinor === null ? NONE : formatAmount(profit.revenueMinor, currency)}
          detail={revenueBasisWords(profit.revenue)}
        />
        <Row
          label="Cost"
          value={formatAmount(profit.costMinor, homeCurrency)}
          detail={
            uncosted
              ? `${uncostedEntries.toLocaleString()} of its time entries ${uncostedEntries === 1 ? 'has' : 'have'} no cost yet`
              : `${formatMinutes(profit.minutes)} at your cost rate on each entry’s day`
          }
        />
        <Row label="Expenses" value={formatAmount(profit.expensesMinor, currency)} detail="All expenses, billable or not" />
        <Row
          label="Margin"
          value={margin.kind === 'known' ? formatAmount(margin.minor, currency) : NONE}
          detail={margin.kind === 'known' ? 'Revenue − cost − expenses' : marginUnknownWords(margin.why, currency, homeCurrency)}
        />
        <Row
          label="Margin %"
          value={profit.marginBasisPoints === null ? NONE : formatBasisPoints(profit.marginBasisPoints)}
          detail={profit.marginBasisPoints === null ? undefined : 'Margin ÷ revenue'}
        />
        <Row
          label="Effective rate"
          value={profit.effectiveRateMinor === null ? NONE : `${formatAmount(profit.effectiveRateMinor, currency)}/h`}
          detail={profit.effectiveRateMinor === null ? undefined : 'Revenue ÷ hours logged'}
        />
      </dl>
      {uncosted ? (
        <p className="muted projects-profit-note">
          Set your cost rates in <a href={hrefTo('settings')}>Settings</a>: time without a cost takes the rate in force on its
          day.
        </p>
      ) : null}
    </section>
  );
}
