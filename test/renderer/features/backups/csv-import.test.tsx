import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { BackupsScreen } from '../../../../src/renderer/src/features/backups/backups-screen';
import { type User, renderApp, resetApp } from '../../../support/render-app';

const fake = await vi.hoisted(() => import('./fake-platform'));
vi.mock('../../../../src/renderer/src/platform/platform', () => ({ platform: fake.platform, hasBackupFolder: true }));
// Backups and restores run whole exports on fake-indexeddb: slower than a browser, never a timing test.
vi.setConfig({ testTimeout: 30_000 });

// The safety backup and the import run on fake-indexeddb, slower than a real browser.
const SLOW = { timeout: 8000 };
const FIXTURES = join(import.meta.dirname, '..', '..', 'domain', 'csv', 'fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

beforeEach(async () => {
  await resetApp();
  fake.resetPlatform();
});

async function pick(user: User, name: string, bytes: Uint8Array) {
  fake.platform.openFile.mockResolvedValueOnce({ name, bytes });
  await user.click(await screen.findByRole('button', { name: 'Choose a CSV file…' }));
  return screen.findByRole('dialog', { name: `Import ${name}` }, SLOW);
}

describe('CSV import', () => {
  it('previews a Harvest export, backs up first, imports it, and adds nothing the second time', async () => {
    const { user } = renderApp(<BackupsScreen />);
    const dialog = await pick(user, 'harvest.csv', fixture('harvest-detailed-eu-locale.csv'));
    const summary = dialog.querySelector('.csv-summary');
    expect(summary).toHaveTextContent('Harvest');
    expect(summary).toHaveTextContent('20h 1m');
    expect(summary).toHaveTextContent('€2,001.00');
    expect(within(dialog).getByRole('combobox', { name: 'Client for “No client”' })).toHaveValue('new');
    expect(within(dialog).getByRole('combobox', { name: 'Project for “Project without Client”' })).toHaveValue('new');

    await user.click(within(dialog).getByRole('button', { name: 'Import 2 entries' }));
    expect(
      await screen.findByText('Imported 2 entries from Harvest (created 2 clients and 2 projects).', {}, SLOW),
    ).toBeInTheDocument();
    expect(fake.platform.writeBackup).toHaveBeenCalledWith(expect.objectContaining({ reason: 'before-import' }));
    expect(await db.timeEntries.count()).toBe(2);

    const again = await pick(user, 'harvest.csv', fixture('harvest-detailed-eu-locale.csv'));
    expect(again).toHaveTextContent('2 imported before, skipped');
    expect(within(again).getByRole('combobox', { name: 'Client for “Big Company”' })).not.toHaveValue('new');
    expect(within(again).getByRole('button', { name: 'Import 0 entries' })).toBeDisabled();
    expect(again).toHaveTextContent('Every entry in this file was imported before: there is nothing to add.');
  });

  it('lets a name be matched to an existing client', async () => {
    const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
    const { user } = renderApp(<BackupsScreen />);
    const dialog = await pick(user, 'toggl.csv', fixture('toggl-detailed-2024-amount.csv'));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Client for “Big Company”' }), 'Acme (EUR)');
    expect(within(dialog).getByRole('combobox', { name: 'Project for “Project for Big Company”' })).toHaveDisplayValue(
      'Create “Project for Big Company” for Acme',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 entry' }));
    await screen.findByText(/Imported 1 entry from Toggl Track \(created 1 project\)/, {}, SLOW);
    const [project] = await db.projects.toArray();
    expect(project?.clientId).toBe(acme.id);
    expect(await db.clients.count()).toBe(1);
  });

  it('asks for the date order, and will not import rows with errors until the user skips them', async () => {
    const text = [
      'Project,Client,Start Date,Start Time,Duration (h)',
      'Site,Acme,03/04/2024,10:00,01:00:00',
      'Site,Acme,04/05/2024,10:00,-01:00:00',
    ].join('\n');
    const { user } = renderApp(<BackupsScreen />);
    const dialog = await pick(user, 'clockify.csv', new TextEncoder().encode(text));
    const importButton = within(dialog).getByRole('button', { name: 'Import 1 entry' });
    expect(importButton).toBeDisabled();
    expect(dialog).toHaveTextContent('Say how the dates are written first.');
    await user.click(within(dialog).getByLabelText('Day first: 03/04/2024 is 3 April 2024'));
    expect(within(dialog).getByRole('row', { name: '3 The duration “-01:00:00” is negative' })).toBeInTheDocument();
    expect(importButton).toBeDisabled();
    expect(dialog).toHaveTextContent('Some rows have errors: fix the file, or choose to skip them.');
    await user.click(within(dialog).getByLabelText('Skip the 1 row with errors and import the rest'));
    await user.click(importButton);
    await screen.findByText(/Imported 1 entry from Clockify/, {}, SLOW);
    expect((await db.timeEntries.toArray()).map((entry) => entry.day)).toEqual(['2024-04-03']);
  });

  it('says why a file cannot be imported, and writes nothing', async () => {
    const { user } = renderApp(<BackupsScreen />);
    fake.platform.openFile.mockResolvedValueOnce({ name: 'photo.csv', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) });
    await user.click(await screen.findByRole('button', { name: 'Choose a CSV file…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not import photo.csv: This is not a CSV text file (it looks like a binary file).',
    );
    await waitFor(() => expect(fake.platform.writeBackup).not.toHaveBeenCalled());
    expect(await db.timeEntries.count()).toBe(0);
  });
});
