import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { EmptyState } from '../../components/ui/empty-state';
import { PlusIcon } from '../../components/ui/icons';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import type { ProjectListItem } from '../../db/queries/projects';
import { countProjects } from '../../db/queries/projects-list-extras';
import { spentMinor } from '../../domain/rollup-figures';
import { formatMinutes } from '../../domain/format/format-duration';
import type { Client } from '../../domain/model/client';
import { hrefTo, navigate } from '../../platform/router';
import { formatAmount, formatBudget } from './labels';
import { BILLING_LABELS, STATUS_BADGES, STATUS_LABELS } from './labels';
import { loadProjectList } from './load-project-list';
import { ProjectFilters } from './project-filters';
import { isDefaultFilters, useProjectFilters } from './use-project-filters';
import { NONE } from '../../domain/format/none';

const currencyOf = (row: ProjectListItem) => row.totals.currency ?? row.client?.currency;

const COLUMNS: readonly Column<ProjectListItem>[] = [
  { key: 'code', header: 'Code', width: '90px', cell: (row) => <span className="projects-code">{row.project.code}</span> },
  {
    key: 'name',
    header: 'Name',
    cell: (row) => (
      <>
        {row.project.name}
        {row.project.archived ? <span className="badge projects-inline-badge">Archived</span> : null}
      </>
    ),
  },
  { key: 'client', header: 'Client', cell: (row) => row.client?.name ?? NONE },
  { key: 'billing', header: 'Billing', cell: (row) => BILLING_LABELS[row.project.billing] },
  {
    key: 'status',
    header: 'Status',
    cell: (row) => <span className={STATUS_BADGES[row.project.status]}>{STATUS_LABELS[row.project.status]}</span>,
  },
  { key: 'budget', header: 'Budget', numeric: true, cell: (row) => formatBudget(row.project, row.client?.currency) },
  { key: 'logged', header: 'Logged', numeric: true, cell: (row) => formatMinutes(row.totals.minutes) },
  { key: 'spent', header: 'Spent', numeric: true, cell: (row) => formatAmount(spentMinor(row.totals), currencyOf(row)) },
];

export interface ProjectListProps {
  clients: readonly Client[] | undefined;
  onNew: () => void;
}

export function ProjectList({ clients, onNew }: ProjectListProps) {
  const filters = useProjectFilters();
  const { clientId, status, showArchived } = filters;
  const rows = useLiveQuery(
    () => loadProjectList(db, { clientId, status, showArchived }),
    [clientId, status, showArchived],
    undefined,
  );
  const total = useLiveQuery(() => countProjects(db), [], undefined);
  const ready = rows !== undefined && total !== undefined && clients !== undefined;
  const noun = rows?.length === 1 ? 'project' : 'projects';

  return (
    <Screen
      id="projects"
      title="Projects"
      ready={ready}
      subtitle={ready && total > 0 ? `${rows.length} ${noun} shown of ${total}` : undefined}
      actions={
        <Button variant="primary" onClick={onNew}>
          <PlusIcon /> New project
        </Button>
      }
    >
      {!ready ? null : clients.length === 0 ? (
        <EmptyState
          title="Create a client first"
          action={
            <a className="btn btn-primary" href={hrefTo('clients')}>
              Go to Clients
            </a>
          }
        >
          Every project belongs to a client. Add the client on the Clients screen, then come back to create its projects.
        </EmptyState>
      ) : total === 0 ? (
        <EmptyState
          title="No projects yet"
          action={
            <Button variant="primary" onClick={onNew}>
              New project
            </Button>
          }
        >
          Create your first project: give it a code, a billing type and a budget in hours or money.
        </EmptyState>
      ) : (
        <>
          <ProjectFilters clients={clients} />
          {rows.length === 0 ? (
            <EmptyState
              title="No projects match these filters"
              action={isDefaultFilters(filters) ? undefined : <Button onClick={filters.reset}>Clear filters</Button>}
            >
              Choose another client or status, or show archived projects.
            </EmptyState>
          ) : (
            <DataTable
              caption="Projects"
              columns={COLUMNS}
              rows={rows}
              rowKey={(row) => row.project.id}
              onRowOpen={(row) => navigate('projects', row.project.id)}
            />
          )}
        </>
      )}
    </Screen>
  );
}
