import { useLiveQuery } from 'dexie-react-hooks';
import { EmptyState } from '../../components/ui/empty-state';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { getClientDetail, type ClientDetail as Detail } from '../../db/queries/clients-detail';
import { hrefTo } from '../../platform/router';
import { CheckInsCard } from './check-ins-card';
import { ClientHeaderActions } from './client-header-actions';
import { ClientProfitabilityCard } from './client-profitability-card';
import { ClientProjectsCard } from './client-projects-card';
import { ContactsCard } from './contacts-card';
import { formatHours, formatLastDay, formatSpent } from './labels';
import { NotesCard } from './notes-card';
import { OpportunitiesCard } from './opportunities-card';

/** One client: who they are, how the relationship feels, what may come, and its projects. */
export function ClientDetail({ clientId }: { clientId: string }) {
  const detail = useLiveQuery(() => getClientDetail(db, clientId), [clientId], undefined);

  if (detail === undefined) {
    return (
      <Screen id="client-detail" title="Client" ready={false}>
        {null}
      </Screen>
    );
  }
  if (detail === null) {
    return (
      <Screen id="client-detail" title="Client not found" ready>
        <EmptyState title="This client is not here" action={<a href={hrefTo('clients')}>Back to all clients</a>}>
          It may have been moved to the trash.
        </EmptyState>
      </Screen>
    );
  }

  const { client } = detail;
  return (
    <Screen
      id="client-detail"
      title={client.name}
      ready
      actions={<ClientHeaderActions client={client} />}
      subtitle={
        <span className="client-subtitle">
          <a href={hrefTo('clients')}>All clients</a>
          <span>Billed in {client.currency}</span>
          <span>{client.owner ? `Owned by ${client.owner}` : 'No owner set'}</span>
          {client.archived ? <span className="badge badge-warning">Archived</span> : null}
        </span>
      }
    >
      <ClientStats detail={detail} />
      <div className="client-grid">
        <ClientProjectsCard projects={detail.projects} currency={client.currency} />
        <ClientProfitabilityCard detail={detail} />
        <ContactsCard client={client} />
        <CheckInsCard client={client} />
        <OpportunitiesCard client={client} />
        <NotesCard client={client} />
      </div>
    </Screen>
  );
}

function ClientStats({ detail }: { detail: Detail }) {
  const stats = [
    {
      label: 'Active projects',
      value: detail.projects.length === 0 ? 'None yet' : `${detail.activeProjectCount} of ${detail.projects.length}`,
    },
    { label: 'Hours logged', value: formatHours(detail.minutes) },
    { label: 'Spent', value: formatSpent(detail.spent) },
    { label: 'Uninvoiced', value: formatSpent(detail.uninvoiced) },
    { label: 'Last activity', value: formatLastDay(detail.lastDay) },
  ];
  return (
    <dl className="client-stats">
      {stats.map((stat) => (
        <div key={stat.label} className="client-stat">
          <dt>{stat.label}</dt>
          <dd>{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
