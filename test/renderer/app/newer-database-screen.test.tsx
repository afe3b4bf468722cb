import { act, screen } from '@testing-library/react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewerDatabaseScreen } from '../../../src/renderer/src/app/newer-database-screen';
import { startTandem } from '../../../src/renderer/src/app/start';
import { createTandemDb } from '../../../src/renderer/src/db/db';
import { CURRENT_SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { platform } from '../../../src/renderer/src/platform/platform';
import { renderApp } from '../../support/render-app';

vi.mock('../../../src/renderer/src/platform/platform', () => ({
  platform: { openBackupsFolder: vi.fn(async () => undefined) },
  hasBackupFolder: false,
}));
const openBackupsFolder = vi.mocked(platform.openBackupsFolder);

// jsdom has no matchMedia; the window follows the system's light or dark like the app does.
const systemScheme = { matches: true, addEventListener: vi.fn(), removeEventListener: vi.fn() };
vi.stubGlobal('matchMedia', () => systemScheme);

beforeEach(() => openBackupsFolder.mockReset());

describe('the window for data from a newer Tandem', () => {
  it('says the data is from a newer Tandem, names both versions, and opens the backups folder on the desktop', async () => {
    const { user } = renderApp(<NewerDatabaseScreen storedVersion={7} appVersion={3} backupsIn="folder" />, { toaster: false });
    expect(screen.getByRole('heading', { level: 1, name: 'This data needs a newer Tandem' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Your data was saved by a newer version of Tandem.');
    expect(main).toHaveTextContent('It is at data version 7; this version of Tandem reads data up to version 3.');
    expect(main).toHaveTextContent('Tandem has not opened it and has changed nothing.');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Open backups folder' }));
    expect(openBackupsFolder).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("shows main's reason when the folder cannot be opened", async () => {
    openBackupsFolder.mockRejectedValueOnce(new Error('Tandem has not made any backups on this computer yet.'));
    const { user } = renderApp(<NewerDatabaseScreen storedVersion={7} appVersion={3} backupsIn="folder" />, { toaster: false });
    await user.click(screen.getByRole('button', { name: 'Open backups folder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tandem has not made any backups on this computer yet.');
  });

  it('says where backups are in the browser, which has no folder to open', () => {
    renderApp(<NewerDatabaseScreen storedVersion={7} appVersion={3} backupsIn="downloads" />, { toaster: false });
    expect(screen.getByRole('main')).toHaveTextContent(
      'the files named tandem-backup-….json.gz in your browser’s downloads folder',
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('start-up', () => {
  let container: HTMLElement;
  let root: Root;
  const loadApp = vi.fn(
    async () =>
      function FakeApp() {
        return <p>The app shell</p>;
      },
  );

  beforeEach(() => {
    loadApp.mockClear();
    container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  function createRaw(name: string, nativeVersion: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, nativeVersion);
      request.onupgradeneeded = () => request.result.createObjectStore('invoices').put({ totalMinor: 120_000 }, 'inv-7');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  }

  it('shows the window instead of the app, never loading the app, for a database saved by a newer schema', async () => {
    const name = `start-newer-${Math.random()}`;
    await createRaw(name, (CURRENT_SCHEMA_VERSION + 4) * 10);
    await act(() => startTandem(root, { databaseName: name, loadApp }));
    expect(container).toHaveTextContent(
      `It is at data version ${CURRENT_SCHEMA_VERSION + 4}; this version of Tandem reads data up to version ${CURRENT_SCHEMA_VERSION}.`,
    );
    expect(container).toHaveTextContent('in your browser’s downloads folder');
    expect(loadApp).not.toHaveBeenCalled();
    const stored = (await indexedDB.databases()).find((info) => info.name === name);
    expect(stored?.version).toBe((CURRENT_SCHEMA_VERSION + 4) * 10);
  });

  it("starts the app for a new database and for one at this build's version", async () => {
    await act(() => startTandem(root, { databaseName: `start-fresh-${Math.random()}`, loadApp }));
    expect(container).toHaveTextContent('The app shell');

    const name = `start-current-${Math.random()}`;
    const db = createTandemDb(name);
    await db.open();
    db.close();
    await act(() => startTandem(root, { databaseName: name, loadApp }));
    expect(loadApp).toHaveBeenCalledTimes(2);
    expect(container).not.toHaveTextContent('newer Tandem');
  });
});
