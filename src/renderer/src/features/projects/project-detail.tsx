import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { EmptyState } from '../../components/ui/empty-state';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { getProjectDetail } from '../../db/queries/projects';
import type { Client } from '../../domain/model/client';
import type { Settings } from '../../domain/model/settings';
import { projectProfitability } from '../../domain/invoices/profitability';
import { hrefTo } from '../../platform/router';
import { ChangeRequestsSection } from './change-requests-section';
import { ExpensesSection } from './expenses-section';
import { BILLING_LABELS } from './labels';
import { MilestonesSection } from './milestones-section';
import { ProfitabilityCard } from './profitability-card';
import { ProjectDialog } from './project-dialog';
import { ProjectHeaderActions } from './project-header-actions';
import { RecentEntries } from './recent-entries';
import { ScopeSection } from './scope-section';
import { SummaryCards } from './summary-cards';

export interface ProjectDetailProps {
  projectId: string;
  clients: readonly Client[] | undefined;
  settings: Settings | undefined;
}

export function ProjectDetail({ projectId, clients, settings }: ProjectDetailProps) {
  // null: no such project (deleted, or a stale link); undefined: still loading
  const detail = useLiveQuery(async () => (await getProjectDetail(db, projectId)) ?? null, [projectId], undefined);
  const [editing, setEditing] = useState(false);

  if (detail === undefined || settings === undefined) {
    return (
      <Screen id="project-detail" title="Project" ready={false}>
        {null}
      </Screen>
    );
  }
  if (detail === null) {
    return (
      <Screen id="project-detail" title="Project not found" ready>
        <EmptyState
          title="This project is not here"
          action={
            <a className="btn btn-primary" href={hrefTo('projects')}>
              Back to projects
            </a>
          }
        >
          It may have been deleted: look in the trash, or open another project from the list.
        </EmptyState>
      </Screen>
    );
  }

  const { project, client, totals } = detail;
  const currency = client?.currency ?? totals.currency ?? settings.homeCurrency;
  return (
    <Screen
      id="project-detail"
      title={project.name}
      ready
      subtitle={
        <span className="projects-detail-meta">
          <a href={hrefTo('projects')}>Projects</a>
          <span aria-hidden="true">/</span>
          <span className="projects-code">{project.code}</span>
          {client ? <a href={hrefTo('clients', client.id)}>{client.name}</a> : <span>No client</span>}
          <span className="badge">{BILLING_LABELS[project.billing]}</span>
          {project.archived ? <span className="badge badge-warning">Archived</span> : null}
        </span>
      }
      actions={<ProjectHeaderActions project={project} onEdit={() => setEditing(true)} />}
    >
      <SummaryCards project={project} totals={totals} currency={currency} />
      <ProfitabilityCard
        profit={projectProfitability({
          project,
          currency,
          homeCurrency: settings.homeCurrency,
          totals,
          invoices: detail.sentInvoices,
        })}
        uncostedEntries={totals.entryCount - totals.costedEntryCount}
      />
      <div className="projects-sections">
        <MilestonesSection project={project} />
        <ScopeSection project={project} />
      </div>
      <ChangeRequestsSection project={project} currency={currency} />
      <ExpensesSection project={project} currency={currency} expenses={detail.expenses} />
      <RecentEntries entries={detail.recentEntries} />
      {editing && clients ? (
        <ProjectDialog
          clients={clients}
          settings={settings}
          project={project}
          onClose={() => setEditing(false)}
          onSaved={() => undefined}
        />
      ) : null}
    </Screen>
  );
}
