import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { db } from '../../db/db';
import { exportDatabase } from '../../db/backup/export-database';
import { dayKeyOf } from '../../domain/time/day-key';
import { platform } from '../../platform/platform';
import { notify } from '../../stores/toast-store';
import { ProgressBar } from './progress-bar';
import { readClock } from '../../platform/clock';
import { errorText } from '@shared/error-text';

export interface WholeDataSectionProps {
  restoring: boolean;
  onImport: (title: string, bytes: Promise<Uint8Array | null>) => void;
}

/** Everything in one JSON file (dexie-export-import format), out and back in. */
export function WholeDataSection({ restoring, onImport }: WholeDataSectionProps) {
  const [progress, setProgress] = useState<number | null>(null);

  async function exportAll() {
    setProgress(0);
    try {
      const exported = await exportDatabase(db, ({ done, total }) => setProgress(total > 0 ? done / total : 0));
      const saved = await platform.saveFile({
        purpose: 'export',
        suggestedName: `tandem-export-${dayKeyOf(readClock())}.json`,
        bytes: exported.body,
      });
      if (saved) notify('Everything exported', undefined, 'success');
    } catch (error) {
      notify(`Export failed: ${errorText(error)}`, undefined, 'error');
    } finally {
      setProgress(null);
    }
  }

  const busy = progress !== null || restoring;
  return (
    <section className="card data-section" aria-labelledby="whole-heading">
      <h2 id="whole-heading">Everything in one file</h2>
      <p className="muted">
        Export all your clients, projects, time, tasks, plans and settings as one JSON file, or import such a file (or a backup)
        in place of what is here.
      </p>
      <div className="data-section-actions">
        <Button onClick={() => void exportAll()} disabled={busy}>
          Export all
        </Button>
        <Button
          onClick={() =>
            onImport(
              'Import this file in place of your data?',
              platform.openFile('backup').then((file) => file?.bytes ?? null),
            )
          }
          disabled={busy}
        >
          Import all…
        </Button>
      </div>
      {progress !== null ? <ProgressBar label="Exporting…" value={progress} /> : null}
    </section>
  );
}
