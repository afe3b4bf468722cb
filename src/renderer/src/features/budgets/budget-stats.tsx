import type { ReactNode } from 'react';
import type { BudgetHealth, MeasureHealth } from '../../domain/budget/types';
import { formatDay } from '../../domain/format/format-day';
import { formatShare, formatValue, percentCompleteBasis, percentCompleteText, runOutDetail, runOutText } from '../../components/budget/budget-labels';
import { NONE } from '../../domain/format/none';

export interface BudgetStatsProps {
  health: BudgetHealth;
  measure: MeasureHealth;
  /** expenses counted into a money measure, minor units */
  expensesMinor: number;
  burnWindowDays: number;
}

/** The definitions' figures for one measure, each with what it is made of. */
export function BudgetStats({ health, measure, expensesMinor, burnWindowDays }: BudgetStatsProps) {
  const value = (amount: number) => formatValue(measure, amount);
  const cycle = health.retainer?.current;
  const baselineParts = cycle
    ? [
        `${value(cycle.allowance)} allowance`,
        cycle.carriedIn > 0 ? `${value(cycle.carriedIn)} rolled over` : '',
        cycle.extra > 0 ? `${value(cycle.extra)} approved changes` : '',
      ]
    : [
        `${value(measure.budget)} budget`,
        measure.approvedChanges > 0 ? `${value(measure.approvedChanges)} approved changes` : '',
      ];
  return (
    <dl className="budget-stats">
      <Stat
        label="Baseline"
        value={value(measure.baseline)}
        detail={`${baselineParts.filter(Boolean).join(' + ')}${!cycle && measure.approvedChanges === 0 ? ', no approved changes' : ''}`}
      />
      <Stat
        label={cycle ? 'Spent this cycle' : 'Spent'}
        value={value(measure.spent)}
        detail={
          measure.measure === 'money' && expensesMinor > 0
            ? `${formatShare(measure.percentSpent)} of baseline, incl. ${value(expensesMinor)} expenses`
            : `${formatShare(measure.percentSpent)} of baseline`
        }
      />
      <Stat
        label="Remaining"
        value={value(measure.remaining)}
        detail={measure.remaining < 0 ? `over by ${value(-measure.remaining)}` : 'baseline − spent'}
        tone={measure.remaining < 0 ? 'danger' : undefined}
      />
      <Stat
        label="% complete"
        value={cycle ? NONE : percentCompleteText(health.percentComplete)}
        detail={percentCompleteBasis(health.percentComplete)}
      />
      <Stat
        label="Burn rate"
        value={`${value(measure.burnRate)} / day`}
        detail={`per working day, last ${burnWindowDays} days (${measure.windowWorkingDays} working days)`}
      />
      <Stat label="Run-out date" value={runOutText(measure.runOut)} detail={runOutDetail(measure.runOut, burnWindowDays)} />
      <Stat
        label="Estimate at completion"
        value={value(measure.eac)}
        detail={
          measure.eacBasis === 'percent-complete'
            ? `spent ÷ ${percentCompleteText(health.percentComplete)} complete`
            : measure.remainingScope > 0
              ? `spent + ${value(measure.remainingScope)} scope still to do`
              : 'what is spent: no scope estimates still to do'
        }
      />
      <Stat
        label={cycle ? 'Planned this cycle' : 'Planned on the calendar'}
        value={value(measure.planned)}
        detail={
          measure.plannedRunOutDay
            ? `the plan uses up the rest on ${formatDay(measure.plannedRunOutDay)}`
            : measure.planned > 0
              ? 'time blocks from today on, at the project rate'
              : 'no time blocks from today on'
        }
        tone={measure.plannedRunOutDay ? 'warning' : undefined}
      />
    </dl>
  );
}

function Stat({
  label,
  value,
  detail,
  tone,
}: {
  label: string;
  value: ReactNode;
  detail: string;
  tone?: 'danger' | 'warning' | undefined;
}) {
  return (
    <div className={`budget-stat ${tone ? `budget-stat-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd className="budget-stat-value">{value}</dd>
      <dd className="budget-stat-detail">{detail}</dd>
    </div>
  );
}
