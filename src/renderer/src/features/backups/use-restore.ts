import { useRef, useState } from 'react';
import type { BackupWriteResult } from '@shared/api';
import { db } from '../../db/db';
import { restoreWithSafetyBackup } from '../../db/backup/backup-service';
import type { RestoreStep } from '../../db/backup/backup-service';
import { openDatabaseFile } from '../../db/backup/open-database-file';
import type { DatabaseFile } from '../../db/backup/open-database-file';
import { recordCounts } from '../../db/queries/backups-data';
import { notify } from '../../stores/toast-store';
import { countsSummary } from './labels';
import { errorText } from '@shared/error-text';

// The restore flow shared by "Restore" on a listed backup, "Restore from a file" and "Import all":
// open and check the file, preview it beside what is there now, then safety backup + restore.

export type RestoreState =
  | { step: 'idle' }
  | { step: 'opening'; title: string }
  | { step: 'preview'; title: string; file: DatabaseFile; current: Record<string, number> }
  | {
      step: 'running';
      title: string;
      file: DatabaseFile;
      current: Record<string, number>;
      progress: { label: string; value?: number };
    }
  | { step: 'failed'; title: string; message: string };

function progressOf(step: RestoreStep): { label: string; value?: number } {
  if (step.phase === 'safety') return { label: 'Backing up your current data first…' };
  if (step.phase === 'reading') return { label: 'Reading the file…', value: step.total > 0 ? step.done / step.total : undefined };
  if (step.phase === 'checking') return { label: 'Checking every record…' };
  return { label: 'Replacing your data…' };
}

function safetyNote(safety: BackupWriteResult): string {
  return safety.storedIn === 'download'
    ? `Your previous data was downloaded as ${safety.backup.id}.`
    : 'Your previous data is kept in the backup list.';
}

export function useRestore(onRestored: () => void) {
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  // Each open gets a number; closing or opening again makes the answer of an earlier open stale.
  const attempt = useRef(0);

  /** `bytes` is started by the caller inside the click (file pickers need the click's activation). */
  async function open(title: string, bytes: Promise<Uint8Array | null>) {
    const mine = ++attempt.current;
    const settle = (next: RestoreState) => {
      if (attempt.current === mine) setState(next);
    };
    setState({ step: 'opening', title });
    try {
      const picked = await bytes;
      if (picked === null) return settle({ step: 'idle' });
      const file = await openDatabaseFile(picked);
      settle({ step: 'preview', title, file, current: await recordCounts(db) });
    } catch (error) {
      settle({ step: 'failed', title, message: errorText(error) });
    }
  }

  function close() {
    attempt.current += 1;
    setState({ step: 'idle' });
  }

  async function confirm() {
    if (state.step !== 'preview') return;
    const { title, file, current } = state;
    setState({ step: 'running', title, file, current, progress: progressOf({ phase: 'safety' }) });
    try {
      const { counts, safety } = await restoreWithSafetyBackup(db, file, (step) =>
        setState({ step: 'running', title, file, current, progress: progressOf(step) }),
      );
      setState({ step: 'idle' });
      notify(`Restored ${countsSummary(counts)}. ${safetyNote(safety)}`, undefined, 'success');
      onRestored();
    } catch (error) {
      setState({ step: 'failed', title, message: errorText(error) });
      onRestored(); // the safety backup may have been written
    }
  }

  return { state, open, confirm, close };
}
