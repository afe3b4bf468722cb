import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { EmptyState } from '../../components/ui/empty-state';
import { PlusIcon, SearchIcon } from '../../components/ui/icons';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { loadClientHealth } from '../../db/queries/client-health';
import { listClientsWithTotals } from '../../db/queries/clients';
import { countClients } from '../../db/queries/clients-detail';
import { ClientTable } from './client-table';
import { useToday } from '../../stores/use-clock';

export interface ClientListProps {
  onNewClient: () => void;
}

/** All clients with their totals; search by name, owner or contact; archived ones on request. */
export function ClientList({ onNewClient }: ClientListProps) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  // Typing stays responsive while the list catches up with the last keystroke.
  const needle = useDeferredValue(search);
  const today = useToday();
  const list = useLiveQuery(
    async () => {
      const [clients, total] = await Promise.all([
        listClientsWithTotals(db, { search: needle, includeArchived: showArchived }),
        countClients(db),
      ]);
      return { clients, total };
    },
    [needle, showArchived],
    undefined,
  );
  // Health weighs every active project's budget: read on its own so the list shows first and the
  // Health column fills in a moment later.
  const health = useLiveQuery(() => loadClientHealth(db, today), [today], undefined);
  const data = useMemo(
    () => list && { rows: list.clients.map((row) => ({ ...row, health: health?.get(row.client.id) })), total: list.total },
    [list, health],
  );

  const newButton = (
    <Button variant="primary" onClick={onNewClient}>
      <PlusIcon />
      New client
    </Button>
  );

  return (
    <Screen
      id="clients"
      title="Clients"
      ready={data !== undefined}
      actions={newButton}
      subtitle={data ? countLine(data.rows.length, data.total) : undefined}
    >
      {data?.total === 0 ? (
        <EmptyState title="No clients yet" action={newButton}>
          Add your first client: its currency, who owns the relationship, then contacts and projects.
        </EmptyState>
      ) : (
        <>
          <div className="toolbar clients-toolbar" role="search">
            <div className="clients-search">
              <SearchIcon />
              <input
                id={`${id}-search`}
                type="search"
                className="input"
                aria-label="Search clients"
                placeholder="Search name, owner or contact…"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
            </div>
            <Checkbox
              id={`${id}-archived`}
              label="Show archived"
              checked={showArchived}
              onChange={(event) => setShowArchived(event.target.checked)}
            />
          </div>
          {data && data.rows.length === 0 ? (
            <EmptyState title="No client matches">
              {search.trim() ? `Nothing matches “${search.trim()}”. ` : ''}
              {showArchived ? 'Try another search.' : 'Try another search, or show archived clients.'}
            </EmptyState>
          ) : (
            <ClientTable rows={data?.rows ?? []} />
          )}
        </>
      )}
    </Screen>
  );
}

function countLine(shown: number, total: number): string {
  return shown === total ? `${total} ${total === 1 ? 'client' : 'clients'}` : `${shown} of ${total} clients`;
}
