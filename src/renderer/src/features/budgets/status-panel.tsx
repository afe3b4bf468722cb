import type { BudgetHealth, MeasureHealth } from '../../domain/budget/types';
import { formatDay } from '../../domain/format/format-day';
import { STATUS_BADGES, STATUS_LABELS } from '../../components/budget/budget-labels';

const MEASURE_NAMES = { hours: 'Hours', money: 'Money' } as const;

/** The status and every rule that set it, in full sentences. */
export function StatusPanel({ health }: { health: BudgetHealth }) {
  return (
    <section className={`card budget-status budget-status-${health.status}`} aria-labelledby="budget-status-title">
      <div className="budget-status-head">
        <h2 id="budget-status-title">
          Status <span className={`${STATUS_BADGES[health.status]} budget-status-badge`}>{STATUS_LABELS[health.status]}</span>
        </h2>
        <span className="muted budget-card-note">{basisNote(health)}</span>
      </div>
      <ul className="budget-reason-list">
        {health.reasons.map((reason) => (
          <li key={reason.rule} className={`budget-reason budget-reason-${reason.level}`}>
            {reason.text}
          </li>
        ))}
      </ul>
      {health.measures.length > 1 ? (
        <p className="budget-measure-statuses">
          {health.measures.map((measure) => (
            <MeasureStatus key={measure.measure} measure={measure} primary={measure === health.primary} />
          ))}
        </p>
      ) : null}
    </section>
  );
}

function MeasureStatus({ measure, primary }: { measure: MeasureHealth; primary: boolean }) {
  return (
    <span className="budget-measure-status">
      {MEASURE_NAMES[measure.measure]}: <span className={STATUS_BADGES[measure.status]}>{STATUS_LABELS[measure.status]}</span>
      {primary ? <span className="muted"> (sets the status)</span> : null}
    </span>
  );
}

function basisNote(health: BudgetHealth): string {
  if (health.retainer) {
    const cycle = health.retainer.current;
    return `This cycle, ${formatDay(cycle.start)} – ${formatDay(cycle.end)}, in hours`;
  }
  if (health.measures.length > 1) return 'Budgets in money and hours: the worse one sets the status';
  if (health.primary)
    return health.primary.measure === 'money' ? 'Measured in money (time at its rates, plus expenses)' : 'Measured in hours';
  return '';
}
