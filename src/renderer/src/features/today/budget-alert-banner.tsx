import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { db } from '../../db/db';
import { loadBudgetAlerts } from '../../db/queries/budget-alerts';
import { settingsRepo } from '../../db/repositories/settings-repo';
import { acknowledge } from '../../domain/budget/threshold-alerts';
import type { DayKey } from '../../domain/time/day-key';
import { hrefTo } from '../../platform/router';

/** Projects that crossed 80 % or 100 % of their baseline since the user last dismissed this banner. */
export function BudgetAlertBanner({ today }: { today: DayKey }) {
  const data = useLiveQuery(() => loadBudgetAlerts(db, today), [today], undefined);
  if (!data || data.alerts.length === 0) return null;
  const dismiss = () => void settingsRepo(db).update({ budgetAlertsSeen: acknowledge(data.sources, data.seen) });
  return (
    <section className="budget-alert" aria-labelledby="budget-alert-title">
      <h2 id="budget-alert-title">Budgets crossed a threshold</h2>
      <ul>
        {data.alerts.map((alert) => (
          <li key={alert.projectId}>
            <a href={hrefTo('budgets', alert.projectId)}>{alert.label}</a> passed {alert.threshold}% of its budget
          </li>
        ))}
      </ul>
      <div className="budget-alert-actions">
        <a className="btn btn-sm" href={hrefTo('budgets')}>
          Open Budgets
        </a>
        <Button size="sm" variant="ghost" onClick={dismiss}>
          Dismiss
        </Button>
      </div>
    </section>
  );
}
