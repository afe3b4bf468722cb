import type { Page } from '@playwright/test';
import type { CouchServer } from '../support/couch-server';
import {
  ClientsPage,
  type StoredEntry,
  expectNoSeriousA11yViolations,
  screenReady,
  screenshotBothSchemes,
  storedRows,
  writeRows,
} from './page-models';
import { cutOffFromServer, expect, openDevicePage, reconnectToServer, test } from './page-models/sync-devices';
import { SyncPage } from './page-models/sync-page';

// Two devices (two browser contexts, each its own IndexedDB) syncing through a PouchDB Server the
// test starts on 127.0.0.1 (test/e2e/page-models/sync-devices.ts). Each step is driven from the UI:
// Settings → Sync, the Clients screen; what is checked is both what is drawn and what is stored.

interface StoredClient {
  id: string;
  name: string;
}

/** The stored clients' names, sorted. */
async function clientNames(page: Page): Promise<string[]> {
  return (await storedRows<StoredClient>(page, 'clients')).map((client) => client.name).sort();
}

/** Waits until the device has stored exactly these clients (sync runs in the background too). */
async function expectClients(page: Page, names: string[]): Promise<void> {
  await expect.poll(() => clientNames(page)).toEqual(names);
}

/** The clients' names in the server's database, sorted. */
async function serverClientNames(couch: CouchServer): Promise<string[]> {
  const docs = (await couch.documents()).filter((doc) => doc._id.startsWith('clients:') && !doc._deleted);
  return docs.map((doc) => (doc.record as StoredClient).name).sort();
}

/** Renames the client `from` to `to` on its page (Edit → Save client). */
async function renameClient(page: Page, from: string, to: string): Promise<void> {
  const clients = new ClientsPage(page);
  await clients.open();
  await clients.openClient(new RegExp(from));
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit client' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(to);
  await dialog.getByRole('button', { name: 'Save client' }).click();
  await expect(dialog).toHaveCount(0);
}

