import type { BudgetHealth } from '../../domain/budget/types';
import { formatShare, formatValue } from './budget-labels';
import { STATUS_BADGES, STATUS_LABELS } from './budget-labels';

/**
 * "€3,200 left of €12,000 · 73 % spent" for the project being logged or timed, so the user sees the
 * budget while spending it. Retainers show this cycle's hours.
 */
export function BudgetRemaining({ health }: { health: BudgetHealth }) {
  const measure = health.primary;
  if (!measure) return <span className="budget-remaining muted">No budget set</span>;
  const over = measure.remaining < 0;
  const amount = formatValue(measure, Math.abs(measure.remaining));
  return (
    <span className="budget-remaining">
      <span className={STATUS_BADGES[health.status]}>{STATUS_LABELS[health.status]}</span>{' '}
      <span className={over ? 'budget-over' : undefined}>{over ? `${amount} over` : `${amount} left`}</span>
      <span className="muted">
        {' '}
        of {formatValue(measure, measure.baseline)}
        {measure.percentSpent ? ` · ${formatShare(measure.percentSpent)} spent` : ''}
      </span>
    </span>
  );
}
