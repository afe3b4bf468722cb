import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BackupReason, BackupSummary } from '../../src/shared/api';
import {
  SCREENSHOT_DIR,
  chooseFile,
  expect,
  expectNoSeriousA11yViolations,
  screenReady,
  screenshotBothSchemes,
  stubDesktopShell,
  test,
} from './page-models';

const FIXTURES = join(import.meta.dirname, '..', 'renderer', 'domain', 'csv', 'fixtures');

/** Both colour schemes in a window tall enough for the whole screen, toasts dismissed. */
async function tallScreenshots(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.setViewportSize({ width: 1360, height: 1500 });
  await screenshotBothSchemes(page, name, options);
}

test('imports a Clockify CSV through its preview, shows the entry on the Time screen, and adds nothing a second time', async ({
  page,
  backupsPage,
  timePage,
}) => {
  await backupsPage.open();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-empty-light.png` });

  await chooseFile(page, 'Choose a CSV file…', join(FIXTURES, 'clockify-detailed-12h-usd.csv'));
  const dialog = page.getByRole('dialog', { name: 'Import clockify-detailed-12h-usd.csv' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.csv-summary')).toContainText('Clockify');
  await expect(dialog.locator('.csv-summary')).toContainText('1h');
  await expect(dialog.getByRole('row', { name: /^2 The duration is zero/ })).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Client for “Big Company”' })).toHaveValue('new');
  await expect(dialog.getByRole('combobox', { name: 'Project for “Project for Big Company”' })).toHaveValue('new');
  // 03/04/2024 reads both ways: Tandem asks, and will not import before it knows.
  const importButton = dialog.getByRole('button', { name: 'Import 1 entry' });
  await expect(importButton).toBeDisabled();
  await expect(dialog).toContainText('Say how the dates are written first.');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByLabel('Month first: 03/04/2024 is 4 March 2024 (US)').check();
  await expect(dialog.locator('.csv-summary')).toContainText('Mar 4, 2024');
  await screenshotBothSchemes(page, 'backups-csv-preview');

  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 entry from Clockify' })).toContainText(
    'created 1 client and 1 project',
  );

  await timePage.open('week/2024-03-04');
  const row = timePage.entries.getByRole('row', { name: /Working hard/ });
  await expect(row).toContainText('1h');
  await expect(row).toContainText('Big Company');

  await backupsPage.open();
  await chooseFile(page, 'Choose a CSV file…', join(FIXTURES, 'clockify-detailed-12h-usd.csv'));
  await dialog.getByLabel('Month first: 03/04/2024 is 4 March 2024 (US)').check();
  await expect(dialog.locator('.csv-summary')).toContainText('1 imported before, skipped');
  await expect(dialog.getByRole('combobox', { name: 'Client for “Big Company”' })).not.toHaveValue('new');
  await expect(dialog).toContainText('Every entry in this file was imported before: there is nothing to add.');
  await expect(dialog.getByRole('button', { name: 'Import 0 entries' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('a file that is not a time export says so and imports nothing', async ({ page, backupsPage }, testInfo) => {
  await backupsPage.open();
  const junk = testInfo.outputPath('notes.csv');
  writeFileSync(junk, 'shopping list\nmilk\neggs\n');
  await chooseFile(page, 'Choose a CSV file…', junk);
  await expect(page.getByRole('alert')).toHaveText(
    'Could not import notes.csv: Tandem does not recognise this file. Import the detailed time report exported as CSV from Toggl Track, Harvest or Clockify.',
  );
});

test('backs up (a download), restores it through the preview, and refuses a damaged file', async ({
  page,
  app,
  backupsPage,
  clientsPage,
}, testInfo) => {
  await app.loadSampleAgency();
  await backupsPage.open();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const backupPath = testInfo.outputPath('backup.json.gz');
  await (await download).saveAs(backupPath);
  await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded as tandem-backup-' })).toBeVisible();

  // Something changes after the backup: a Toggl import adds Big Company.
  await chooseFile(page, 'Choose a CSV file…', join(FIXTURES, 'toggl-detailed-2024-amount.csv'));
  await page
    .getByRole('dialog', { name: /Import toggl/ })
    .getByRole('button', { name: 'Import 1 entry' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 entry from Toggl Track' })).toBeVisible();

  // A damaged copy is refused with its reason, before anything is replaced.
  const damaged = testInfo.outputPath('damaged.json.gz');
  const bytes = readFileSync(backupPath);
  writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await chooseFile(page, 'Restore from a file…', damaged);
  const restore = page.getByRole('dialog', { name: 'Restore from this file?' });
  await expect(restore.getByRole('alert')).toContainText(
    'The backup file is damaged: it ends early or its compressed data is corrupt.',
  );
  await restore.getByRole('button', { name: 'Close' }).click();

  await chooseFile(page, 'Restore from a file…', backupPath);
  await expect(restore.getByRole('row', { name: /Clients/ })).toBeVisible();
  const clientsRow = restore.getByRole('row', { name: /^Clients/ });
  const now = Number((await clientsRow.getByRole('cell').nth(0).textContent()) ?? '0');
  const inFile = Number((await clientsRow.getByRole('cell').nth(1).textContent()) ?? '0');
  expect(now).toBe(inFile + 1);
  await expectNoSeriousA11yViolations(page);
  await tallScreenshots(page, 'backups-restore');

  const safety = page.waitForEvent('download');
  await restore.getByRole('button', { name: 'Replace my data' }).click();
  expect((await safety).suggestedFilename()).toMatch(/^tandem-backup-.*-before-restore\.json\.gz$/);
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(
    'Your previous data was downloaded as tandem-backup-',
  );

  await clientsPage.open();
  await expect(clientsPage.row(/Big Company/)).toHaveCount(0);
  await expect(page.getByRole('row')).not.toHaveCount(1);
});

test('the screen with data, light and dark; exports everything and the trash restores', async ({
  page,
  app,
  backupsPage,
  clientsPage,
}) => {
  await app.loadSampleAgency();
  await clientsPage.open();
  // A client with sent invoices cannot be deleted (they are kept for the records): Marlow City Museum has none.
  await page.getByRole('row', { name: /Marlow City Museum/ }).click();
  await screenReady(page, 'client-detail');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'moved to the trash' })).toBeVisible();

  await backupsPage.open();
  const trash = page.getByRole('table', { name: 'Items in the trash, newest first' });
  await expect(trash.getByRole('row')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await tallScreenshots(page, 'backups', { fullPage: true });

  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all' }).click();
  expect((await exported).suggestedFilename()).toMatch(/^tandem-export-\d{4}-\d{2}-\d{2}\.json$/);

  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await csv).suggestedFilename()).toMatch(/^tandem-time-.*\.csv$/);

  await trash.getByRole('button', { name: /^Restore / }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
});

/** One file in the (stubbed) desktop backups folder, as its header lists it. */
function summary(id: string, createdAt: string, reason: BackupReason, kept: boolean, entries: number): BackupSummary {
  return {
    id,
    createdAt,
    sizeBytes: 180_000 + entries * 40,
    schemaVersion: 2,
    counts: { clients: 8, projects: 20, timeEntries: entries, settings: 1 },
    reason,
    kept,
  };
}

test('in the desktop shell the backups folder is listed (window.tandem stubbed as the preload would expose it)', async ({
  page,
  backupsPage,
}) => {
  await stubDesktopShell(page, {
    backups: [
      summary('tandem-backup-20260320T103000000Z-interval.json.gz', '2026-03-20T10:30:00.000Z', 'interval', false, 1098),
      summary('tandem-backup-20260320T080000000Z-startup.json.gz', '2026-03-20T08:00:00.000Z', 'startup', false, 1096),
      summary(
        'tandem-backup-20260319T170000000Z-before-restore-kept.json.gz',
        '2026-03-19T17:00:00.000Z',
        'before-restore',
        true,
        2210,
      ),
      summary('tandem-backup-20260312T170000000Z-manual.json.gz', '2026-03-12T17:00:00.000Z', 'manual', false, 1050),
    ],
  });
  await backupsPage.open();
  const table = page.getByRole('table', { name: 'Backups, newest first' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row').nth(3)).toContainText('Kept');
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await tallScreenshots(page, 'backups-desktop-list');
});
