import { Suspense, lazy } from 'react';
import { BudgetsList } from './budgets-list';
import './budgets.css';

// The charts (recharts) load only with a project's budget view, so the table stays light.
const BudgetView = lazy(() => import('./budget-view').then((module) => ({ default: module.BudgetView })));

/** '#/budgets' lists every active project's budget; '#/budgets/<project id>' shows one project's. */
export function BudgetsScreen({ params }: { params: string[] }) {
  const projectId = params[0];
  if (!projectId) return <BudgetsList />;
  return (
    <Suspense fallback={<p className="loading muted">Loading budget…</p>}>
      {/* keyed by id so another project's view never shows the previous one while it loads */}
      <BudgetView key={projectId} projectId={projectId} />
    </Suspense>
  );
}
