import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { EmptyState } from '../../components/ui/empty-state';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { loadProjectBudget } from '../../db/queries/budget-project';
import { projectRate } from '../../domain/budget/budget-health';
import type { BudgetMeasure } from '../../domain/budget/types';
import { formatDay } from '../../domain/format/format-day';
import { toCurrencyCode } from '../../domain/units/money';
import { hrefTo } from '../../platform/router';
import { useToday } from '../../stores/use-clock';
import { BudgetStats } from './budget-stats';
import { BurnChartCard } from './burn-chart-card';
import { ChangeRequestsPanel } from './change-requests-panel';
import { budgetSettingsOf, healthOf } from '../../db/queries/budget-health';
import { BILLING_LABELS } from '../../components/budget/budget-labels';
import { MeasureToggle } from './measure-toggle';
import { RetainerPanel } from './retainer-panel';
import { StatusPanel } from './status-panel';

/** One project's budget: status and why, the figures, the burn chart (or retainer cycles), change requests. */
export function BudgetView({ projectId }: { projectId: string }) {
  const today = useToday();
  const data = useLiveQuery(() => loadProjectBudget(db, projectId, today), [projectId, today], undefined);
  const health = useMemo(() => (data ? healthOf(data, data.settings, today) : undefined), [data, today]);
  const [chosen, setChosen] = useState<BudgetMeasure | null>(null);
  // The measure first shown stays shown when an approval makes the other one the worse.
  if (chosen === null && health?.primary) setChosen(health.primary.measure);

  if (data === null) {
    return (
      <Screen id="budget-detail" title="Project not found" ready>
        <EmptyState title="This project is not here" action={<a href={hrefTo('budgets')}>Back to all budgets</a>}>
          It may have been moved to the trash.
        </EmptyState>
      </Screen>
    );
  }

  if (data === undefined || !health) {
    return (
      <Screen id="budget-detail" title="Budget" ready={false}>
        {null}
      </Screen>
    );
  }
  const { project, client, settings } = data;
  const measure = health.measures.find((candidate) => candidate.measure === chosen) ?? health.primary;
  const currency = client?.currency ?? data.totals.currency ?? toCurrencyCode(settings.homeCurrency);
  const dates = [project.startDay ? formatDay(project.startDay) : null, project.endDay ? formatDay(project.endDay) : null];

  return (
    <Screen
      id="budget-detail"
      title={project.name}
      ready
      actions={health.measures.length > 1 && measure ? <MeasureToggle value={measure.measure} onChange={setChosen} /> : undefined}
      subtitle={
        <span className="budget-subtitle">
          <a href={hrefTo('budgets')}>All budgets</a>
          <a href={hrefTo('projects', project.id)}>Open project</a>
          <span>{client?.name ?? 'No client'}</span>
          <span className="budget-code">{project.code}</span>
          <span>{BILLING_LABELS[project.billing]}</span>
          {dates[0] || dates[1] ? <span>{`${dates[0] ?? 'No start'} – ${dates[1] ?? 'open-ended'}`}</span> : null}
        </span>
      }
    >
      <StatusPanel health={health} />
      {health.retainer ? <RetainerPanel retainer={health.retainer} /> : null}
      {measure ? (
        <BudgetStats
          health={health}
          measure={measure}
          expensesMinor={data.totals.expensesMinor}
          burnWindowDays={settings.burnWindowDays}
        />
      ) : (
        <EmptyState
          title="No budget to measure"
          action={<a href={hrefTo('projects', project.id)}>Set a budget on the project</a>}
        >
          {project.billing === 'non_billable'
            ? 'Give this internal project budget hours to see its burn, run-out date and status.'
            : 'Give the project budget hours or an amount to see its burn, run-out date and status.'}
        </EmptyState>
      )}
      {measure && !health.retainer ? (
        <BurnChartCard
          project={project}
          measure={measure}
          days={data.days}
          blocks={data.blocks}
          rate={projectRate(project, budgetSettingsOf(settings))}
          workWeekDays={settings.workWeekDays}
          today={today}
        />
      ) : null}
      <ChangeRequestsPanel project={project} currency={currency} today={today} />
    </Screen>
  );
}
