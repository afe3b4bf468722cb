import { describe, expect, it } from 'vitest';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { invoicesRepo } from '../../../src/renderer/src/db/repositories/invoices-repo';
import { paymentsRepo } from '../../../src/renderer/src/db/repositories/payments-repo';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import { invoiceTotals } from '../../../src/renderer/src/domain/invoices/totals';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { dataSnapshot, fieldErrorsOfCall, freshDb, seedWorld } from './helpers';

const SENT_AT = new Date('2026-03-10T09:00:00.000Z');
const VAT = { rateBasisPoints: 2000, note: 'VAT' };
/** 90 minutes at 120.00/h = 180.00; 20 % VAT 36.00; total 216.00 */
const design = {
  description: 'Design',
  unit: 'hours' as const,
  quantity: 90,
  unitPrice: 12_000,
  taxes: [VAT],
  timeEntryIds: ['e1'],
};

async function world(db: TandemDb) {
  const seeded = await seedWorld(db);
  // the time the design line bills: 90 minutes on Website at 120.00/h
  await timeEntriesRepo(db).create({ id: 'e1', projectId: seeded.web.id, day: '2026-03-02', minutes: 90 });
  const draft = await invoicesRepo(db).createDraft({ clientId: seeded.acme.id, issueDate: '2026-03-02', lines: [design] });
  return { ...seeded, draft };
}

describe('invoicesRepo.createDraft', () => {
  it('makes a draft in the client’s currency, without a number, due after the payment terms', async () => {
    const db = freshDb();
    const { acme, globex, draft } = await world(db);
    expect(draft).toMatchObject({
      clientId: acme.id,
      status: 'draft',
      number: '',
      currency: 'EUR',
      issueDate: '2026-03-02',
      dueDate: '2026-04-01',
    });
    expect(invoiceTotals(draft)).toMatchObject({ subtotal: 18_000, total: 21_600 });
    expect(await db.invoices.get(draft.id)).toEqual(draft);

    await settingsRepo(db).update({ paymentTermsDays: 14 });
    const usd = await invoicesRepo(db).createDraft({ clientId: globex.id, issueDate: '2026-03-20' });
    expect(usd).toMatchObject({ currency: 'USD', dueDate: '2026-04-03', lines: [] });
    const given = await invoicesRepo(db).createDraft({ clientId: globex.id, issueDate: '2026-03-20', dueDate: '2026-03-25' });
    expect(given.dueDate).toBe('2026-03-25');
  });

  it('refuses a missing client and anything invoiceSchema refuses, and writes nothing', async () => {
    const db = freshDb();
    const { acme } = await seedWorld(db);
    expect(await fieldErrorsOfCall(() => invoicesRepo(db).createDraft({ clientId: 'nope', issueDate: '2026-03-02' }))).toEqual({
      clientId: 'Choose a client that exists',
    });
    expect(
      await fieldErrorsOfCall(() =>
        invoicesRepo(db).createDraft({ clientId: acme.id, issueDate: '2026-03-02', dueDate: '2026-03-01' }),
      ),
    ).toEqual({ dueDate: 'Due date must be on or after the issue date' });
    expect(
      await fieldErrorsOfCall(() => invoicesRepo(db).createDraft({ clientId: acme.id, issueDate: '2 March' })),
    ).toMatchObject({
      issueDate: 'Issue date must be a real day written YYYY-MM-DD',
    });
    expect(await db.invoices.count()).toBe(0);
  });
});

