import type { BackupSummary } from '@shared/api';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { REASON_LABELS, countsSummary, formatBytes, formatInstant } from './labels';

export interface BackupListProps {
  backups: readonly BackupSummary[];
  busy: boolean;
  onRestore: (backup: BackupSummary) => void;
}

export function BackupList({ backups, busy, onRestore }: BackupListProps) {
  const columns: Column<BackupSummary>[] = [
    {
      key: 'date',
      header: 'Taken',
      cell: (backup) => (
        <span className="backup-date">
          {formatInstant(backup.createdAt)}
          {backup.kept ? (
            <span className="badge badge-warning" title="Kept beside a much smaller later backup; never removed automatically">
              Kept
            </span>
          ) : null}
        </span>
      ),
    },
    { key: 'reason', header: 'Why', cell: (backup) => <span className="muted">{REASON_LABELS[backup.reason]}</span> },
    { key: 'counts', header: 'Holds', cell: (backup) => countsSummary(backup.counts) },
    { key: 'size', header: 'Size', numeric: true, cell: (backup) => formatBytes(backup.sizeBytes) },
    {
      key: 'restore',
      header: 'Actions',
      width: '1%',
      cell: (backup) => (
        <Button size="sm" disabled={busy} onClick={() => onRestore(backup)} aria-label={`Restore the backup from ${formatInstant(backup.createdAt)}`}>
          Restore…
        </Button>
      ),
    },
  ];
  return <DataTable caption="Backups, newest first" columns={columns} rows={backups} rowKey={(backup) => backup.id} />;
}
