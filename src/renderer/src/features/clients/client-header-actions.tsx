import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { TrashIcon } from '../../components/ui/icons';
import type { Client } from '../../domain/model/client';
import { navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { ClientFormDialog } from './client-form-dialog';
import { clientWrites } from './client-writes';
import { errorText } from '@shared/error-text';

/** Edit, archive or unarchive, and delete (to the trash, with Undo) one client. */
export function ClientHeaderActions({ client }: { client: Client }) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function toggleArchived() {
    setBusy(true);
    try {
      await clientWrites.setArchived(client.id, !client.archived);
      notify(
        client.archived ? `“${client.name}” is active again` : `“${client.name}” archived: it is hidden from the client list`,
      );
    } catch (error) {
      notify(`Could not save: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    await moveToTrashWithUndo('clients', client.id);
    navigate('clients');
  }

  return (
    <>
      <Button onClick={() => setEditing(true)}>Edit</Button>
      <Button onClick={() => void toggleArchived()} disabled={busy}>
        {client.archived ? 'Unarchive' : 'Archive'}
      </Button>
      <Button variant="danger" onClick={() => void remove()} disabled={busy}>
        <TrashIcon />
        Delete
      </Button>
      {editing ? (
        <ClientFormDialog client={client} onClose={() => setEditing(false)} onSaved={() => notify('Client saved')} />
      ) : null}
    </>
  );
}