describe('invoicesRepo.updateDraft', () => {
  it('changes a draft’s fields and lines, keeping what the patch leaves out', async () => {
    const db = freshDb();
    const { draft } = await world(db);
    const fee = { description: 'Fee', quantity: 1000, unitPrice: 50_000 };
    const updated = await invoicesRepo(db).updateDraft(draft.id, {
      poNumber: 'PO-7',
      lines: [...draft.lines, fee],
      notes: undefined,
    });
    expect(updated).toMatchObject({ poNumber: 'PO-7', issueDate: '2026-03-02', dueDate: '2026-04-01', status: 'draft' });
    expect(updated.lines.map((line) => line.description)).toEqual(['Design', 'Fee']);
    expect(updated.lines[0]?.id).toBe(draft.lines[0]?.id);
    // 180.00 + 500.00 = 680.00; VAT on the design line only: 36.00
    expect(invoiceTotals(updated)).toMatchObject({ subtotal: 68_000, total: 71_600 });
    expect(await db.invoices.get(draft.id)).toEqual(updated);
  });

  it('is refused once the invoice is sent or void, with a clear message', async () => {
    const db = freshDb();
    const { draft } = await world(db);
    await invoicesRepo(db).markSent(draft.id, { now: SENT_AT });
    expect(await fieldErrorsOfCall(() => invoicesRepo(db).updateDraft(draft.id, { notes: 'late' }))).toEqual({
      '': 'Invoice 2026-0001 was sent: it can no longer be edited. Only a draft can be changed.',
    });
    await invoicesRepo(db).voidInvoice(draft.id);
    expect(await fieldErrorsOfCall(() => invoicesRepo(db).updateDraft(draft.id, { notes: 'late' }))).toEqual({
      '': 'Invoice 2026-0001 is void: it can no longer be edited. Only a draft can be changed.',
    });
  });
});

describe('invoicesRepo.markSent', () => {
  it('gives the next number in the issue year, counting void invoices, and sets sentAt', async () => {
    const db = freshDb();
    const { acme, draft } = await world(db);
    const repo = invoicesRepo(db);
    const first = await repo.markSent(draft.id, { now: SENT_AT });
    expect(first).toMatchObject({
      status: 'sent',
      number: '2026-0001',
      sentAt: '2026-03-10T09:00:00.000Z',
      dueDate: '2026-04-01',
    });
    expect(await db.invoices.get(draft.id)).toEqual(first);
    await repo.voidInvoice(first.id);

    const second = await repo.createDraft({
      clientId: acme.id,
      issueDate: '2026-03-05',
      lines: [{ ...design, timeEntryIds: [] }],
    });
    expect((await repo.markSent(second.id, { now: SENT_AT })).number).toBe('2026-0002');
    // a new issue date on sending: a new year's sequence, and the due date follows the terms
    const third = await repo.createDraft({
      clientId: acme.id,
      issueDate: '2026-12-30',
      lines: [{ ...design, timeEntryIds: [] }],
    });
    const sentLater = await repo.markSent(third.id, { issueDate: '2027-01-04', now: SENT_AT });
    expect(sentLater).toMatchObject({ number: '2027-0001', issueDate: '2027-01-04', dueDate: '2027-02-03' });
  });

  it('follows the pattern in Settings', async () => {
    const db = freshDb();
    const { draft } = await world(db);
    await settingsRepo(db).update({ invoiceNumberPattern: 'INV-{YY}{MM}-{seq:3}' });
    expect((await invoicesRepo(db).markSent(draft.id, { now: SENT_AT })).number).toBe('INV-2603-001');
  });

  it('refuses an empty draft, a draft sent twice, and time already on a sent invoice', async () => {
    const db = freshDb();
    const { acme, draft } = await world(db);
    const repo = invoicesRepo(db);
    const empty = await repo.createDraft({ clientId: acme.id, issueDate: '2026-03-02' });
    expect(await fieldErrorsOfCall(() => repo.markSent(empty.id, { now: SENT_AT }))).toEqual({
      lines: 'Add at least one line before marking the invoice sent',
    });
    const twin = await repo.createDraft({ clientId: acme.id, issueDate: '2026-03-02', lines: [design] });
    await repo.markSent(draft.id, { now: SENT_AT });
    expect(await fieldErrorsOfCall(() => repo.markSent(draft.id, { now: SENT_AT }))).toEqual({
      '': 'Invoice 2026-0001 was sent: it can no longer be sent again. Only a draft can be changed.',
    });
    expect(await fieldErrorsOfCall(() => repo.markSent(twin.id, { now: SENT_AT }))).toEqual({
      lines: 'A time entry on this draft is already on a sent invoice: regenerate the draft',
    });
    expect(await db.invoices.where('status').equals('draft').count()).toBe(2);
  });
});

