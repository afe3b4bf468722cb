import type { ReactNode } from 'react';
import type { ProjectTotals } from '../../domain/rollup-figures';
import { spentMinor, uninvoicedMinor } from '../../domain/rollup-figures';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import type { Project } from '../../domain/model/project';
import type { CurrencyCode } from '../../domain/units/money';
import { formatAmount, formatBudget } from './labels';

function Figure({ label, value, detail }: { label: string; value: string; detail?: ReactNode }) {
  return (
    <div className="card projects-figure">
      <dt className="muted">{label}</dt>
      <dd>
        <span className="projects-figure-value">{value}</span>
        {detail ? <span className="projects-figure-detail muted">{detail}</span> : null}
      </dd>
    </div>
  );
}

function approvedChanges(project: Project, currency: CurrencyCode): string | undefined {
  const approved = project.changeRequests.filter((request) => request.status === 'approved');
  if (approved.length === 0) return undefined;
  const minutes = approved.reduce((sum, request) => sum + request.estimateMinutes, 0);
  const amount = approved.reduce((sum, request) => sum + request.amount, 0);
  return `plus ${approved.length} approved change${approved.length === 1 ? '' : 's'}: ${formatMinutes(minutes)} · ${formatAmount(amount, currency)}`;
}

function terms(project: Project, currency: CurrencyCode): string[] {
  const lines = [
    project.defaultRate === undefined ? 'Default rate from Settings' : `Rate ${formatAmount(project.defaultRate, currency)}/h`,
  ];
  if (project.startDay || project.endDay) {
    lines.push(
      `${project.startDay ? formatDay(project.startDay) : 'open start'} – ${project.endDay ? formatDay(project.endDay) : 'open end'}`,
    );
  }
  if (project.retainer) {
    const { allowanceMinutesPerMonth, cycleStartDay, rollover } = project.retainer;
    lines.push(
      `Retainer ${formatMinutes(allowanceMinutesPerMonth)} a month from day ${cycleStartDay}, ${rollover ? 'unused hours roll over' : 'no rollover'}`,
    );
  }
  return lines;
}

/**
 * What is still to bill (docs/product.md, "Uninvoiced"): a time-and-materials project's billable time
 * and expenses on no sent invoice, from its rollup row; the others bill a fee or an allowance.
 */
function uninvoicedFigure(project: Project, totals: ProjectTotals, currency: CurrencyCode): { value: string; detail: string } {
  switch (project.billing) {
    case 'time_and_materials':
      return { value: formatAmount(uninvoicedMinor(totals), currency), detail: 'Billable time and expenses on no sent invoice' };
    case 'fixed_fee':
      return { value: 'Billed by fee', detail: 'Invoices bill the fee, a milestone or a share of it' };
    case 'retainer':
      return { value: 'Billed by allowance', detail: 'Invoices bill each cycle’s allowance and any overage' };
    case 'non_billable':
      return { value: 'Not billed', detail: 'Non-billable project' };
  }
}

/** Plain totals from the rollups; budget health and forecasts live on their own screen. */
export function SummaryCards({ project, totals, currency }: { project: Project; totals: ProjectTotals; currency: CurrencyCode }) {
  return (
    <div className="projects-summary">
      <dl className="projects-figures">
        <Figure label="Budget" value={formatBudget(project, currency)} detail={approvedChanges(project, currency)} />
        <Figure
          label="Logged"
          value={formatMinutes(totals.minutes)}
          detail={`${formatMinutes(totals.billableMinutes)} billable`}
        />
        <Figure
          label="Spent"
          value={formatAmount(spentMinor(totals), currency)}
          detail={`${formatAmount(totals.amountMinor, currency)} time + ${formatAmount(totals.expensesMinor, currency)} expenses`}
        />
        <Figure
          label="Expenses"
          value={formatAmount(totals.expensesMinor, currency)}
          detail={`${totals.expenseCount} expense${totals.expenseCount === 1 ? '' : 's'}, ${formatAmount(totals.billableExpensesMinor, currency)} billable`}
        />
        <Figure label="Uninvoiced" {...uninvoicedFigure(project, totals, currency)} />
      </dl>
      <p className="projects-terms muted">{terms(project, currency).join(' · ')}</p>
    </div>
  );
}
