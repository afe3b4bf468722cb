import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { hrefTo } from '../../platform/router';
import type { BudgetRow } from './budget-rows';
import { formatShare, formatWhole, percentCompleteText, runOutText } from '../../components/budget/budget-labels';
import { NONE } from '../../domain/format/none';
import { formatBasisPoints } from '../../domain/format/format-percent';
import { formatMoney } from '../../domain/format/format-money';
import { marginUnknownWords } from '../../domain/invoices/profitability-labels';
import type { Profitability } from '../../domain/invoices/profitability';
import { money } from '../../domain/units/money';
import { BILLING_LABELS, BILLING_SHORT_LABELS, STATUS_BADGES, STATUS_LABELS } from '../../components/budget/budget-labels';

// The Budgets table: a virtualised ARIA table (only the rows in view are in the DOM; aria-rowcount
// and aria-rowindex tell assistive technology where they are). Rows are a fixed height.

const ROW_HEIGHT = 56;
const HEADERS = [
  'Project',
  'Billing',
  'Baseline',
  'Spent',
  'Remaining',
  '% spent / % complete',
  'Run-out',
  'EAC',
  'Margin',
  'Status',
];
const NUMERIC = new Set([2, 3, 4, 5, 6, 7, 8]);

export function BudgetGrid({ rows }: { rows: readonly BudgetRow[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  return (
    <div className="card budget-grid-card">
      <div ref={scrollRef} className="budget-grid-scroll">
        <div role="table" aria-label="Budgets of active projects" aria-rowcount={rows.length + 1} className="budget-grid">
          <div role="rowgroup" className="budget-grid-head">
            <div role="row" aria-rowindex={1} className="budget-grid-row">
              {HEADERS.map((header, index) => (
                <div key={header} role="columnheader" className={NUMERIC.has(index) ? 'num' : undefined}>
                  {header}
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup" className="budget-grid-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              return row ? <BudgetGridRow key={row.project.id} row={row} index={item.index} top={item.start} /> : null;
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

function BudgetGridRow({ row, index, top }: { row: BudgetRow; index: number; top: number }) {
  const { project, client, health } = row;
  const measure = health.primary;
  const cycle = health.retainer ? ' this cycle' : '';
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`budget-grid-row budget-row-${health.status}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <div role="cell" className="budget-project-cell">
        <a href={hrefTo('budgets', project.id)} className="budget-project-link">
          {project.name}
        </a>
        <span className="budget-cell-sub">
          {client?.name ?? 'No client'} · <span className="budget-code">{project.code}</span>
        </span>
      </div>
      <div role="cell">
        <abbr title={BILLING_LABELS[project.billing]} className="budget-billing">
          {BILLING_SHORT_LABELS[project.billing]}
        </abbr>
      </div>
      <div role="cell" className="num">
        {measure ? formatWhole(measure, measure.baseline) : <span className="muted">{NONE}</span>}
        {measure && cycle ? <span className="budget-cell-sub">{cycle.trim()}</span> : null}
      </div>
      <div role="cell" className="num">
        {measure ? formatWhole(measure, measure.spent) : NONE}
      </div>
      <div role="cell" className={`num ${measure && measure.remaining < 0 ? 'budget-negative' : ''}`}>
        {measure ? formatWhole(measure, measure.remaining) : NONE}
      </div>
      <div role="cell" className="num">
        <SpentBesideComplete row={row} />
      </div>
      <div role="cell" className="num">
        {measure ? runOutText(measure.runOut) : NONE}
      </div>
      <div role="cell" className="num">
        {measure ? formatWhole(measure, measure.eac) : NONE}
      </div>
      <div role="cell" className="num">
        <MarginCell profit={row.profit} />
      </div>
      <div role="cell" className="budget-status-cell">
        <span className={STATUS_BADGES[health.status]}>{STATUS_LABELS[health.status]}</span>
        <span className="budget-reasons" title={health.reasons.map((reason) => reason.text).join('\n')}>
          {health.reasons.map((reason) => reason.short).join(' · ')}
        </span>
      </div>
    </div>
  );
}

/** The margin and margin %, or a dash with the reason there is none (its full words on hover). */
function MarginCell({ profit }: { profit: Profitability }) {
  const { margin, currency, homeCurrency } = profit;
  if (margin.kind === 'unknown') {
    return (
      <>
        <span className="muted">{NONE}</span>
        <span className="budget-cell-sub" title={marginUnknownWords(margin.why, currency, homeCurrency)}>
          {margin.why === 'other-currency' ? `billed in ${currency}` : 'revenue unknown'}
        </span>
      </>
    );
  }
  return (
    <>
      <span className={margin.minor < 0 ? 'budget-negative' : undefined}>{formatMoney(money(margin.minor, currency))}</span>
      <span className="budget-cell-sub">
        {profit.marginBasisPoints === null ? 'no revenue' : formatBasisPoints(profit.marginBasisPoints)}
      </span>
    </>
  );
}

function SpentBesideComplete({ row }: { row: BudgetRow }) {
  const spent = row.health.primary?.percentSpent ?? null;
  const complete = row.health.percentComplete;
  const spentPercent = spent ? Math.min(100, (spent.num / spent.den) * 100) : 0;
  const completePercent = complete.basis === 'unknown' ? null : (complete.value.num / complete.value.den) * 100;
  return (
    <span className="budget-pct">
      <span>
        {formatShare(spent)}{' '}
        <span className="muted">
          / {complete.basis === 'unknown' && complete.why === 'retainer' ? NONE : percentCompleteText(complete)}
        </span>
      </span>
      <span className={`budget-pct-bar budget-pct-${row.health.status}`} aria-hidden="true">
        <span className="budget-pct-fill" style={{ width: `${spentPercent}%` }} />
        {completePercent !== null ? (
          <span className="budget-pct-mark" style={{ left: `${Math.min(100, completePercent)}%` }} />
        ) : null}
      </span>
    </span>
  );
}
