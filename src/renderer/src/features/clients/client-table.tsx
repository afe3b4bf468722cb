import { DataTable, type Column } from '../../components/ui/data-table';
import type { ClientWithTotals } from '../../db/queries/clients';
import type { ClientHealth, ClientHealthLevel } from '../../domain/health-check/client-health';
import { navigate } from '../../platform/router';
import { formatHours, formatLastDay, formatSpent } from './labels';
import { NONE } from '../../domain/format/none';

/** A client's row: its totals and its health (undefined while it is still being read). */
export interface ClientRow extends ClientWithTotals {
  health: ClientHealth | undefined;
}

const HEALTH_WORDS: Record<ClientHealthLevel, string> = {
  red: 'At risk',
  amber: 'Watch',
  green: 'Healthy',
  unknown: 'No signal',
};
const HEALTH_BADGES: Record<ClientHealthLevel, string> = {
  red: 'badge badge-danger',
  amber: 'badge badge-warning',
  green: 'badge badge-success',
  unknown: 'badge',
};

function HealthCell({ health }: { health: ClientHealth | undefined }) {
  if (!health) return <span className="muted">{NONE}</span>;
  return (
    <>
      <span className={HEALTH_BADGES[health.level]}>{HEALTH_WORDS[health.level]}</span>
      <div className="muted">{health.reason}</div>
    </>
  );
}

const COLUMNS: readonly Column<ClientRow>[] = [
  {
    key: 'name',
    header: 'Client',
    cell: ({ client }) => (
      <span className="client-name-cell">
        <strong>{client.name}</strong>
        {client.archived ? <span className="badge">Archived</span> : null}
      </span>
    ),
  },
  { key: 'health', header: 'Health', cell: (row) => <HealthCell health={row.health} /> },
  { key: 'owner', header: 'Owner', cell: ({ client }) => client.owner || <span className="muted">{NONE}</span> },
  {
    key: 'contact',
    header: 'Primary contact',
    cell: ({ client }) => client.contacts.find((contact) => contact.primary)?.name ?? <span className="muted">{NONE}</span>,
  },
  { key: 'currency', header: 'Currency', cell: ({ client }) => client.currency },
  {
    key: 'projects',
    header: 'Projects',
    numeric: true,
    cell: (row) => (
      <>
        {row.projectCount}
        <span className="muted"> · {row.activeProjectCount} active</span>
      </>
    ),
  },
  { key: 'hours', header: 'Hours logged', numeric: true, cell: (row) => formatHours(row.minutes) },
  { key: 'spent', header: 'Spent', numeric: true, cell: (row) => formatSpent(row.spent) },
  { key: 'uninvoiced', header: 'Uninvoiced', numeric: true, cell: (row) => formatSpent(row.uninvoiced) },
  { key: 'last', header: 'Last activity', numeric: true, cell: (row) => formatLastDay(row.lastDay) },
];

/** The clients table with each client's health and why; a row opens the client by click or Enter. */
export function ClientTable({ rows }: { rows: readonly ClientRow[] }) {
  return (
    <div className="card clients-table-card">
      <DataTable
        caption="Clients"
        columns={COLUMNS}
        rows={rows}
        rowKey={(row) => row.client.id}
        onRowOpen={(row) => navigate('clients', row.client.id)}
      />
    </div>
  );
}
