import type { Page } from '@playwright/test';
import type { CouchServer } from '../support/couch-server';
import { ClientsPage, expectNoSeriousA11yViolations, screenReady, screenshotBothSchemes, storedRows } from './page-models';
import { cutOffFromServer, expect, reconnectToServer, test } from './page-models/sync-devices';
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
  await expect(page.getByRole('alert').filter({ hasText: 'The server refused the user name or password' })).toBeVisible();
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
  await new ClientsPage(page).createClient('Birch Ltd');
  await laptop.open();
  await laptop.form.getByRole('button', { name: 'Sync now' }).click();
  await expect(laptop.status).toHaveText(/^Offline: The server cannot be reached/);
  await expectClients(page, ['Acme Corp', 'Birch Ltd']);

  // Back with its data (the test server keeps it on disk): the waiting client goes up, and down to the desktop.
  await couch.start();
  await laptop.syncNow();
  await expect.poll(() => serverClientNames(couch)).toEqual(['Acme Corp', 'Birch Ltd']);
  await desktop.syncNow();
  await expectClients(otherPage, ['Acme Corp', 'Birch Ltd']);
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
