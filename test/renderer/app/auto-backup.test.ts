import '../db/backup/blob-reading';
import { describe, expect, it, vi } from 'vitest';
import { startAutomaticBackups } from '../../../src/renderer/src/app/auto-backup';
import { decodeBackupFile } from '../../../src/renderer/src/db/backup/backup-file';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import type { BackupWriteRequest } from '../../../src/shared/api';
import { freshDb } from '../db/helpers';

const writes = vi.hoisted(() => [] as { reason: string; bytes: Uint8Array }[]);
vi.mock('../../../src/renderer/src/platform/platform', () => ({
  hasBackupFolder: true,
  platform: {
    writeBackup: async (request: BackupWriteRequest) => {
      writes.push(request);
      return { backup: { id: 'x', createdAt: '', sizeBytes: 0, schemaVersion: 2, counts: {}, reason: request.reason, kept: false }, storedIn: 'folder' };
    },
  },
}));

const NOW = new Date('2026-03-20T12:00:00.000Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await sleep(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('automatic backups', () => {
  it('back up at start-up, then trim the trash to 30 days; later only when something changed', async () => {
    writes.length = 0;
    const db = freshDb();
    const old = await clientsRepo(db).create({ name: 'Old', currency: 'EUR' });
    const recent = await clientsRepo(db).create({ name: 'Recent', currency: 'EUR' });
    await trashRepo(db).moveToTrash('clients', old.id, new Date('2026-02-01T12:00:00.000Z'));
    await trashRepo(db).moveToTrash('clients', recent.id, new Date('2026-03-01T12:00:00.000Z'));

    const stop = startAutomaticBackups(db, { intervalMs: 40, now: () => NOW });
    try {
      await until(async () => (await db.trash.count()) === 1, 'the trash to be trimmed');
      expect(writes.map((write) => write.reason)).toEqual(['startup']);
      // The start-up backup still holds what the trim removed.
      const { header } = await decodeBackupFile(writes[0]?.bytes ?? new Uint8Array());
      expect(header.counts.trash).toBe(2);
      expect((await db.trash.toArray()).map((item) => item.recordId)).toEqual([recent.id]);

      // The trim itself is a change: the next interval backs it up, and then nothing more.
      await until(() => writes.length === 2, 'the backup of the trimmed trash');
      await sleep(200);
      expect(writes.map((write) => write.reason)).toEqual(['startup', 'interval']);
      await clientsRepo(db).create({ name: 'New', currency: 'EUR' });
      await until(() => writes.length === 3, 'a backup after a change');
      expect(writes[2]?.reason).toBe('interval');
      await sleep(200);
      expect(writes).toHaveLength(3);
    } finally {
      stop();
    }
  });

  it('without a backups folder (the browser) it only trims the trash', async () => {
    writes.length = 0;
    const db = freshDb();
    const old = await clientsRepo(db).create({ name: 'Old', currency: 'EUR' });
    await trashRepo(db).moveToTrash('clients', old.id, new Date('2026-01-01T12:00:00.000Z'));
    const stop = startAutomaticBackups(db, { backups: false, intervalMs: 20, now: () => NOW });
    await until(async () => (await db.trash.count()) === 0, 'the trash to be trimmed');
    await clientsRepo(db).create({ name: 'New', currency: 'EUR' });
    await sleep(100);
    stop();
    expect(writes).toEqual([]);
  });
});
