import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshotBothSchemes, stubDesktopShell, test } from './page-models';

// A database saved by a newer Tandem (data version 99, far above any this build declares, so the test
// need not move with every migration; Dexie stores it as 990 in IndexedDB) with stores
// this version does not have and indexes it does not declare. Tandem must show why it stops and
// write nothing: no upgrade, no store added, no trash purge, no backup, no settings row.

const NEWER_VERSION = 99;

interface StoreDump {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  keys: unknown[];
  rows: unknown[];
}

interface DatabaseDump {
  name: string;
  version: number;
  stores: StoreDump[];
}

/** Writes the newer database from a page of the app's origin that runs none of the app. */
async function seedNewerDatabase(page: Page): Promise<void> {
  await page.route('**/seed-newer-database', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Seed</title><link rel="icon" href="favicon.svg">' }),
  );
  await page.goto('/seed-newer-database');
  await page.evaluate(
    (nativeVersion) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('tandem', nativeVersion);
        request.onupgradeneeded = () => {
          const db = request.result;
          const clients = db.createObjectStore('clients', { keyPath: 'id' });
          clients.createIndex('name', 'name');
          clients.createIndex('region', 'region');
          clients.put({ id: 'c-1', name: 'Acme', currency: 'EUR', region: 'north' });
          clients.put({ id: 'c-2', name: 'Zoë’s Café 日本', currency: 'JPY', region: 'east' });
          const entries = db.createObjectStore('timeEntries', { keyPath: 'id' });
          entries.createIndex('[projectId+day]', ['projectId', 'day']);
          entries.put({ id: 'e-1', projectId: 'p-1', day: '2026-03-18', minutes: 90, note: 'Kick-off' });
          // A trash item far past the 30 days the start-up purge keeps.
          const trash = db.createObjectStore('trash', { keyPath: 'id' });
          trash.createIndex('deletedAt', 'deletedAt');
          trash.put({ id: 't-1', table: 'clients', deletedAt: '2020-01-01T00:00:00.000Z', record: { id: 'c-0', name: 'Gone' } });
          // A store only the newer version knows, with out-of-line keys.
          db.createObjectStore('invoices').put({ number: 'INV-7', totalMinor: 120_000 }, 'inv-7');
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked'));
      }),
    NEWER_VERSION * 10,
  );
}

/** Every database of the origin with its version, stores, indexes, keys and rows, in a stable order. */
function dumpAll(page: Page): Promise<DatabaseDump[]> {
  return page.evaluate(async () => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const infos = (await indexedDB.databases()).sort((a, b) => String(a.name).localeCompare(String(b.name)));
    const dumps: DatabaseDump[] = [];
    for (const info of infos) {
      if (!info.name) continue;
      // Opened without a version: reads whatever is stored, and upgrades nothing.
      const db = await done(indexedDB.open(info.name));
      const stores: StoreDump[] = [];
      for (const name of [...db.objectStoreNames].sort()) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const indexes = [...store.indexNames].sort().map((indexName) => {
          const index = store.index(indexName);
          return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        });
        const [keys, rows] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
        stores.push({ name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, keys, rows });
      }
      dumps.push({ name: info.name, version: db.version, stores });
      db.close();
    }
    return dumps;
  });
}

/**
 * Starts Tandem on the newer database, lets 31 minutes of its timers run (the interval backup is every
 * 30), and checks that every database, store, index and row is exactly as seeded.
 */
async function startAndExpectNothingWritten(page: Page): Promise<void> {
  await seedNewerDatabase(page);
  const before = await dumpAll(page);
  expect(before.map((db) => `${db.name}@${db.version}`)).toEqual([`tandem@${NEWER_VERSION * 10}`]);
  expect(before[0]?.stores.map((store) => store.name)).toEqual(['clients', 'invoices', 'timeEntries', 'trash']);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.clock.runFor('31:00');
  expect(await dumpAll(page)).toEqual(before);
}

test('a database from a newer Tandem: a window says so, names both versions, and nothing is written (browser)', async ({
  page,
  consoleErrors,
  app,
}) => {
  await startAndExpectNothingWritten(page);

  const notice = page.getByRole('main');
  await expect(notice.getByRole('heading', { level: 1 })).toHaveText('This data needs a newer Tandem');
  await expect(notice).toContainText('Your data was saved by a newer version of Tandem.');
  // The build's own version moves with every migration; it is below the stored one, and named.
  await expect(notice).toContainText(/It is at data version 99; this version of Tandem reads data up to version [1-9]\d?\./);
  await expect(notice).toContainText('To keep it safe, Tandem has not opened it and has changed nothing.');
  // The browser keeps no backups folder: the window says where its backups are instead.
  await expect(notice).toContainText('in your browser’s downloads folder');
  await expect(notice.getByRole('button')).toHaveCount(0);
  // The app shell is not there behind it.
  await expect(app.sidebar).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'newer-database-web');
  expect(consoleErrors).toEqual([]);
});

test('a database from a newer Tandem in the desktop app: the window opens the backups folder, and nothing is written', async ({
  page,
  consoleErrors,
}) => {
  await stubDesktopShell(page);
  await page.addInitScript(() => {
    const opened: string[] = [];
    Object.assign(window, { backupsFolderOpened: opened });
    if (window.tandem) window.tandem.openBackupsFolder = async () => void opened.push('opened');
  });
  await startAndExpectNothingWritten(page);

  const notice = page.getByRole('main');
  await expect(notice.getByRole('heading', { level: 1 })).toHaveText('This data needs a newer Tandem');
  // The build's own version moves with every migration; it is below the stored one, and named.
  await expect(notice).toContainText(/It is at data version 99; this version of Tandem reads data up to version [1-9]\d?\./);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'newer-database-desktop');
  const before = await dumpAll(page);
  await notice.getByRole('button', { name: 'Open backups folder' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { backupsFolderOpened: string[] }).backupsFolderOpened))
    .toEqual(['opened']);
  expect(await dumpAll(page)).toEqual(before);
  expect(consoleErrors).toEqual([]);
});
