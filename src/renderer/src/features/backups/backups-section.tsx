import { useState } from 'react';
import type { BackupSummary } from '@shared/api';
import { Button } from '../../components/ui/button';
import { db } from '../../db/db';
import { backUpNow } from '../../db/backup/backup-service';
import { hasBackupFolder, platform } from '../../platform/platform';
import { notify } from '../../stores/toast-store';
import { BackupList } from './backup-list';
import { formatInstant } from './labels';
import { ProgressBar } from './progress-bar';
import { errorText } from '@shared/error-text';

export interface BackupsSectionProps {
  backups: readonly BackupSummary[];
  restoring: boolean;
  refresh: () => Promise<void>;
  onRestore: (title: string, bytes: Promise<Uint8Array | null>) => void;
}

/** The backups Tandem keeps (desktop) or downloads (browser), Back up now and Restore. */
export function BackupsSection({ backups, restoring, refresh, onRestore }: BackupsSectionProps) {
  const [backingUp, setBackingUp] = useState(false);
  const busy = backingUp || restoring;

  async function backUp() {
    setBackingUp(true);
    try {
      const result = await backUpNow(db, 'manual');
      if (result.warning) notify(result.warning, undefined, 'error');
      notify(result.storedIn === 'download' ? `Backup downloaded as ${result.backup.id}` : 'Backup saved', undefined, 'success');
      await refresh();
    } catch (error) {
      notify(`Backup failed: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBackingUp(false);
    }
  }

  const restoreListed = (backup: BackupSummary) =>
    onRestore(`Restore the backup from ${formatInstant(backup.createdAt)}?`, platform.readBackup(backup.id));

  return (
    <section className="card data-section data-section-wide" aria-labelledby="backups-heading">
      <header className="data-section-header">
        <div>
          <h2 id="backups-heading">Backups</h2>
          <p className="muted">
            {hasBackupFolder
              ? 'Tandem backs up on start-up and every 30 minutes while you work, and before every restore or import. It keeps 3 from today, one a day for 14 days and one a week for 8 weeks.'
              : 'In the browser a backup is a file you download. Keep it somewhere safe; restore it here by picking the file.'}
          </p>
        </div>
        <div className="data-section-actions">
          <Button variant="primary" onClick={() => void backUp()} disabled={busy}>
            {hasBackupFolder ? 'Back up now' : 'Download a backup'}
          </Button>
          <Button
            onClick={() =>
              onRestore(
                'Restore from this file?',
                platform.openFile('backup').then((file) => file?.bytes ?? null),
              )
            }
            disabled={busy}
          >
            Restore from a file…
          </Button>
        </div>
      </header>
      {backingUp ? <ProgressBar label="Backing up…" /> : null}
      {hasBackupFolder ? (
        backups.length > 0 ? (
          <BackupList backups={backups} busy={busy} onRestore={restoreListed} />
        ) : (
          <p className="muted">
            No backups yet. The first one is taken when Tandem starts; choose Back up now to take one at once.
          </p>
        )
      ) : null}
    </section>
  );
}
