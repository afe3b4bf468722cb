import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtomicFileOps } from '../../../../src/main/services/backups/atomic-file';
import { backupFileName } from '../../../../src/main/services/backups/backup-names';
import { createBackupStore } from '../../../../src/main/services/backups/backup-store';
import { backupBytes, backupFile, exportBody, headerFor } from './backup-bytes';
import { diskFullOps } from './disk-full-ops';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-backups-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const full = { clients: 8, projects: 20, timeEntries: 1000, settings: 1 };

function storeAt(now: Date, fileOps?: AtomicFileOps) {
  let clock = now.getTime();
  return {
    store: createBackupStore(dir, { now: () => new Date(clock), ...(fileOps ? { fileOps } : {}) }),
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('the backups folder', () => {
  it('writes a checked backup and lists it with its header', async () => {
    const { store } = storeAt(new Date('2026-03-20T09:00:00.000Z'));
    const bytes = backupBytes(full, 'startup');
    const result = await store.write({ bytes, reason: 'startup' });
    expect(result).toEqual({
      storedIn: 'folder',
      backup: {
        id: 'tandem-backup-20260320T090000000Z-startup.json.gz',
        createdAt: '2026-03-20T10:00:00.000Z',
        sizeBytes: bytes.byteLength,
        schemaVersion: 2,
        counts: full,
        reason: 'startup',
        kept: false,
      },
    });
    expect(await store.list()).toEqual([result.backup]);
    expect(await store.read(result.backup.id)).toEqual(bytes);
  });

  it.each([
    [
      'a truncated file',
      (bytes: Uint8Array) => bytes.subarray(0, bytes.length - 20),
      'The backup file is damaged: it ends early',
    ],
    ['plain JSON', () => new TextEncoder().encode('{"formatName":"dexie"}'), 'This is not a Tandem backup file.'],
    ['gzip of something else', () => new Uint8Array(gzipSync('hello\nworld')), 'its header cannot be read'],
  ])('refuses %s and stores nothing', async (_name, damage, message) => {
    const { store } = storeAt(new Date('2026-03-20T09:00:00.000Z'));
    await expect(store.write({ bytes: damage(backupBytes(full)), reason: 'manual' })).rejects.toThrow(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a body that does not match its checksum', async () => {
    const { store } = storeAt(new Date('2026-03-20T09:00:00.000Z'));
    const { gunzipSync } = await import('node:zlib');
    const plain = gunzipSync(backupBytes(full)).toString('utf8').replace('Zoë', 'Zoe');
    await expect(store.write({ bytes: new Uint8Array(gzipSync(plain)), reason: 'manual' })).rejects.toThrow(
      'do not match their checksum',
    );
  });

  it('keeps both and warns when a snapshot has far fewer rows than the last one', async () => {
    const { store, advance } = storeAt(new Date('2026-03-20T09:00:00.000Z'));
    await store.write({ bytes: backupBytes(full), reason: 'startup' });
    advance(30 * 60_000);
    const small = await store.write({ bytes: backupBytes({ clients: 1, settings: 1 }), reason: 'interval' });
    expect(small.warning).toBe(
      'This backup holds far fewer records than the one before it (2 against 1,029). Both are kept: check your data, and restore the earlier backup if something is missing.',
    );
    const listed = await store.list();
    expect(listed.map((backup) => [backup.reason, backup.kept])).toEqual([
      ['interval', false],
      ['startup', true],
    ]);
    // Months later, rotation has removed everything else but the kept one stays.
    advance(200 * 86_400_000);
    await store.write({ bytes: backupBytes({ clients: 2, settings: 1 }), reason: 'startup' });
    expect((await store.list()).map((backup) => [backup.reason, backup.kept])).toEqual([
      ['startup', false],
      ['startup', true],
    ]);
  });

  it('does not warn while a database is still small, or when it shrinks by less than half', async () => {
    const { store, advance } = storeAt(new Date('2026-03-20T09:00:00.000Z'));
    await store.write({ bytes: backupBytes({ clients: 3, settings: 1 }), reason: 'startup' });
    advance(1000);
    expect((await store.write({ bytes: backupBytes({ settings: 1 }), reason: 'manual' })).warning).toBeUndefined();
    advance(1000);
    await store.write({ bytes: backupBytes(full), reason: 'manual' });
    advance(1000);
    expect((await store.write({ bytes: backupBytes({ ...full, timeEntries: 600 }), reason: 'manual' })).warning).toBeUndefined();
  });

  it('rotates on every write: 3 of today stay', async () => {
    const { store, advance } = storeAt(new Date('2026-03-20T08:00:00.000Z'));
    for (let i = 0; i < 6; i++) {
      await store.write({ bytes: backupBytes(full), reason: 'interval' });
      advance(30 * 60_000);
    }
    expect((await store.list()).map((backup) => backup.id)).toEqual([
      backupFileName(new Date('2026-03-20T10:30:00.000Z'), 'interval'),
      backupFileName(new Date('2026-03-20T10:00:00.000Z'), 'interval'),
      backupFileName(new Date('2026-03-20T09:30:00.000Z'), 'interval'),
    ]);
  });

  it('ignores and clears temp files an interrupted write left, and unrelated files', async () => {
    writeFileSync(join(dir, 'tandem-backup-20260320T090000000Z-manual.json.gz.1234.tmp'), 'half a file');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const { store } = storeAt(new Date('2026-03-20T09:00:00.000Z'));
    expect(await store.list()).toEqual([]);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('reads only backup names: no folders, no other files', async () => {
    const { store } = storeAt(new Date('2026-03-20T09:00:00.000Z'));
    await expect(store.read('../../etc/passwd')).rejects.toThrow('Not a backup name');
    await expect(store.read('notes.txt')).rejects.toThrow('Not a backup name');
  });

  it('never lets a damaged backup take a good one’s place in rotation', async () => {
    const { store, advance } = storeAt(new Date('2026-03-20T08:00:00.000Z'));
    for (let i = 0; i < 3; i++) {
      await store.write({ bytes: backupBytes(full), reason: 'interval' });
      advance(30 * 60_000);
    }
    // Dropped in beside them (copied in, or damaged on disk): its header claims rows its body lacks.
    const damaged = backupFileName(new Date('2026-03-20T09:15:00.000Z'), 'interval');
    writeFileSync(join(dir, damaged), lyingBackup({ clients: 2 }, { clients: 2, timeEntries: 5000 }));
    await store.write({ bytes: backupBytes(full), reason: 'interval' });
    // Today's three places go to the three newest sound backups; the damaged one takes none and
    // stays for the user to see; only the oldest of today goes.
    expect(readdirSync(dir).sort()).toEqual(
      [
        damaged,
        ...['08:30', '09:00', '09:30'].map((time) => backupFileName(new Date(`2026-03-20T${time}:00.000Z`), 'interval')),
      ].sort(),
    );
  });

  it('compares a new backup with the newest sound one, not a damaged one that claims more', async () => {
    const { store, advance } = storeAt(new Date('2026-03-20T08:00:00.000Z'));
    await store.write({ bytes: backupBytes(full), reason: 'startup' });
    advance(15 * 60_000);
    const damaged = backupFileName(new Date('2026-03-20T08:15:00.000Z'), 'interval');
    writeFileSync(join(dir, damaged), lyingBackup({ clients: 2 }, { clients: 2, timeEntries: 1_000_000 }));
    advance(15 * 60_000);
    const result = await store.write({ bytes: backupBytes(full), reason: 'interval' });
    expect(result.warning).toBeUndefined();
    expect(readdirSync(dir).filter((file) => file.includes('-kept'))).toEqual([]);
  });

  it('warns and keeps the newest sound backup when a damaged one in between claims almost nothing', async () => {
    const { store, advance } = storeAt(new Date('2026-03-20T08:00:00.000Z'));
    await store.write({ bytes: backupBytes(full), reason: 'startup' });
    advance(15 * 60_000);
    writeFileSync(
      join(dir, backupFileName(new Date('2026-03-20T08:15:00.000Z'), 'interval')),
      lyingBackup(full, { settings: 1 }),
    );
    advance(15 * 60_000);
    const result = await store.write({ bytes: backupBytes({ clients: 1, settings: 1 }), reason: 'interval' });
    expect(result.warning).toContain('(2 against 1,029)');
    expect(readdirSync(dir)).toContain(backupFileName(new Date('2026-03-20T08:00:00.000Z'), 'startup', true));
  });

  it('says the disk is full, in so many words, and leaves no partial file', async () => {
    const first = storeAt(new Date('2026-03-20T08:00:00.000Z'));
    const { backup } = await first.store.write({ bytes: backupBytes(full), reason: 'startup' });
    const { store } = storeAt(new Date('2026-03-20T08:30:00.000Z'), diskFullOps);
    await expect(store.write({ bytes: backupBytes(full), reason: 'interval' })).rejects.toThrow(
      /^The disk is full: this backup was not written\. Your data is safe\.$/,
    );
    expect(readdirSync(dir)).toEqual([backup.id]);
  });
});

/** A backup whose body holds `bodyCounts` rows and whose header (checksum intact) claims `claimed`. */
function lyingBackup(bodyCounts: Record<string, number>, claimed: Record<string, number>): Uint8Array {
  const body = exportBody(bodyCounts);
  return backupFile(headerFor(body, claimed), body);
}
