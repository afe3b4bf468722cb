import './blob-reading';
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { describe, expect, it } from 'vitest';
import { encodeBackupFile } from '../../../../src/renderer/src/db/backup/backup-file';
import { exportDatabase } from '../../../../src/renderer/src/db/backup/export-database';
import { openDatabaseFile } from '../../../../src/renderer/src/db/backup/open-database-file';
import { restoreDatabase } from '../../../../src/renderer/src/db/backup/restore-database';
import { recordCounts } from '../../../../src/renderer/src/db/queries/backups-data';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { paymentsRepo } from '../../../../src/renderer/src/db/repositories/payments-repo';
import { storesAtVersion } from '../../../../src/renderer/src/db/schema';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { dataSnapshot, freshDb, seedWorld } from '../helpers';
import type { TandemDb } from '../../../../src/renderer/src/db/db';

const VAT = { rateBasisPoints: 2000, note: 'VAT' };

/** Acme with a sent, part-paid invoice, a void one and a draft; a deleted payment in the trash. */
async function seedInvoices(db: TandemDb) {
  const { acme } = await seedWorld(db);
  const repo = invoicesRepo(db);
  const line = { description: 'Design · Café Müller', unit: 'hours' as const, quantity: 90, unitPrice: 12_000, taxes: [VAT] };
  const sent = await repo.createDraft({ clientId: acme.id, issueDate: '2026-03-02', poNumber: 'PO-1', lines: [line] });
  await repo.markSent(sent.id, { now: new Date('2026-03-02T10:00:00.000Z') });
  const voided = await repo.createDraft({ clientId: acme.id, issueDate: '2026-03-03', lines: [line] });
  await repo.markSent(voided.id, { now: new Date('2026-03-03T10:00:00.000Z') });
  await repo.voidInvoice(voided.id);
  await repo.createDraft({ clientId: acme.id, issueDate: '2026-03-04', discountBasisPoints: 1000, lines: [line, { description: 'Fee', quantity: 1500, unitPrice: 999 }] });
  const today = toDayKey('2026-03-20');
  await paymentsRepo(db).recordPayment({ invoiceId: sent.id, date: '2026-03-10', amount: 5_000, note: 'first' }, today);
  const gone = await paymentsRepo(db).recordPayment({ invoiceId: sent.id, date: '2026-03-11', amount: 1_000 }, today);
  await paymentsRepo(db).deletePayment(gone.id, new Date('2026-03-12T10:00:00.000Z'));
}

describe('backups with invoices and payments', () => {
  it('export, backup file and restore give the invoices and payments back exactly, and count them', async () => {
    const source = freshDb();
    await seedInvoices(source);
    const exported = await exportDatabase(source);
    expect(exported.counts).toMatchObject({ invoices: 3, payments: 1 });
    expect(await recordCounts(source)).toMatchObject({ invoices: 3, payments: 1 });
    const file = await encodeBackupFile(exported.body, { ...exported, reason: 'manual', createdAt: new Date('2026-03-20T10:00:00Z') });

    const target = freshDb();
    const restored = await restoreDatabase(target, await openDatabaseFile(file));
    expect(restored).toMatchObject({ invoices: 3, payments: 1 });
    expect(await target.invoices.toArray()).toEqual(await source.invoices.toArray());
    expect(await target.payments.toArray()).toEqual(await source.payments.toArray());
    expect(await dataSnapshot(target)).toEqual(await dataSnapshot(source));
    expect(await target.trash.toArray()).toEqual(await source.trash.toArray());
  });

  it('refuses a backup whose payment points at an invoice it does not hold, changing nothing', async () => {
    const source = freshDb();
    await seedInvoices(source);
    await source.invoices.where('status').equals('sent').delete();
    const target = freshDb();
    await seedInvoices(target);
    const before = await dataSnapshot(target);
    await expect(restoreDatabase(target, await openDatabaseFile((await exportDatabase(source)).body))).rejects.toThrow(
      /^The backup refers to records it does not contain: payment .+ points at invoice .+, which is missing\. Nothing was changed\.$/,
    );
    expect(await dataSnapshot(target)).toEqual(before);
  });

  it('restores a version 3 export, which has no invoices or payments tables', async () => {
    const name = `tandem-v3-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(3).stores(storesAtVersion(3));
    await old.open();
    const client = { id: 'c1', name: 'Acme', currency: 'EUR' };
    await old.table('clients').add(client);
    const blob = await exportDB(old);
    await old.delete();
    const text = await blob.text();
    expect(text).toContain('"databaseVersion":3');
    expect(text).not.toContain('invoices');

    const target = freshDb();
    await seedInvoices(target);
    await restoreDatabase(target, await openDatabaseFile(new TextEncoder().encode(text)));
    expect(await target.clients.toArray()).toMatchObject([client]);
    expect(await target.invoices.count()).toBe(0);
    expect(await target.payments.count()).toBe(0);
  });
});
