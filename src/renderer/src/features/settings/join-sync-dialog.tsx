import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';

export interface JoinSyncDialogProps {
  /** synced records on this computer and documents in the server's database */
  counts: { local: number; remote: number };
  server: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}

const records = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'record' : 'records'}`;

/** Asked before a computer that already has data joins a database: a backup first, then a merge by id. */
export function JoinSyncDialog({ counts, server, onConfirm, onCancel, busy }: JoinSyncDialogProps) {
  return (
    <Dialog
      title="Merge this computer’s data with the server?"
      size="sm"
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onClick={onConfirm} disabled={busy}>
            {busy ? 'Backing up…' : 'Back up and merge'}
          </Button>
        </>
      }
    >
      <dl className="sync-join-counts">
        <div>
          <dt>On this computer</dt>
          <dd className="num">{records(counts.local)}</dd>
        </div>
        <div>
          <dt>On {server}</dt>
          <dd className="num">{records(counts.remote)}</dd>
        </div>
      </dl>
      <p>
        Tandem first saves a backup of this computer’s data, then keeps every record from both sides: records with the same id
        become one, and where both sides changed one, the other version is listed under Sync conflicts. Nothing is deleted.
      </p>
    </Dialog>
  );
}
