import { StrictMode, type ComponentType } from 'react';
import type { Root } from 'react-dom/client';
import { TANDEM_DB_NAME } from '../db/db';
import { findNewerDatabase, type NewerDatabase } from '../db/stored-version';
import { hasBackupFolder } from '../platform/platform';
import { NewerDatabaseScreen } from './newer-database-screen';

// Start-up: the stored schema version is read before anything opens the database. Data from a newer
// Tandem gets a window of its own, and the app shell is never even loaded: no Dexie open (which would
// add this build's stores and indexes to it), no start-up backup or trash purge, no settings, timers,
// reminders or screens. Only a database this build can read reaches the app.

export interface StartOptions {
  databaseName?: string;
  /** the app shell; a chunk of its own, imported only when the database may be opened */
  loadApp?: () => Promise<ComponentType>;
}

const loadAppShell = async (): Promise<ComponentType> => (await import('./app')).App;

async function newerDatabase(name: string): Promise<NewerDatabase | null> {
  try {
    return await findNewerDatabase(name);
  } catch (error) {
    // A browser that cannot list its databases has Dexie's own checks left; the app starts as before.
    console.warn('Could not read the stored data version', error);
    return null;
  }
}

export async function startTandem(
  root: Root,
  { databaseName = TANDEM_DB_NAME, loadApp = loadAppShell }: StartOptions = {},
): Promise<void> {
  const newer = await newerDatabase(databaseName);
  if (newer) {
    root.render(
      <StrictMode>
        <NewerDatabaseScreen {...newer} backupsIn={hasBackupFolder ? 'folder' : 'downloads'} />
      </StrictMode>,
    );
    return;
  }
  const App = await loadApp();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
