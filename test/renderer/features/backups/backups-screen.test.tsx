import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTandemDb, db } from '../../../../src/renderer/src/db/db';
import { encodeBackupFile } from '../../../../src/renderer/src/db/backup/backup-file';
import { exportDatabase } from '../../../../src/renderer/src/db/backup/export-database';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { trashRepo } from '../../../../src/renderer/src/db/repositories/trash-repo';
import { BackupsScreen } from '../../../../src/renderer/src/features/backups/backups-screen';
import { renderApp, resetApp } from '../../../support/render-app';

const fake = await vi.hoisted(() => import('./fake-platform'));
vi.mock('../../../../src/renderer/src/platform/platform', () => ({ platform: fake.platform, hasBackupFolder: true }));
// Backups and restores run whole exports on fake-indexeddb: slower than a browser, never a timing test.
vi.setConfig({ testTimeout: 30_000 });

const SLOW = { timeout: 8000 };
const LISTED = {
  id: 'tandem-backup-20260320T090000000Z-startup.json.gz',
  createdAt: '2026-03-20T09:00:00.000Z',
  sizeBytes: 48_300,
  schemaVersion: 2,
  counts: { clients: 2, projects: 1, timeEntries: 0, settings: 1 },
  reason: 'startup' as const,
  kept: false,
};

/** A backup file of another database holding two clients (Acme and Zoë's Café) and a project. */
async function backupOfTwoClients(): Promise<Uint8Array> {
  const other = createTandemDb(`tandem-source-${Math.random()}`);
  const acme = await clientsRepo(other).create({ name: 'Acme', currency: 'EUR' });
  await clientsRepo(other).create({ name: 'Zoë’s Café 日本', currency: 'JPY' });
  await projectsRepo(other).createProject({ clientId: acme.id, name: 'Website', code: 'WEB', billing: 'time_and_materials' });
  const exported = await exportDatabase(other);
  await other.delete();
  return encodeBackupFile(exported.body, { ...exported, reason: 'startup', createdAt: new Date(LISTED.createdAt) });
}

beforeEach(async () => {
  await resetApp();
  fake.resetPlatform();
});

describe('Backups', () => {
  it('lists the backups with what they hold, and Back up now sends a backup file of the data', async () => {
    fake.platform.listBackups.mockResolvedValue([
      LISTED,
      {
        ...LISTED,
        id: 'tandem-backup-20260319T090000000Z-manual-kept.json.gz',
        reason: 'manual',
        kept: true,
        createdAt: '2026-03-19T09:00:00.000Z',
      },
    ]);
    await clientsRepo(db).create({ name: 'Northwind', currency: 'EUR' });
    const { user } = renderApp(<BackupsScreen />);
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('At start-up');
    expect(rows[1]).toHaveTextContent('2 clients · 1 project · 0 time entries');
    expect(rows[1]).toHaveTextContent('47 KB');
    expect(rows[2]).toHaveTextContent('Kept');

    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await screen.findByText('Backup saved', {}, SLOW);
    const [request] = fake.platform.writeBackup.mock.calls[0] ?? [];
    expect(request?.reason).toBe('manual');
    expect([...(request?.bytes.subarray(0, 2) ?? [])]).toEqual([0x1f, 0x8b]);
    expect(fake.platform.listBackups).toHaveBeenCalledTimes(2);
  });

  it('restores a listed backup after a preview, with a safety backup first', async () => {
    fake.platform.listBackups.mockResolvedValue([LISTED]);
    fake.platform.readBackup.mockResolvedValue(await backupOfTwoClients());
    await clientsRepo(db).create({ name: 'Northwind', currency: 'EUR' });
    const { user } = renderApp(<BackupsScreen />);
    await user.click(await screen.findByRole('button', { name: /^Restore the backup from / }));
    const dialog = await screen.findByRole('dialog', { name: /^Restore the backup from / }, SLOW);
    expect(await within(dialog).findByRole('row', { name: 'Clients 1 2' }, SLOW)).toBeInTheDocument();
    expect(within(dialog).getByRole('row', { name: 'Projects 0 1' })).toBeInTheDocument();
    expect(fake.platform.readBackup).toHaveBeenCalledWith(LISTED.id);

    await user.click(within(dialog).getByRole('button', { name: 'Replace my data' }));
    await screen.findByText(
      /^Restored 2 clients · 1 project · 0 time entries\. Your previous data is kept in the backup list\./,
      {},
      SLOW,
    );
    expect(fake.platform.writeBackup.mock.calls.map(([request]) => request.reason)).toEqual(['before-restore']);
    expect((await db.clients.orderBy('name').toArray()).map((client) => client.name)).toEqual(['Acme', 'Zoë’s Café 日本']);
  });

  it('refuses a damaged backup with its reason and leaves the data as it was', async () => {
    fake.platform.listBackups.mockResolvedValue([LISTED]);
    const good = await backupOfTwoClients();
    fake.platform.readBackup.mockResolvedValue(good.subarray(0, good.length - 40));
    await clientsRepo(db).create({ name: 'Northwind', currency: 'EUR' });
    const { user } = renderApp(<BackupsScreen />);
    await user.click(await screen.findByRole('button', { name: /^Restore the backup from / }));
    const dialog = await screen.findByRole('dialog', { name: /^Restore the backup from / }, SLOW);
    expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent(
      'The backup file is damaged: it ends early or its compressed data is corrupt. Choose another backup. Nothing was changed.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Replace my data' })).toBeNull();
    expect(fake.platform.writeBackup).not.toHaveBeenCalled();
    expect((await db.clients.toArray()).map((client) => client.name)).toEqual(['Northwind']);
  });
});

describe('Trash', () => {
  it('shows deleted items; Restore puts them back and Delete forever asks first', async () => {
    const gone = await clientsRepo(db).create({ name: 'Globex', currency: 'USD' });
    const alsoGone = await clientsRepo(db).create({ name: 'Initech', currency: 'USD' });
    await trashRepo(db).moveToTrash('clients', gone.id);
    await trashRepo(db).moveToTrash('clients', alsoGone.id);
    const { user } = renderApp(<BackupsScreen />);
    const table = await screen.findByRole('table', { name: 'Items in the trash, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('Today');

    await user.click(within(table).getByRole('button', { name: /^Restore Client “Globex”/ }));
    await screen.findByText(/Client “Globex”.* restored/);
    expect(await db.clients.get(gone.id)).toMatchObject({ name: 'Globex' });

    await user.click(screen.getByRole('button', { name: /^Delete forever: Client “Initech”/ }));
    const confirm = screen.getByRole('dialog', { name: 'Delete forever?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete forever' }));
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument();
    expect(await db.clients.get(alsoGone.id)).toBeUndefined();
  });
});
