import { useMemo, useState } from 'react';
import type { Client } from '../../domain/model/client';
import { useRegisterCommands, type Command } from '../../stores/command-store';
import { navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { ClientDetail } from './client-detail';
import { ClientFormDialog } from './client-form-dialog';
import { ClientList } from './client-list';
import './clients.css';

/** '#/clients' lists clients; '#/clients/<id>' shows one. 'New client' works from both and the palette. */
export function ClientsScreen({ params }: { params: string[] }) {
  const clientId = params[0];
  const [creating, setCreating] = useState(false);
  const commands = useMemo<Command[]>(
    () => [{ id: 'clients:new', title: 'New client', group: 'Clients', run: () => setCreating(true) }],
    [],
  );
  useRegisterCommands(commands);

  function onCreated(client: Client) {
    notify(`Client “${client.name}” created`, { label: 'Open', run: () => navigate('clients', client.id) }, 'success');
  }

  return (
    <>
      {/* keyed by id so another client's page never shows the previous one while it loads */}
      {clientId ? <ClientDetail key={clientId} clientId={clientId} /> : <ClientList onNewClient={() => setCreating(true)} />}
      {creating ? <ClientFormDialog onClose={() => setCreating(false)} onSaved={onCreated} /> : null}
    </>
  );
}
