import './blob-reading';
import { describe, expect, it } from 'vitest';
import { exportDatabase } from '../../../../src/renderer/src/db/backup/export-database';
import { openDatabaseFile } from '../../../../src/renderer/src/db/backup/open-database-file';
import { restoreDatabase } from '../../../../src/renderer/src/db/backup/restore-database';
import { encodeBackupFile } from '../../../../src/renderer/src/db/backup/backup-file';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/renderer/src/db/schema';
import type { TandemDb } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { repairRollups } from '../../../../src/renderer/src/db/rollups';
import { dataSnapshot, freshDb, rollupSnapshot } from '../helpers';
import { planDay } from '../../../../src/renderer/src/db/queries/plan-board';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { seedForBackup, shiftAfterPad } from './seed-backup';

const CHUNK = 1024 * 1024; // dexie-export-import reads files in 1 MB chunks

async function restoreBytes(db: TandemDb, bytes: Uint8Array) {
  return restoreDatabase(db, await openDatabaseFile(bytes));
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('export then restore', () => {
  it('gives identical data, with non-ASCII text split across the 1 MB chunk boundary, and rebuilt rollups', async () => {
    const source = freshDb();
    await seedForBackup(source);
    const first = await exportDatabase(source);
    expect(first.body.length).toBeGreaterThan(CHUNK + 10_000);
    // Shift the bytes after the padding note so that a continuation byte of a multi-byte
    // character lands exactly on the first chunk edge: the character is split between chunks.
    const isContinuation = (byte: number | undefined) => byte !== undefined && byte >> 6 === 0b10;
    let back = 0;
    while (!isContinuation(first.body[CHUNK - back])) back += 1;
    await shiftAfterPad(source, back);
    const exported = await exportDatabase(source);
    expect(isContinuation(exported.body[CHUNK])).toBe(true);
    expect(new TextDecoder().decode(exported.body)).toContain('日本の顧客');

    const target = freshDb();
    await clientsRepo(target).create({ name: 'Replaced', currency: 'EUR' });
    const restored = await restoreBytes(target, exported.body);
    expect(await dataSnapshot(target)).toEqual(await dataSnapshot(source));
    expect(await target.trash.toArray()).toEqual(await source.trash.toArray());
    expect(restored.timeEntries).toBe(exported.counts.timeEntries);

    const rebuilt = await rollupSnapshot(target);
    await repairRollups(target);
    expect(rebuilt).toEqual(await rollupSnapshot(target));
  });

  it('restores a backup file (gzip, header and checksum) the same way', async () => {
    const source = freshDb();
    await seedForBackup(source);
    const exported = await exportDatabase(source);
    const file = await encodeBackupFile(exported.body, { ...exported, reason: 'manual', createdAt: new Date('2026-03-20T10:00:00Z') });
    const opened = await openDatabaseFile(file);
    expect(opened).toMatchObject({ kind: 'backup', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-03-20T10:00:00.000Z' });
    expect(opened.counts).toEqual(exported.counts);
    const target = freshDb();
    await restoreDatabase(target, opened);
    expect(await dataSnapshot(target)).toEqual(await dataSnapshot(source));
  });
});

describe('files from an older version of Tandem', () => {
  it('a schema version 2 export (before the open-tasks index) restores and is brought up to date', async () => {
    const source = freshDb();
    await seedForBackup(source);
    // Version 2 knew no invoices: the source drops the sample's, and the stamps on what they billed.
    await source.transaction('rw', [source.invoices, source.payments, source.timeEntries, source.expenses], async () => {
      await source.invoices.clear();
      await source.payments.clear();
      await source.timeEntries.toCollection().modify((entry) => void delete entry.invoiceId);
      await source.expenses.toCollection().modify((expense) => void delete expense.invoiceId);
    });
    await repairRollups(source);
    const current = new TextDecoder().decode((await exportDatabase(source)).body);
    // What version 2 wrote: its version number and its tasks indexes, the data the same, and none of
    // the tables later versions added (invoices and payments, version 4).
    const later = ['invoices', 'payments'];
    const parsed = JSON.parse(current) as { data: { tables: { name: string }[]; data: { tableName: string }[] } };
    parsed.data.tables = parsed.data.tables.filter((table) => !later.includes(table.name));
    parsed.data.data = parsed.data.data.filter((table) => !later.includes(table.tableName));
    const v2 = JSON.stringify(parsed)
      .replace(`"databaseVersion":${CURRENT_SCHEMA_VERSION}`, '"databaseVersion":2')
      .replace('"schema":"id,[projectId+order],status,due,[status+due]"', '"schema":"id,[projectId+order],status,due"');
    expect(v2).not.toContain('"invoices"');
    expect(v2).not.toBe(current);
    expect(v2).not.toContain('[status+due]');

    const target = freshDb();
    await restoreBytes(target, encode(v2));
    expect(await dataSnapshot(target)).toEqual(await dataSnapshot(source));
    const due = toDayKey('2026-03-20');
    expect((await planDay(target, due)).tasks).toEqual((await planDay(source, due)).tasks);
    expect((await planDay(target, due)).tasks.length).toBeGreaterThan(0);
  });
});

describe('files that must not replace anything', () => {
  async function expectRefused(bytes: Uint8Array, message: string | RegExp) {
    const db = freshDb();
    await seedForBackup(db);
    const before = await dataSnapshot(db);
    await expect(restoreBytes(db, bytes)).rejects.toThrow(message);
    expect(await dataSnapshot(db)).toEqual(before);
  }

  async function sampleExport() {
    const source = freshDb();
    await clientsRepo(source).create({ name: 'Acme', currency: 'EUR' });
    return exportDatabase(source);
  }

  it('a truncated gzip', async () => {
    const exported = await sampleExport();
    const file = await encodeBackupFile(exported.body, { ...exported, reason: 'manual', createdAt: new Date() });
    await expectRefused(file.subarray(0, Math.floor(file.length / 2)), 'The backup file is damaged: it ends early or its compressed data is corrupt.');
  });

  it('a backup whose body does not match its checksum', async () => {
    const exported = await sampleExport();
    const tampered = encode(new TextDecoder().decode(exported.body).replace('Acme', 'Acne'));
    const honest = await encodeBackupFile(exported.body, { ...exported, reason: 'manual', createdAt: new Date() });
    const { gunzip, gzip } = await import('../../../../src/renderer/src/db/backup/backup-file');
    const plain = new TextDecoder().decode(await gunzip(honest));
    const forged = await gzip(encode(plain.replace(new TextDecoder().decode(exported.body), new TextDecoder().decode(tampered))));
    await expectRefused(forged, 'its contents do not match their checksum');
  });

  it('invalid JSON', async () => {
    await expectRefused(encode('{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"tandem",'), /not valid JSON|could not be read/);
    await expectRefused(encode('this is not json at all'), 'The file is not valid JSON');
  });

  it('a JSON file from another app', async () => {
    await expectRefused(encode('{"hello":"world"}'), 'This file is not a Tandem backup or export.');
    await expectRefused(encode(JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'notes', databaseVersion: 1, tables: [], data: [] } })), 'This file is not a Tandem backup or export.');
  });

  it('a newer schema version, in an export or in a backup header', async () => {
    const exported = await sampleExport();
    const newer = CURRENT_SCHEMA_VERSION + 1;
    const text = new TextDecoder().decode(exported.body).replace(`"databaseVersion":${CURRENT_SCHEMA_VERSION}`, `"databaseVersion":${newer}`);
    const message = `This backup comes from a newer version of Tandem (data version ${newer}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Tandem, then restore it.`;
    await expectRefused(encode(text), message);
    const backup = await encodeBackupFile(exported.body, { ...exported, schemaVersion: newer, reason: 'manual', createdAt: new Date() });
    await expectRefused(backup, message);
  });

  it('dangling references', async () => {
    const source = freshDb();
    const acme = await clientsRepo(source).create({ name: 'Acme', currency: 'EUR' });
    await source.projects.add({ id: 'p-1', clientId: 'missing-client', name: 'Orphan', code: 'ORP', status: 'active', billing: 'time_and_materials', milestones: [], scopeItems: [], changeRequests: [], archived: false } as never);
    await source.updateDrafts.add({ id: 'd-1', clientId: acme.id, periodStart: '2026-03-01', periodEnd: '2026-03-07', body: '', status: 'draft' } as never);
    const exported = await exportDatabase(source);
    await expectRefused(exported.body, 'The backup refers to records it does not contain: project p-1 points at client missing-client, which is missing. Nothing was changed.');
  });

  it('records that fail their schema', async () => {
    const source = freshDb();
    await source.clients.add({ id: 'c-1', name: '', currency: 'EURO' } as never);
    const exported = await exportDatabase(source);
    await expectRefused(exported.body, /^The backup holds records Tandem cannot read: client c-1: /);
  });

  it('two records with the same id', async () => {
    const exported = await sampleExport();
    const text = new TextDecoder().decode(exported.body);
    const row = /"rows":\[(\{"id":"[^"]+".*?\})\]/.exec(text)?.[1];
    if (!row) throw new Error('no client row found');
    await expectRefused(encode(text.replace(row, `${row},${row}`)), /same id|could not be read/);
  });
});

describe('a decompression bomb', () => {
  // gzip of a header line then 64 MiB of zeros, compressed a MiB at a time: about 64 KB on disk.
  async function gzipBomb(head: string, zeroMiB: number): Promise<Uint8Array> {
    let sent = 0;
    const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start: (controller) => controller.enqueue(encode(head)),
      pull: (controller) => {
        if (sent++ < zeroMiB) controller.enqueue(new Uint8Array(1024 * 1024));
        else controller.close();
      },
    });
    return new Uint8Array(await new Response(source.pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
  }

  async function bomb(declaredBodyBytes: number): Promise<Uint8Array> {
    const header = {
      format: 'tandem-backup',
      formatVersion: 1,
      app: 'Tandem',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-11-04T08:30:00.000Z',
      reason: 'manual',
      counts: {},
      bodyBytes: declaredBodyBytes,
      bodySha256: '0'.repeat(64),
    };
    return gzipBomb(`${JSON.stringify(header)}\n`, 64);
  }

  it('stops unpacking once the body outgrows what its header declares', async () => {
    const { decodeBackupFile } = await import('../../../../src/renderer/src/db/backup/backup-file');
    await expect(decodeBackupFile(await bomb(1000))).rejects.toThrow('it unpacks to more data than its header declares');
  });

  it('refuses a header that declares more than Tandem opens', async () => {
    const { decodeBackupFile } = await import('../../../../src/renderer/src/db/backup/backup-file');
    await expect(decodeBackupFile(await bomb(2 * 1024 ** 3))).rejects.toThrow('The backup file is too large');
  });
});
