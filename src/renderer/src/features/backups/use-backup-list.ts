import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary } from '@shared/api';
import { platform } from '../../platform/platform';
import { notify } from '../../stores/toast-store';
import { errorText } from '@shared/error-text';

/** The backups folder's list (undefined while loading; always empty in the browser). */
export function useBackupList() {
  const [backups, setBackups] = useState<BackupSummary[] | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      setBackups(await platform.listBackups());
    } catch (error) {
      setBackups([]);
      notify(`Could not list the backups: ${errorText(error)}`, undefined, 'error');
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { backups, refresh };
}
