import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { trashRepo } from '../../db/repositories/trash-repo';
import type { TrashItem } from '../../domain/model/trash-item';
import { notify } from '../../stores/toast-store';
import { useNow } from '../../stores/use-clock';
import { errorText } from '@shared/error-text';

const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

function daysAgo(iso: string, now: number): string {
  const days = Math.floor((now - Date.parse(iso)) / DAY_MS);
  return days <= 0 ? 'Today' : days === 1 ? 'Yesterday' : `${days} days ago`;
}

function goneOn(iso: string): string {
  return new Date(Date.parse(iso) + TRASH_DAYS * DAY_MS).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

type Confirming = { kind: 'one'; item: TrashItem } | { kind: 'all' } | null;

export interface TrashSectionProps {
  items: readonly TrashItem[];
}

/** Deleted things, kept 30 days: restore them exactly, or delete them for good. */
export function TrashSection({ items }: TrashSectionProps) {
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  const now = useNow().getTime();

  async function run(action: () => Promise<void>, done: string, failed: string) {
    setBusy(true);
    try {
      await action();
      notify(done, undefined, 'success');
    } catch (error) {
      notify(`${failed}: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  const repo = trashRepo(db);
  const columns: Column<TrashItem>[] = [
    { key: 'label', header: 'What', cell: (item) => item.label },
    {
      key: 'deleted',
      header: 'Deleted',
      cell: (item) => <span title={new Date(item.deletedAt).toLocaleString()}>{daysAgo(item.deletedAt, now)}</span>,
    },
    { key: 'gone', header: 'Kept until', cell: (item) => <span className="muted">{goneOn(item.deletedAt)}</span> },
    {
      key: 'actions',
      header: 'Actions',
      width: '1%',
      cell: (item) => (
        <span className="row-actions">
          <Button
            size="sm"
            disabled={busy}
            aria-label={`Restore ${item.label}`}
            onClick={() => void run(() => repo.restore(item.id), `${item.label} restored`, 'Could not restore')}
          >
            Restore
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={busy}
            aria-label={`Delete forever: ${item.label}`}
            onClick={() => setConfirming({ kind: 'one', item })}
          >
            Delete forever
          </Button>
        </span>
      ),
    },
  ];

  return (
    <section className="card data-section data-section-wide" aria-labelledby="trash-heading">
      <header className="data-section-header">
        <div>
          <h2 id="trash-heading">Trash</h2>
          <p className="muted">
            Deleted clients, projects, entries and tasks stay here for {TRASH_DAYS} days. Restoring puts back everything deleted
            with them.
          </p>
        </div>
        {items.length > 0 ? (
          <div className="data-section-actions">
            <Button variant="ghost" disabled={busy} onClick={() => setConfirming({ kind: 'all' })}>
              Empty the trash
            </Button>
          </div>
        ) : null}
      </header>
      {items.length > 0 ? (
        <DataTable caption="Items in the trash, newest first" columns={columns} rows={items} rowKey={(item) => item.id} />
      ) : (
        <p className="muted">The trash is empty.</p>
      )}
      {confirming ? (
        <Dialog
          title={confirming.kind === 'all' ? 'Empty the trash?' : 'Delete forever?'}
          size="sm"
          onClose={() => setConfirming(null)}
          footer={
            <>
              <Button onClick={() => setConfirming(null)}>Keep</Button>
              <Button
                variant="danger"
                disabled={busy}
                onClick={() =>
                  void (confirming.kind === 'all'
                    ? run(() => repo.empty(), 'Trash emptied', 'Could not empty the trash')
                    : run(() => repo.purge(confirming.item.id), `${confirming.item.label} deleted forever`, 'Could not delete'))
                }
              >
                Delete forever
              </Button>
            </>
          }
        >
          <p>
            {confirming.kind === 'all'
              ? `All ${items.length} items in the trash will be gone for good. Backups taken before today still hold them.`
              : `${confirming.item.label} will be gone for good. Backups taken before today still hold it.`}
          </p>
        </Dialog>
      ) : null}
    </section>
  );
}
