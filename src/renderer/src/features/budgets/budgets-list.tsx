import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { EmptyState } from '../../components/ui/empty-state';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { loadBudgetTable } from '../../db/queries/budget-table';
import { hrefTo } from '../../platform/router';
import { useToday } from '../../stores/use-clock';
import { BudgetFilters } from './budget-filters';
import { BudgetGrid } from './budget-grid';
import { NO_FILTER, budgetRows, countByStatus, filterRows } from './budget-rows';
import type { BudgetFilter, BudgetRow } from './budget-rows';

/** Every active project's budget health, worst first, filterable by client, billing and status. */
export function BudgetsList() {
  const today = useToday();
  const [filter, setFilter] = useState<BudgetFilter>(NO_FILTER);
  const data = useLiveQuery(() => loadBudgetTable(db, today), [today], undefined);
  const rows = useMemo(() => (data ? budgetRows(data.sources, data.settings, today) : undefined), [data, today]);
  const shown = useMemo(() => (rows ? filterRows(rows, filter) : []), [rows, filter]);
  const clients = useMemo(() => clientOptions(rows ?? []), [rows]);

  return (
    <Screen
      id="budgets"
      title="Budgets"
      ready={rows !== undefined}
      subtitle={rows ? <Summary rows={rows} shown={shown.length} /> : undefined}
    >
      {rows?.length === 0 ? (
        <EmptyState title="No active projects">
          Budgets appear here for every active project. Set a project to active and give it budget hours or an amount on{' '}
          <a href={hrefTo('projects')}>Projects</a>.
        </EmptyState>
      ) : rows ? (
        <>
          <BudgetFilters filter={filter} onChange={setFilter} clients={clients} />
          {shown.length === 0 ? (
            <EmptyState title="No project matches">Try another client, billing type or status, or clear the filters.</EmptyState>
          ) : (
            <BudgetGrid rows={shown} />
          )}
        </>
      ) : null}
    </Screen>
  );
}

function Summary({ rows, shown }: { rows: readonly BudgetRow[]; shown: number }) {
  const counts = countByStatus(rows);
  const total =
    rows.length === shown
      ? `${rows.length} active ${rows.length === 1 ? 'project' : 'projects'}`
      : `${shown} of ${rows.length} active projects`;
  return (
    <span className="budget-summary">
      <span>{total}</span>
      <span className="budget-summary-count budget-text-red">{counts.red} red</span>
      <span className="budget-summary-count budget-text-amber">{counts.amber} amber</span>
      <span className="budget-summary-count budget-text-green">{counts.green} green</span>
      {counts.none > 0 ? <span className="budget-summary-count">{counts.none} without a budget</span> : null}
    </span>
  );
}

function clientOptions(rows: readonly BudgetRow[]) {
  const byId = new Map<string, string>();
  for (const row of rows) if (row.client) byId.set(row.client.id, row.client.name);
  return [...byId.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}