describe('invoicesRepo.voidInvoice', () => {
  it('keeps the number; refuses a draft and an invoice with payments', async () => {
    const db = freshDb();
    const { draft } = await world(db);
    const repo = invoicesRepo(db);
    expect(await fieldErrorsOfCall(() => repo.voidInvoice(draft.id))).toEqual({
      '': 'A draft has no number to keep: delete it instead of voiding it',
    });
    await repo.markSent(draft.id, { now: SENT_AT });
    const payment = await paymentsRepo(db).recordPayment(
      { invoiceId: draft.id, date: '2026-03-12', amount: 5_000 },
      toDayKey('2026-03-20'),
    );
    expect(await fieldErrorsOfCall(() => repo.voidInvoice(draft.id))).toEqual({
      '': 'Invoice 2026-0001 has a payment recorded: delete it before voiding the invoice',
    });
    await paymentsRepo(db).deletePayment(payment.id);
    const voided = await repo.voidInvoice(draft.id);
    expect(voided).toMatchObject({ status: 'void', number: '2026-0001', sentAt: '2026-03-10T09:00:00.000Z' });
    expect(await fieldErrorsOfCall(() => repo.voidInvoice(draft.id))).toEqual({ '': 'Invoice 2026-0001 is already void' });
  });
});

describe('deleting invoices through the trash', () => {
  it('moves a draft to the trash, and Undo puts it back exactly', async () => {
    const db = freshDb();
    const { draft } = await world(db);
    const before = await dataSnapshot(db);
    const item = await invoicesRepo(db).deleteDraft(draft.id, SENT_AT);
    expect(item).toMatchObject({ table: 'invoices', recordId: draft.id, label: 'Invoice “draft of 2026-03-02”' });
    expect(await db.invoices.count()).toBe(0);
    await trashRepo(db).restore(item.id);
    expect(await dataSnapshot(db)).toEqual(before);
    expect(await db.trash.count()).toBe(0);
  });

  it('refuses to delete a sent or void invoice', async () => {
    const db = freshDb();
    const { draft } = await world(db);
    await invoicesRepo(db).markSent(draft.id, { now: SENT_AT });
    expect(await fieldErrorsOfCall(() => invoicesRepo(db).deleteDraft(draft.id))).toEqual({
      '': 'Invoice 2026-0001 was sent: only a draft can be deleted, and a sent invoice only voided (it keeps its number).',
    });
    await invoicesRepo(db).voidInvoice(draft.id);
    expect(await fieldErrorsOfCall(() => invoicesRepo(db).deleteDraft(draft.id))).toMatchObject({
      '': expect.stringContaining('Invoice 2026-0001 was voided') as unknown,
    });
    expect(await db.invoices.count()).toBe(1);
  });

  it('a client goes with its drafts (and comes back with them), but not while it has sent invoices', async () => {
    const db = freshDb();
    const { acme, draft } = await world(db);
    const before = await dataSnapshot(db);
    const item = await trashRepo(db).moveToTrash('clients', acme.id, SENT_AT);
    expect(item.label).toContain('1 invoice');
    expect(await db.invoices.count()).toBe(0);
    await trashRepo(db).restore(item.id);
    expect(await dataSnapshot(db)).toEqual(before);

    await invoicesRepo(db).markSent(draft.id, { now: SENT_AT });
    expect(await fieldErrorsOfCall(() => clientsRepo(db).delete(acme.id))).toEqual({
      '': 'Acme has sent invoices (2026-0001): invoices are kept for the records, so the client cannot be deleted. Archive it instead.',
    });
  });
});
