import { ClientsPage, expectNoSeriousA11yViolations, screenshotBothSchemes } from './page-models';
import { expect, test } from './page-models/sync-devices';
import { SyncPage } from './page-models/sync-page';

// Settings → Sync on its own (two devices and conflicts are in sync.spec.ts): what it shows before sync
// is set up, an address refused before anything is sent, the join confirmation with the counts on each
// side, and the section once connected. Looked at light and dark.

test('Sync settings: off until started, a plain-http address refused, a join confirmed with counts, then connected', async ({
  page,
  couch,
  consoleErrors,
}) => {
  const sync = new SyncPage(page);
  await sync.open();
  const section = page.getByRole('region', { name: 'Sync', exact: true });
  await section.scrollIntoViewIfNeeded();
  await expect(sync.status).toHaveText('Not syncing');
  await expect(sync.changes).toHaveText('No changes waiting');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'sync-settings-off');

  await sync.form.getByLabel('Server address').fill('http://couch.example.com');
  await sync.form.getByLabel('User name').fill(couch.user.name);
  await sync.form.getByLabel('Password', { exact: true }).fill('secret');
  await sync.form.getByRole('button', { name: 'Start syncing' }).click();
  await expect(sync.form.getByLabel('Server address')).toHaveAccessibleDescription(/^Use an https:\/\/ address/);
  await section.scrollIntoViewIfNeeded();
  await screenshotBothSchemes(page, 'sync-settings-refused');

  // This device has a client, so joining asks first, with the count on each side (nothing on the server yet).
  await new ClientsPage(page).createClient('Acme Corp');
  await sync.open();
  await sync.form.getByLabel('Server address').fill(couch.origin);
  await sync.form.getByLabel('Database').fill(couch.database);
  await sync.form.getByLabel('User name').fill(couch.user.name);
  await sync.form.getByLabel('Password', { exact: true }).fill(couch.user.password);
  await sync.form.getByRole('button', { name: 'Start syncing' }).click();
  await expect(sync.joinDialog).toBeVisible();
  await expect(sync.joinDialog).toContainText(/On this computer\d+ records?/);
  await expect(sync.joinDialog).toContainText('0 records');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'sync-join-confirmation');
  await sync.joinDialog.getByRole('button', { name: 'Back up and merge' }).click();
  await expect(sync.joinDialog).toHaveCount(0);
  await sync.syncNow();
  await expect(page.getByLabel('Sync status')).not.toContainText('Never');
  await expect(sync.form.getByLabel('Server address')).toBeDisabled();
  // The client that was here before joining is on the server now (queued when sync started).
  const names = (await couch.documents())
    .filter((doc) => doc._id.startsWith('clients:'))
    .map((doc) => (doc.record as { name: string }).name);
  expect(names).toEqual(['Acme Corp']);
  await section.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'sync-settings-connected');

  expect(consoleErrors).toEqual([]);
});
