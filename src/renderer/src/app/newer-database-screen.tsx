import { useState } from 'react';
import { Button } from '../components/ui/button';
import type { NewerDatabase } from '../db/stored-version';
import { platform } from '../platform/platform';
import { useApplyTheme } from './use-theme';
import './newer-database.css';
import { errorText } from '@shared/error-text';

export interface NewerDatabaseScreenProps extends NewerDatabase {
  /** 'folder' in the desktop app, whose backups folder main can show; 'downloads' in the browser */
  backupsIn: 'folder' | 'downloads';
}

/**
 * Shown instead of the app when the database was saved by a newer schema than this build reads.
 * Nothing here reads or writes the database: the theme follows the system (the saved preference is
 * in the data this build must not open).
 */
export function NewerDatabaseScreen({ storedVersion, appVersion, backupsIn }: NewerDatabaseScreenProps) {
  useApplyTheme('system');
  const [error, setError] = useState<string | null>(null);
  const openFolder = () => {
    setError(null);
    platform.openBackupsFolder().catch((failure: unknown) => setError(errorText(failure)));
  };

  return (
    <main className="newer-database" aria-labelledby="newer-database-title">
      <div className="card newer-database-card">
        <div className="brand newer-database-brand">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          Tandem
        </div>
        <h1 id="newer-database-title">This data needs a newer Tandem</h1>
        <p>
          Your data was saved by a newer version of Tandem. It is at data version {storedVersion}; this version of Tandem reads
          data up to version {appVersion}.
        </p>
        <p className="muted">
          To keep it safe, Tandem has not opened it and has changed nothing. Update Tandem to the latest version to carry on where
          you left off.
        </p>
        {backupsIn === 'folder' ? (
          <div className="newer-database-backups">
            <p className="muted">Tandem’s automatic backups are in its backups folder.</p>
            <div>
              <Button variant="primary" onClick={openFolder}>
                Open backups folder
              </Button>
            </div>
            {error ? (
              <p className="field-error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
        ) : (
          <div className="newer-database-backups">
            <p className="muted">
              Backups made in the browser are the files named <span className="newer-database-file">tandem-backup-….json.gz</span>{' '}
              in your browser’s downloads folder.
            </p>
          </div>
        )}
      </div>
    </main>
  );
}