test('two devices converge after each made changes while cut off from the server', async ({
  page,
  otherPage,
  otherContext,
  context,
  couch,
  consoleErrors,
}) => {
  const laptop = new SyncPage(page);
  const desktop = new SyncPage(otherPage);

  // The laptop has a client before sync is set up: it joins by merging (backup, then union by id).
  await new ClientsPage(page).createClient('Acme Corp');
  await laptop.start(couch, { join: true });
  await laptop.syncNow();
  await desktop.start(couch);
  await desktop.syncNow();
  await expectClients(otherPage, ['Acme Corp']);

  await cutOffFromServer(context, couch);
  await cutOffFromServer(otherContext, couch);
  await new ClientsPage(page).createClient('Birch Ltd');
  await new ClientsPage(otherPage).createClient('Cedar Co');
  await laptop.open();
  await laptop.form.getByRole('button', { name: 'Sync now' }).click();
  await expect(laptop.status).toHaveText(/^Offline: The server cannot be reached/);
  await expect(laptop.changes).toHaveText('1 change waiting to go up');

  await reconnectToServer(context, couch);
  await reconnectToServer(otherContext, couch);
  await laptop.syncNow();
  await desktop.syncNow();
  await laptop.syncNow();

  // 1 client before the cut + 1 made on each device while cut off = 3 on both and on the server.
  const all = ['Acme Corp', 'Birch Ltd', 'Cedar Co'];
  await expectClients(page, all);
  await expectClients(otherPage, all);
  await expect.poll(() => serverClientNames(couch)).toEqual(all);
  const desktopClients = new ClientsPage(otherPage);
  await desktopClients.open();
  await expect(otherPage.getByText('3 clients', { exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the same client renamed on both devices: one winner on both, the other version listed as a conflict', async ({
  page,
  otherPage,
  otherContext,
  context,
  couch,
  consoleErrors,
}) => {
  const laptop = new SyncPage(page);
  const desktop = new SyncPage(otherPage);
  await laptop.start(couch);
  await new ClientsPage(page).createClient('Acme Corp');
  await laptop.syncNow();
  await desktop.start(couch);
  await desktop.syncNow();
  await expectClients(otherPage, ['Acme Corp']);

  await cutOffFromServer(context, couch);
  await cutOffFromServer(otherContext, couch);
  await renameClient(page, 'Acme Corp', 'Acme North');
  await renameClient(otherPage, 'Acme Corp', 'Acme South');
  await reconnectToServer(context, couch);
  await reconnectToServer(otherContext, couch);
  await laptop.syncNow();
  await desktop.syncNow();
  await laptop.syncNow();

  // CouchDB's winner is the same everywhere: both devices and the server hold one name, the same one.
  const settled = async () => {
    const [mine, theirs] = [await clientNames(page), await clientNames(otherPage)];
    return mine.length === 1 && mine[0] === theirs[0] ? mine[0] : null;
  };
  await expect.poll(settled).not.toBeNull();
  const winner = (await settled()) ?? '';
  expect(['Acme North', 'Acme South']).toContain(winner);
  const loser = winner === 'Acme North' ? 'Acme South' : 'Acme North';
  const onServer = async () => {
    const [doc] = (await couch.documents()).filter((each) => each._id.startsWith('clients:'));
    return { name: (doc?.record as StoredClient | undefined)?.name, otherVersions: doc?._conflicts?.length ?? 0 };
  };
  await expect.poll(onServer).toEqual({ name: winner, otherVersions: 1 });

  // Each device lists the other version with the field that differs.
  for (const sync of [laptop, desktop]) {
    const item = sync.conflict(`Client “${winner}”`);
    await expect(item).toBeVisible();
    await expect(item.getByRole('row', { name: /name/ })).toContainText(winner);
    await expect(item.getByRole('row', { name: /name/ })).toContainText(loser);
  }
  await laptop.conflict(`Client “${winner}”`).scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'sync-conflict', { wholeScreen: true });

  // Keeping the other version on one device settles it on both.
  await desktop.conflict(`Client “${winner}”`).getByRole('button', { name: 'Keep other version' }).click();
  await expect(desktop.conflicts.getByText('No conflicts.')).toBeVisible();
  await desktop.syncNow();
  await laptop.syncNow();
  await expect(laptop.conflicts.getByText('No conflicts.')).toBeVisible();
  await expectClients(page, [loser]);
  await expectClients(otherPage, [loser]);
  const clients = new ClientsPage(page);
  await clients.open();
  await expect(clients.row(new RegExp(loser))).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a wrong password: a clear error, and the device keeps its data and its waiting changes', async ({
  page,
  couch,
  consoleErrors,
}) => {
  const laptop = new SyncPage(page);
  await new ClientsPage(page).createClient('Acme Corp');
  await laptop.start(couch, { password: 'not-the-password' });
  // In the Sync section itself, beside the field to mend (not only in a passing notification).
  const refused = 'The server refused the user name or password. Check them and start syncing again.';
  await expect(laptop.form.getByRole('alert').filter({ hasText: refused })).toBeVisible();
  await expect(laptop.form.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(new RegExp(`^${refused}`));
  await expect(laptop.status).toHaveText('Not syncing');
  await expectNoSeriousA11yViolations(page);

  await expectClients(page, ['Acme Corp']);
  expect(await serverClientNames(couch)).toEqual([]);
  await screenReady(page, 'settings');

  // The right password then: the client goes up.
  await laptop.start(couch, { join: true });
  await laptop.syncNow();
  await expect.poll(() => serverClientNames(couch)).toEqual(['Acme Corp']);
  expect(consoleErrors).toEqual([]);
});

test('the server goes down and comes back: changes made meanwhile wait, then reach the other device', async ({
  page,
  otherPage,
  couch,
  consoleErrors,
}) => {
  const laptop = new SyncPage(page);
  const desktop = new SyncPage(otherPage);
  await laptop.start(couch);
  await desktop.start(couch);
  await new ClientsPage(page).createClient('Acme Corp');
  await laptop.syncNow();
  await desktop.syncNow();
  await expectClients(otherPage, ['Acme Corp']);

  await couch.stop();
  // The live replication finds the server gone by itself (no Sync now): offline, in words.
  await laptop.open();
  await expect(laptop.status).toHaveText(/^Offline: The server cannot be reached/);
  await new ClientsPage(page).createClient('Birch Ltd');
  await new ClientsPage(page).createClient('Cedar Co');
  await laptop.open();
  await expect(laptop.changes).toHaveText('2 changes waiting to go up');
  await laptop.form.getByRole('button', { name: 'Sync now' }).click();
  await expect(laptop.status).toHaveText(/^Offline: The server cannot be reached/);
  await expect(laptop.changes).toHaveText('2 changes waiting to go up');
  await expectClients(page, ['Acme Corp', 'Birch Ltd', 'Cedar Co']);

  // Back with its data (the test server keeps it on disk): both devices notice on their own, the waiting
  // clients go up and down to the desktop without Sync now.
  await couch.start();
  const all = ['Acme Corp', 'Birch Ltd', 'Cedar Co'];
  await expect(laptop.status).toHaveText('Connected', { timeout: 15_000 });
  await expect(laptop.changes).toHaveText('No changes waiting');
  await expect.poll(() => serverClientNames(couch), { timeout: 15_000 }).toEqual(all);
  await expectClients(otherPage, all);
  await desktop.syncNow();
  expect(consoleErrors).toEqual([]);
});

test('a client deleted on one device and renamed on the other: the rename stays on both, the deletion is listed', async ({
  page,
  otherPage,
  otherContext,
  context,
  couch,
  consoleErrors,
}) => {
  const laptop = new SyncPage(page);
  const desktop = new SyncPage(otherPage);
  await laptop.start(couch);
  await desktop.start(couch);
  await new ClientsPage(page).createClient('Acme Corp');
  await laptop.syncNow();
  await desktop.syncNow();
  await expectClients(otherPage, ['Acme Corp']);

  await cutOffFromServer(context, couch);
  await cutOffFromServer(otherContext, couch);
  const laptopClients = new ClientsPage(page);
  await laptopClients.open();
  await laptopClients.openClient(/Acme Corp/);
  await page.getByRole('button', { name: 'Delete' }).click();
  await screenReady(page, 'clients');
  await expectClients(page, []);
  await renameClient(otherPage, 'Acme Corp', 'Acme South');
  await reconnectToServer(context, couch);
  await reconnectToServer(otherContext, couch);
  await laptop.syncNow();
  await desktop.syncNow();
  await laptop.syncNow();

  // CouchDB prefers a kept revision to a deletion: the renamed client is back on the laptop too.
  await expectClients(page, ['Acme South']);
  await expectClients(otherPage, ['Acme South']);
  const item = laptop.conflict('Client “Acme South”');
  await expect(item).toBeVisible();
  await expect(item).toContainText('Deleted');
  expect(consoleErrors).toEqual([]);
});

/** How many rows a device holds in `store` (a count, not the rows: it is read while a pull writes). */
async function storedCount(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** The ids a device holds in each of `tables`, sorted: what it holds, record by record. */
async function storedIds(page: Page, tables: readonly string[]): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  for (const table of tables) ids[table] = (await storedRows<{ id: string }>(page, table)).map((row) => String(row.id)).sort();
  return ids;
}

test('a device closed during its first pull picks up where it was: nothing lost, nothing twice', async ({
  page,
  otherPage,
  otherContext,
  pinnedNow,
  couch,
  app,
  consoleErrors,
}) => {
  test.setTimeout(240_000);
  const laptop = new SyncPage(page);
  // The sample agency and each of its entries four times more under other ids: over 5,000 records, three
  // pages of the desktop's first pull (2,500 documents a request).
  await app.loadSampleAgency();
  const sampleEntries = await storedRows<StoredEntry>(page, 'timeEntries');
  await writeRows(page, {
    timeEntries: [1, 2, 3, 4].flatMap((copy) =>
      sampleEntries.map((entry, index) => ({ ...entry, id: `copy${copy}-${String(index).padStart(5, '0')}` })),
    ),
  });
  await laptop.start(couch, { join: true });
  await laptop.syncNow({ timeout: 60_000 });
  // Every table that went up ("<table>:<id>" on the server), as the laptop holds it.
  const uploaded = await couch.documents();
  const tables = [...new Set(uploaded.map((doc) => doc._id.slice(0, doc._id.indexOf(':'))))].sort();
  const onLaptop = await storedIds(page, tables);
  const records = Object.values(onLaptop).reduce((sum, ids) => sum + ids.length, 0);
  expect(tables).toEqual(expect.arrayContaining(['clients', 'projects', 'timeEntries']));
  expect(records).toBeGreaterThan(5_000);
  expect(uploaded.length).toBe(records);

  // The desktop joins over a slow line (each request to the server waits 300 ms, so the pull's pages
  // come apart and the check below sees the first batch stored); once its first pull shows progress and has
  // stored some entries, its page closes (the app quits mid-pull).
  const slowLine = `${couch.origin}/**`;
  await otherContext.route(slowLine, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue().catch(() => undefined); // the page may be closed meanwhile
  });
  const firstDesktop = new SyncPage(otherPage);
  await firstDesktop.start(couch);
  await expect(firstDesktop.firstSyncProgress).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => storedCount(otherPage, 'timeEntries'), { timeout: 30_000, intervals: [20] }).toBeGreaterThan(0);
  await otherPage.close();
  await otherContext.unroute(slowLine);

  // Opened again with the same profile: part of the data is there; Start syncing (the tab forgot the
  // password) carries on without asking to merge.
  const reopened = await openDevicePage(otherContext, pinnedNow, couch);
  const desktop = new SyncPage(reopened.page);
  await desktop.open();
  const pulledBefore = await storedCount(reopened.page, 'timeEntries');
  expect(pulledBefore).toBeGreaterThan(0);
  expect(pulledBefore).toBeLessThan(onLaptop.timeEntries?.length ?? 0);
  // Over the slow line again, so the resumed pull is seen in progress.
  await otherContext.route(slowLine, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue().catch(() => undefined);
  });
  await desktop.start(couch);
  await expect(desktop.firstSyncProgress).toBeVisible({ timeout: 30_000 });
  await screenshotBothSchemes(reopened.page, 'sync-first-pull-progress');
  await otherContext.unroute(slowLine);
  await desktop.syncNow({ timeout: 60_000 });
  await expect.poll(() => storedIds(reopened.page, tables), { timeout: 30_000 }).toEqual(onLaptop);
  // Its rollups too: the ones owed when the page closed were rebuilt, the rest written when the pull
  // ended. Each project's minutes are its entries' (on the laptop the copies were written raw, so its
  // own rollups count the sample's entries only).
  const entryMinutes = new Map<string, number>();
  for (const entry of await storedRows<StoredEntry>(page, 'timeEntries'))
    entryMinutes.set(entry.projectId, (entryMinutes.get(entry.projectId) ?? 0) + entry.minutes);
  const totals = await storedRows<{ projectId: string; minutes: number }>(reopened.page, 'projectTotals');
  expect(new Map(totals.map((row) => [row.projectId, row.minutes]))).toEqual(entryMinutes);

  // The same clients, projects and entries on both, the same minutes; the server holds each record once,
  // at its first revision (the desktop wrote nothing, and a batch pulled twice stores nothing twice).
  const minutes = async (device: Page) =>
    (await storedRows<StoredEntry>(device, 'timeEntries')).reduce((sum, entry) => sum + entry.minutes, 0);
  expect(await minutes(reopened.page)).toBe(await minutes(page));
  const documents = await couch.documents();
  expect(documents.length).toBe(records);
  expect(new Set(documents.map((doc) => doc._id)).size).toBe(records);
  expect(documents.filter((doc) => !doc._rev.startsWith('1-'))).toEqual([]);
  console.log(
    `[sync e2e] ${records} records (${onLaptop.timeEntries?.length ?? 0} entries); the desktop held ${pulledBefore} entries when closed`,
  );
  expect(reopened.errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
