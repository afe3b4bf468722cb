import { DataTable, type Column } from '../../components/ui/data-table';
import type { ClientWithTotals } from '../../db/queries/clients';
import { navigate } from '../../stores/router';
import { formatHours, formatLastDay, formatSpent, NONE } from './figures';

const COLUMNS: readonly Column<ClientWithTotals>[] = [
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
  { key: 'last', header: 'Last activity', numeric: true, cell: (row) => formatLastDay(row.lastDay) },
];

/** The clients table: a row opens the client by click or Enter. */
export function ClientTable({ rows }: { rows: readonly ClientWithTotals[] }) {
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
