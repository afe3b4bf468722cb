import { describe, expect, it } from 'vitest';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { invoicesRepo } from '../../../src/renderer/src/db/repositories/invoices-repo';
import { paymentsRepo } from '../../../src/renderer/src/db/repositories/payments-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import { invoiceStanding } from '../../../src/renderer/src/domain/invoices/status';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { fieldErrorsOfCall, freshDb, seedWorld } from './helpers';

const TODAY = toDayKey('2026-03-20');
const NOW = new Date('2026-03-20T09:00:00.000Z');

/** A sent invoice of 216.00: 90 minutes at 120.00/h = 180.00, plus 20 % VAT 36.00. */
async function sentInvoice(db: TandemDb) {
  const { acme } = await seedWorld(db);
  const repo = invoicesRepo(db);
  const draft = await repo.createDraft({
    clientId: acme.id,
    issueDate: '2026-03-02',
    lines: [{ description: 'Design', unit: 'hours', quantity: 90, unitPrice: 12_000, taxes: [{ rateBasisPoints: 2000, note: 'VAT' }] }],
  });
  return { acme, draft, invoice: await repo.markSent(draft.id, { now: new Date('2026-03-02T10:00:00.000Z') }) };
}

async function standing(db: TandemDb, invoiceId: string) {
  const invoice = await db.invoices.get(invoiceId);
  if (!invoice) throw new Error('no invoice');
  return invoiceStanding(invoice, await db.payments.where('invoiceId').equals(invoiceId).toArray(), TODAY);
}

describe('paymentsRepo.recordPayment', () => {
  it('records part payments in the invoice’s currency until it is paid', async () => {
    const db = freshDb();
    const { invoice } = await sentInvoice(db);
    const payments = paymentsRepo(db);
    const part = await payments.recordPayment({ invoiceId: invoice.id, date: '2026-03-10', amount: 5_000, note: ' first ' }, TODAY);
    expect(part).toMatchObject({ invoiceId: invoice.id, amount: 5_000, currency: 'EUR', date: '2026-03-10', note: 'first' });
    expect(await db.payments.get(part.id)).toEqual(part);
    expect(await standing(db, invoice.id)).toMatchObject({ state: 'partially_paid', total: 21_600, paid: 5_000, balance: 16_600 });
    await payments.recordPayment({ invoiceId: invoice.id, date: '2026-03-20', amount: 16_600 }, TODAY);
    expect(await standing(db, invoice.id)).toMatchObject({ state: 'paid', paid: 21_600, balance: 0 });
  });

  it('refuses an overpayment, a draft, a date outside issue day to today and a missing invoice, writing nothing', async () => {
    const db = freshDb();
    const { acme, invoice } = await sentInvoice(db);
    const payments = paymentsRepo(db);
    await payments.recordPayment({ invoiceId: invoice.id, date: '2026-03-10', amount: 20_000 }, TODAY);
    const over = await fieldErrorsOfCall(() => payments.recordPayment({ invoiceId: invoice.id, date: '2026-03-11', amount: 1_601 }, TODAY));
    expect(Object.keys(over)).toEqual(['amount']);
    expect(over.amount).toMatch(/^That is more than the .*16.* still owed on this invoice: a payment cannot take the balance below zero$/);
    expect(await fieldErrorsOfCall(() => payments.recordPayment({ invoiceId: invoice.id, date: '2026-03-01', amount: 100 }, TODAY))).toEqual({
      date: 'A payment cannot be dated before the invoice’s issue date',
    });
    expect(await fieldErrorsOfCall(() => payments.recordPayment({ invoiceId: invoice.id, date: '2026-03-21', amount: 100 }, TODAY))).toEqual({
      date: 'A payment cannot be dated in the future',
    });
    expect(await fieldErrorsOfCall(() => payments.recordPayment({ invoiceId: invoice.id, date: '2026-03-11', amount: 0 }, TODAY))).toEqual({
      amount: 'Amount must be more than zero',
    });
    const draft = await invoicesRepo(db).createDraft({ clientId: acme.id, issueDate: '2026-03-02' });
    expect(await fieldErrorsOfCall(() => payments.recordPayment({ invoiceId: draft.id, date: '2026-03-11', amount: 100 }, TODAY))).toEqual({
      '': 'Mark the invoice sent before recording a payment',
    });
    expect(await fieldErrorsOfCall(() => payments.recordPayment({ invoiceId: 'gone', date: '2026-03-11', amount: 100 }, TODAY))).toEqual({
      invoiceId: 'Choose an invoice that exists',
    });
    expect(await db.payments.count()).toBe(1);
    expect(await standing(db, invoice.id)).toMatchObject({ balance: 1_600 });
  });
});

describe('paymentsRepo.deletePayment', () => {
  it('moves the payment to the trash; Undo puts it back exactly', async () => {
    const db = freshDb();
    const { invoice } = await sentInvoice(db);
    const payment = await paymentsRepo(db).recordPayment({ invoiceId: invoice.id, date: '2026-03-10', amount: 5_000 }, TODAY);
    const item = await paymentsRepo(db).deletePayment(payment.id, NOW);
    expect(item).toMatchObject({ table: 'payments', recordId: payment.id, label: 'Payment “received 2026-03-10”' });
    expect(await db.payments.count()).toBe(0);
    expect(await standing(db, invoice.id)).toMatchObject({ state: 'sent', balance: 21_600 });
    await trashRepo(db).restore(item.id);
    expect(await db.payments.toArray()).toEqual([payment]);
  });

  it('refuses to put a payment back when the invoice has been paid since, or voided', async () => {
    const db = freshDb();
    const { invoice } = await sentInvoice(db);
    const payments = paymentsRepo(db);
    const first = await payments.recordPayment({ invoiceId: invoice.id, date: '2026-03-10', amount: 5_000 }, TODAY);
    const item = await payments.deletePayment(first.id, NOW);
    const full = await payments.recordPayment({ invoiceId: invoice.id, date: '2026-03-12', amount: 21_600 }, TODAY);
    expect(await fieldErrorsOfCall(() => trashRepo(db).restore(item.id))).toEqual({
      '': 'Invoice 2026-0001 has been paid since: putting this payment back would take its balance below zero.',
    });
    await payments.deletePayment(full.id, NOW);
    await invoicesRepo(db).voidInvoice(invoice.id);
    expect(await fieldErrorsOfCall(() => trashRepo(db).restore(item.id))).toEqual({
      '': 'Invoice 2026-0001 is no longer open: it takes no payments.',
    });
    expect(await db.payments.count()).toBe(0);
    expect(await db.trash.count()).toBe(2);
  });
});
