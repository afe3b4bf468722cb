import { describe, expect, it } from 'vitest';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { loadInvoiceChoices } from '../../../src/renderer/src/db/queries/invoice-source';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { projectExpenses } from '../../../src/renderer/src/db/repositories/expenses';
import { invoicesRepo } from '../../../src/renderer/src/db/repositories/invoices-repo';
import type { InvoiceFromWorkInput } from '../../../src/renderer/src/db/repositories/invoices-repo';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import { invoiceTotals } from '../../../src/renderer/src/domain/invoices/totals';
import { uninvoicedMinor } from '../../../src/renderer/src/domain/rollup-figures';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { fieldErrorsOfCall, freshDb, rollupSnapshot, seedWorld } from './helpers';

const SENT_AT = new Date('2026-11-02T09:00:00.000Z');
const day = toDayKey;

/**
 * Acme (EUR): Website, time and materials at 120.00/h; App, a fixed fee of 10,000.00.
 * Globex (USD): Ads, a retainer of 20 h a month at 90.00/h.
 */
async function world(db: TandemDb) {
  const seeded = await seedWorld(db);
  const entries = timeEntriesRepo(db);
  const { web, app, ads } = seeded;
  await entries.create({ id: 'e1', projectId: web.id, day: '2026-10-05', minutes: 90 }); // 90 × 120 / 60 = 180.00
  await entries.create({ id: 'e2', projectId: web.id, day: '2026-10-12', minutes: 20 }); // 20 × 120 / 60 = 40.00
  await entries.create({ id: 'e3', projectId: web.id, day: '2026-10-13', minutes: 60, billable: false }); // never billed
  await entries.create({ id: 'e4', projectId: web.id, day: '2026-11-02', minutes: 30 }); // 60.00, in November
  await entries.create({ id: 'a1', projectId: app.id, day: '2026-10-06', minutes: 120 }); // a fixed fee bills no hours
  const expenses = projectExpenses(db);
  await expenses.createExpense({ id: 'x1', projectId: web.id, day: '2026-10-20', amount: 2_500, note: 'Fonts' });
  await expenses.createExpense({ id: 'x2', projectId: web.id, day: '2026-10-21', amount: 1_000, billable: false });
  await entries.create({ id: 'r1', projectId: ads.id, day: '2026-11-03', minutes: 600 });
  await entries.create({ id: 'r2', projectId: ads.id, day: '2026-11-10', minutes: 700 }); // 1,300 of 1,200: 100 beyond
  return seeded;
}

function october(clientId: string, projectIds: string[], fields: Partial<InvoiceFromWorkInput> = {}): InvoiceFromWorkInput {
  return {
    clientId,
    from: day('2026-10-01'),
    to: day('2026-10-31'),
    projectIds,
    grouping: 'project',
    issueDate: day('2026-11-01'),
    locale: 'en-GB',
    ...fields,
  };
}

async function webUninvoiced(db: TandemDb, projectId: string): Promise<number> {
  const totals = await db.projectTotals.get(projectId);
  return totals ? uninvoicedMinor(totals) : 0;
}

/** The incremental rollups equal a rebuild from scratch. */
async function expectRollupsRepaired(db: TandemDb): Promise<void> {
  const incremental = await rollupSnapshot(db);
  await repairRollups(db);
  expect(await rollupSnapshot(db)).toEqual(incremental);
}

describe('invoicesRepo.createFromWork', () => {
  it('bills the period’s open billable time and expenses, and the chosen part of a fixed fee, keeping the basis', async () => {
    const db = freshDb();
    const { acme, web, app } = await world(db);
    const draft = await invoicesRepo(db).createFromWork(
      october(acme.id, [web.id, app.id], { fixedFee: { [app.id]: { kind: 'percent', basisPoints: 2500 } } }),
    );
    expect(draft).toMatchObject({
      clientId: acme.id,
      status: 'draft',
      number: '',
      currency: 'EUR',
      issueDate: '2026-11-01',
      dueDate: '2026-12-01',
    });
    expect(draft.basis).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      projectIds: [web.id, app.id],
      grouping: 'project',
      fixedFee: { [app.id]: { kind: 'percent', basisPoints: 2500 } },
    });
    expect(
      draft.lines.map((line) => [line.projectId, line.unit, line.quantity, line.unitPrice, line.timeEntryIds, line.expenseIds]),
    ).toEqual([
      [web.id, 'hours', 110, 12_000, ['e1', 'e2'], []], // 90 + 20 min
      [web.id, 'units', 1000, 2_500, [], ['x1']],
      [app.id, 'units', 1000, 250_000, [], []], // 25 % of 1,000,000
    ]);
    expect(draft.lines[1]?.description).toBe('Website, expense of 20 Oct 2026: Fonts');
    // 110 × 12000 / 60 = 22,000; + 2,500 + 250,000 = 274,500
    expect(invoiceTotals(draft).subtotal).toBe(274_500);
    expect(await db.invoices.get(draft.id)).toEqual(draft);
  });

  it('gives every line the default tax rate from Settings, and none without a default', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const vat = { rateBasisPoints: 2000, note: 'VAT' };
    const reverse = { rateBasisPoints: 0, note: 'Reverse charge' };
    await settingsRepo(db).update({ taxRates: [reverse, vat] });
    const plain = await invoicesRepo(db).createFromWork(october(acme.id, [web.id]));
    expect(plain.lines.map((line) => line.taxes)).toEqual([[], []]);
    await settingsRepo(db).update({ taxRates: [reverse, { ...vat, isDefault: true }] });
    const draft = await invoicesRepo(db).createFromWork(october(acme.id, [web.id]));
    expect(draft.lines.map((line) => line.taxes)).toEqual([[vat], [vat]]);
    // (22,000 + 2,500) × 20 % = 4,900
    expect(invoiceTotals(draft)).toMatchObject({ subtotal: 24_500, total: 29_400 });
  });

  it('a draft locks nothing: the rollups and entries are untouched and a second draft bills the same work', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const before = await rollupSnapshot(db);
    // billable time 180 + 40 + 60 = 280.00, billable expenses 25.00
    expect(await webUninvoiced(db, web.id)).toBe(30_500);
    const first = await invoicesRepo(db).createFromWork(october(acme.id, [web.id]));
    const second = await invoicesRepo(db).createFromWork(october(acme.id, [web.id]));
    expect(second.lines.map((line) => line.timeEntryIds)).toEqual(first.lines.map((line) => line.timeEntryIds));
    expect(await rollupSnapshot(db)).toEqual(before);
    expect((await db.timeEntries.get('e1'))?.invoiceId).toBeUndefined();
  });

  it('refuses a period with nothing to bill, projects of another client, and a fixed fee it cannot bill', async () => {
    const db = freshDb();
    const { acme, web, ads } = await world(db);
    const repo = invoicesRepo(db);
    const december = { from: day('2026-12-01'), to: day('2026-12-31') };
    expect(await fieldErrorsOfCall(() => repo.createFromWork(october(acme.id, [web.id], december)))).toEqual({
      '': 'Nothing to bill for Acme from 1 Dec 2026 to 31 Dec 2026: the chosen projects have no billable time or expenses in that period that are not on a sent invoice',
    });
    expect(await fieldErrorsOfCall(() => repo.createFromWork(october(acme.id, [web.id, ads.id])))).toEqual({
      projectIds: 'Ads is not a project of Acme: choose Acme’s projects only',
    });
    const audit = await projectsRepo(db).createProject({ clientId: acme.id, name: 'Audit', code: 'AUD', billing: 'fixed_fee' });
    expect(await fieldErrorsOfCall(() => repo.createFromWork(october(acme.id, [web.id, audit.id])))).toEqual({
      projectIds: 'Audit is a fixed fee without a budget amount: set its fee on the project first',
    });
    expect(await fieldErrorsOfCall(() => repo.createFromWork(october(acme.id, [], { to: day('2026-09-30') })))).toEqual({
      projectIds: 'Choose at least one project',
      to: 'To must be on or after From',
    });
    expect(await db.invoices.count()).toBe(0);
  });
});

describe('sending and voiding an invoice made from work', () => {
  it('marks its entries and expenses invoiced and lowers the uninvoiced figure by exactly what it bills', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const repo = invoicesRepo(db);
    const draft = await repo.createFromWork(october(acme.id, [web.id]));
    const sent = await repo.markSent(draft.id, { now: SENT_AT });
    expect((await db.timeEntries.bulkGet(['e1', 'e2', 'e3', 'e4'])).map((entry) => entry?.invoiceId)).toEqual([
      sent.id,
      sent.id,
      undefined,
      undefined,
    ]);
    expect((await db.expenses.bulkGet(['x1', 'x2'])).map((expense) => expense?.invoiceId)).toEqual([sent.id, undefined]);
    // 30,500 − (18,000 + 4,000 + 2,500) = 6,000: November's 30 minutes
    expect(await webUninvoiced(db, web.id)).toBe(6_000);
    expect(await db.projectTotals.get(web.id)).toMatchObject({ invoicedAmountMinor: 22_000, invoicedExpensesMinor: 2_500 });
    await expectRollupsRepaired(db);

    // Sent work is never billed again; a second draft of the same period has nothing left.
    expect(await fieldErrorsOfCall(() => repo.createFromWork(october(acme.id, [web.id])))).toMatchObject({
      '': expect.stringContaining('Nothing to bill for Acme') as unknown,
    });
  });

  it('refuses to send a second draft of work already sent, or one whose entry was deleted', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const repo = invoicesRepo(db);
    const first = await repo.createFromWork(october(acme.id, [web.id]));
    const twin = await repo.createFromWork(october(acme.id, [web.id]));
    await repo.markSent(first.id, { now: SENT_AT });
    expect(await fieldErrorsOfCall(() => repo.markSent(twin.id, { now: SENT_AT }))).toEqual({
      lines: 'A time entry on this draft is already on a sent invoice: regenerate the draft',
    });

    const november = await repo.createFromWork(october(acme.id, [web.id], { from: day('2026-11-01'), to: day('2026-11-30') }));
    await timeEntriesRepo(db).delete('e4');
    expect(await fieldErrorsOfCall(() => repo.markSent(november.id, { now: SENT_AT }))).toEqual({
      lines: 'This draft bills a time entry that was deleted: regenerate the draft',
    });
  });

  it('voiding frees the work to be billed again, and the rollups follow', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const repo = invoicesRepo(db);
    const sent = await repo.markSent((await repo.createFromWork(october(acme.id, [web.id]))).id, { now: SENT_AT });
    await repo.voidInvoice(sent.id);
    expect((await db.timeEntries.bulkGet(['e1', 'e2'])).map((entry) => entry?.invoiceId)).toEqual([undefined, undefined]);
    expect((await db.expenses.get('x1'))?.invoiceId).toBeUndefined();
    expect(await webUninvoiced(db, web.id)).toBe(30_500);
    await expectRollupsRepaired(db);
    const again = await repo.createFromWork(october(acme.id, [web.id]));
    expect(again.lines.flatMap((line) => [...line.timeEntryIds, ...line.expenseIds])).toEqual(['e1', 'e2', 'x1']);
  });

  it('bills a retainer cycle’s allowance once, then only new hours beyond it', async () => {
    const db = freshDb();
    const { globex, ads } = await world(db);
    const repo = invoicesRepo(db);
    const november = { from: day('2026-11-01'), to: day('2026-11-30'), issueDate: day('2026-12-01') };
    const draft = await repo.createFromWork(october(globex.id, [ads.id], november));
    expect(draft.currency).toBe('USD');
    expect(draft.lines.map((line) => [line.quantity, line.unitPrice, line.timeEntryIds])).toEqual([
      [1200, 9_000, ['r1']], // the allowance: 20 h × 90.00 = 1,800.00
      [100, 9_000, ['r2']], // 600 + 700 = 1,300 min: 100 beyond = 150.00
    ]);
    expect(invoiceTotals(draft).subtotal).toBe(195_000);
    await repo.markSent(draft.id, { now: SENT_AT });
    await expectRollupsRepaired(db);
    expect(await fieldErrorsOfCall(() => repo.createFromWork(october(globex.id, [ads.id], november)))).toMatchObject({
      '': expect.stringContaining('Nothing to bill for Globex') as unknown,
    });
    // 50 more minutes in November: beyond the allowance, billed on their own.
    await timeEntriesRepo(db).create({ id: 'r3', projectId: ads.id, day: '2026-11-20', minutes: 50 });
    const more = await repo.createFromWork(october(globex.id, [ads.id], november));
    expect(more.lines.map((line) => [line.quantity, line.timeEntryIds])).toEqual([[50, ['r3']]]);
  });
});

describe('invoicesRepo.createFromWork: a fixed fee billed in parts', () => {
  it('bills only what sent invoices left of the fee, and refuses more', async () => {
    const db = freshDb();
    const { acme, app } = await world(db);
    const repo = invoicesRepo(db);
    // 40 % of the 10,000.00 fee = 4,000.00, sent.
    const first = await repo.createFromWork(
      october(acme.id, [app.id], { fixedFee: { [app.id]: { kind: 'percent', basisPoints: 4000 } } }),
    );
    await repo.markSent(first.id, { now: SENT_AT });
    // A draft (never sent) does not count: this one is deleted unsent.
    const unsent = await repo.createFromWork(
      october(acme.id, [app.id], { fixedFee: { [app.id]: { kind: 'percent', basisPoints: 5000 } } }),
    );
    await repo.deleteDraft(unsent.id);
    // 70 % = 7,000.00 is more than the 6,000.00 left: refused, naming the figures.
    expect(
      await fieldErrorsOfCall(() =>
        repo.createFromWork(october(acme.id, [app.id], { fixedFee: { [app.id]: { kind: 'percent', basisPoints: 7000 } } })),
      ),
    ).toMatchObject({ projectIds: expect.stringContaining('only €6,000.00 of its €10,000.00 fee') as unknown });
    // The fee option bills the rest: 1,000,000 − 400,000 = 600,000.
    const rest = await repo.createFromWork(october(acme.id, [app.id]));
    expect(rest.lines.map((line) => line.unitPrice)).toEqual([600_000]);
    await repo.markSent(rest.id, { now: SENT_AT });
    expect(await fieldErrorsOfCall(() => repo.createFromWork(october(acme.id, [app.id])))).toMatchObject({
      projectIds: expect.stringContaining('whole fixed fee of €10,000.00 is already on sent invoices') as unknown,
    });
  });
});

describe('invoicesRepo.createFromWork: a fixed fee billed by milestone', () => {
  it('bills each milestone once: one on a sent invoice is refused, another one is billed', async () => {
    const db = freshDb();
    const { acme, app } = await world(db);
    await projectsRepo(db).updateProject(app.id, {
      milestones: [
        { id: 'm1', name: 'Design', due: day('2026-11-10') },
        { id: 'm2', name: 'Build', due: day('2026-12-10') },
      ],
    });
    const repo = invoicesRepo(db);
    const byMilestone = (milestoneId: string) => october(acme.id, [app.id], { fixedFee: { [app.id]: { kind: 'milestone', milestoneId } } });
    // 1,000,000 / 2 = 500,000 each.
    const design = await repo.createFromWork(byMilestone('m1'));
    expect(design.lines).toMatchObject([{ unitPrice: 500_000, milestoneId: 'm1' }]);
    await repo.markSent(design.id, { now: SENT_AT });

    expect(await fieldErrorsOfCall(() => repo.createFromWork(byMilestone('m1')))).toEqual({
      projectIds: 'App: milestone Design is already on a sent invoice: choose another milestone or a part of the fee',
    });
    const build = await repo.createFromWork(byMilestone('m2'));
    expect(build.lines).toMatchObject([{ unitPrice: 500_000, milestoneId: 'm2' }]);
    // The New invoice dialog offers Design as billed (m2's invoice is a draft: not billed yet).
    const choices = await loadInvoiceChoices(db, acme.id, day('2026-11-04'));
    const milestones = choices?.projects.find((project) => project.id === app.id)?.fixedFee?.milestones;
    expect(milestones?.map(({ id, billed }) => [id, billed])).toEqual([
      ['m1', true],
      ['m2', false],
    ]);
  });
});

describe('invoicesRepo.createFromWork: a retainer’s first invoice made mid-cycle', () => {
  it('bills the cycle’s allowance once, though the period starts after the cycle did', async () => {
    const db = freshDb();
    const { globex, ads } = await world(db);
    const repo = invoicesRepo(db);
    // 16–30 Nov: the 1 Nov cycle began before the period and none of it is invoiced, so its allowance is
    // owed; r1 (3 Nov) and r2 (10 Nov) lie before the period and are left for the user to bill or not.
    const lateNovember = { from: day('2026-11-16'), to: day('2026-11-30'), issueDate: day('2026-12-01') };
    const first = await repo.createFromWork(october(globex.id, [ads.id], lateNovember));
    expect(first.lines.map((line) => [line.quantity, line.unitPrice, line.timeEntryIds])).toEqual([[1200, 9_000, []]]);
    await repo.markSent(first.id, { now: SENT_AT });
    // A later invoice in the same cycle does not bill the allowance again, though no entry of the cycle
    // was on the first one: 50 minutes on 20 Nov are within the allowance already billed.
    await timeEntriesRepo(db).create({ id: 'r3', projectId: ads.id, day: '2026-11-20', minutes: 50 });
    expect(await fieldErrorsOfCall(() => repo.createFromWork(october(globex.id, [ads.id], lateNovember)))).toMatchObject({
      '': expect.stringContaining('Nothing to bill for Globex') as unknown,
    });
  });
});

describe('invoicesRepo.regenerateDraft', () => {
  it('generates the lines again from the basis, keeping lines typed by hand and the other fields', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const repo = invoicesRepo(db);
    const draft = await repo.createFromWork(october(acme.id, [web.id]));
    const typed = { description: 'Hosting', quantity: 1000, unitPrice: 3_000 };
    await repo.updateDraft(draft.id, { poNumber: 'PO-9', lines: [...draft.lines, typed] });
    await timeEntriesRepo(db).create({ id: 'e5', projectId: web.id, day: '2026-10-30', minutes: 30 });

    const regenerated = await repo.regenerateDraft(draft.id, { locale: 'en-GB' });
    expect(regenerated).toMatchObject({ id: draft.id, poNumber: 'PO-9', status: 'draft', basis: draft.basis });
    expect(regenerated.lines.map((line) => [line.description, line.quantity, line.timeEntryIds])).toEqual([
      ['Website: time, 5 Oct 2026 – 30 Oct 2026', 140, ['e1', 'e2', 'e5']], // 90 + 20 + 30
      ['Website, expense of 20 Oct 2026: Fonts', 1000, []],
      ['Hosting', 1000, []],
    ]);
    expect(await db.invoices.get(draft.id)).toEqual(regenerated);
  });

  it('is refused for a draft typed by hand and once sent', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const repo = invoicesRepo(db);
    const typed = await repo.createDraft({
      clientId: acme.id,
      issueDate: '2026-11-01',
      lines: [{ description: 'Fee', quantity: 1000, unitPrice: 100 }],
    });
    expect(await fieldErrorsOfCall(() => repo.regenerateDraft(typed.id))).toEqual({
      '': 'This draft was not made from tracked work, so there is nothing to regenerate it from',
    });
    const sent = await repo.markSent((await repo.createFromWork(october(acme.id, [web.id]))).id, { now: SENT_AT });
    expect(await fieldErrorsOfCall(() => repo.regenerateDraft(sent.id))).toEqual({
      '': `Invoice ${sent.number} was sent: it can no longer be regenerated. Only a draft can be changed.`,
    });
  });
});

describe('loadInvoiceChoices', () => {
  it('lists the client’s billable projects with their uninvoiced amount, fee options and the earliest uninvoiced day', async () => {
    const db = freshDb();
    const { acme, web, app } = await world(db);
    const projects = projectsRepo(db);
    await projects.createProject({ clientId: acme.id, name: 'Internal', code: 'INT', billing: 'non_billable' });
    const old = await projects.createProject({ clientId: acme.id, name: 'Old site', code: 'OLD', billing: 'time_and_materials' });
    await projects.updateProject(old.id, { archived: true });
    await projects.updateProject(app.id, {
      milestones: [
        { id: 'm1', name: 'Design', due: day('2026-11-10') },
        { id: 'm2', name: 'Build', due: day('2026-12-10') },
        { id: 'm3', name: 'Launch', due: day('2027-01-10') },
      ],
    });

    const choices = await loadInvoiceChoices(db, acme.id, day('2026-11-04'));
    expect(choices).toMatchObject({ currency: 'EUR', earliestUninvoicedDay: '2026-10-05', today: '2026-11-04' });
    expect(choices?.projects).toEqual([
      {
        id: app.id,
        name: 'App',
        code: 'APP',
        billing: 'fixed_fee',
        status: app.status,
        archived: false,
        uninvoicedMinor: null,
        earliestUninvoicedDay: null,
        // 1,000,000 / 3 = 333,333 rest 1
        fixedFee: {
          feeMinor: 1_000_000,
          milestones: [
            { id: 'm1', name: 'Design', due: '2026-11-10', shareMinor: 333_334, billed: false },
            { id: 'm2', name: 'Build', due: '2026-12-10', shareMinor: 333_333, billed: false },
            { id: 'm3', name: 'Launch', due: '2027-01-10', shareMinor: 333_333, billed: false },
          ],
        },
        retainer: null,
      },
      {
        id: web.id,
        name: 'Website',
        code: 'WEB',
        billing: 'time_and_materials',
        status: web.status,
        archived: false,
        uninvoicedMinor: 30_500,
        earliestUninvoicedDay: '2026-10-05',
        fixedFee: null,
        retainer: null,
      },
    ]);

    // Once October is sent, what is left starts in November.
    const repo = invoicesRepo(db);
    await repo.markSent((await repo.createFromWork(october(acme.id, [web.id]))).id, { now: SENT_AT });
    const after = await loadInvoiceChoices(db, acme.id, day('2026-11-04'));
    expect(after?.earliestUninvoicedDay).toBe('2026-11-02');
    expect(after?.projects.find((project) => project.id === web.id)?.uninvoicedMinor).toBe(6_000);
  });

  it('gives a retainer its terms and rate, and nothing for a client that does not exist', async () => {
    const db = freshDb();
    const { globex, ads } = await world(db);
    const choices = await loadInvoiceChoices(db, globex.id, day('2026-11-04'));
    expect(choices?.projects).toMatchObject([
      {
        id: ads.id,
        billing: 'retainer',
        uninvoicedMinor: null,
        retainer: { allowanceMinutesPerMonth: 1200, rollover: false, cycleStartDay: 1, rateMinor: 9_000 },
      },
    ]);
    expect(choices?.earliestUninvoicedDay).toBeNull();
    expect(await loadInvoiceChoices(db, 'nope', day('2026-11-04'))).toBeUndefined();
  });
});

describe('invoiced work is locked', () => {
  const refusal = (what: string, verb: string) =>
    `This ${what} is on invoice 2026-0001: confirm before ${verb} it, since that changes what the invoice billed`;

  it('refuses to change or delete an invoiced entry or expense unless confirmed, naming the invoice', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const repo = invoicesRepo(db);
    const draft = await repo.createFromWork(october(acme.id, [web.id]));
    // A draft locks nothing.
    await timeEntriesRepo(db).update('e1', { note: 'Kick-off' });
    const sent = await repo.markSent(draft.id, { now: SENT_AT });
    expect(sent.number).toBe('2026-0001');
    const entries = timeEntriesRepo(db);
    const expenses = projectExpenses(db);
    expect(await fieldErrorsOfCall(() => entries.update('e1', { minutes: 60 }))).toEqual({ '': refusal('entry', 'changing') });
    expect(await fieldErrorsOfCall(() => entries.delete('e1'))).toEqual({ '': refusal('entry', 'deleting') });
    expect(await fieldErrorsOfCall(() => expenses.updateExpense('x1', { amount: 3_000 }))).toEqual({
      '': refusal('expense', 'changing'),
    });
    expect(await fieldErrorsOfCall(() => expenses.deleteExpense('x1'))).toEqual({ '': refusal('expense', 'deleting') });
    expect((await db.timeEntries.get('e1'))?.minutes).toBe(90);
    // Work on no sent invoice is free.
    await entries.update('e4', { minutes: 45 });

    // Confirmed: the entry changes and stays on its invoice; the rollups follow.
    const changed = await entries.update('e1', { minutes: 60 }, { confirmInvoiced: true });
    expect(changed).toMatchObject({ minutes: 60, invoiceId: sent.id });
    // invoiced time: 60 × 120 / 60 + 20 × 120 / 60 = 12,000 + 4,000
    expect(await db.projectTotals.get(web.id)).toMatchObject({ invoicedAmountMinor: 16_000 });
    await expenses.updateExpense('x1', { amount: 3_000 }, { confirmInvoiced: true });
    await expectRollupsRepaired(db);
  });

  it('a confirmed delete goes to the trash; restored after the invoice was voided, it is free again', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const repo = invoicesRepo(db);
    const sent = await repo.markSent((await repo.createFromWork(october(acme.id, [web.id]))).id, { now: SENT_AT });
    const entryItem = await timeEntriesRepo(db).delete('e1', { confirmInvoiced: true });
    const expenseItem = await projectExpenses(db).deleteExpense('x1', { confirmInvoiced: true });
    expect(await db.timeEntries.get('e1')).toBeUndefined();
    await repo.voidInvoice(sent.id);
    await trashRepo(db).restore(entryItem.id);
    await trashRepo(db).restore(expenseItem.id);
    expect((await db.timeEntries.get('e1'))?.invoiceId).toBeUndefined();
    expect((await db.expenses.get('x1'))?.invoiceId).toBeUndefined();
    expect(await webUninvoiced(db, web.id)).toBe(30_500);
    await expectRollupsRepaired(db);
  });

  it('a project with invoiced work cannot be deleted until the invoice is voided', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const repo = invoicesRepo(db);
    const sent = await repo.markSent((await repo.createFromWork(october(acme.id, [web.id]))).id, { now: SENT_AT });
    expect(await fieldErrorsOfCall(() => trashRepo(db).moveToTrash('projects', web.id, SENT_AT))).toEqual({
      '': 'WEB Website has time or expenses on sent invoices (2026-0001): they are kept for the records, so it cannot be deleted. Archive it instead.',
    });
    expect(await db.projects.get(web.id)).toBeDefined();
    await repo.voidInvoice(sent.id);
    await trashRepo(db).moveToTrash('projects', web.id, SENT_AT);
    expect(await db.projects.get(web.id)).toBeUndefined();
  });

  it('restored while its invoice is still sent, an entry is still invoiced', async () => {
    const db = freshDb();
    const { acme, web } = await world(db);
    const repo = invoicesRepo(db);
    const sent = await repo.markSent((await repo.createFromWork(october(acme.id, [web.id]))).id, { now: SENT_AT });
    const item = await trashRepo(db).moveToTrash('timeEntries', 'e2', SENT_AT, { confirmInvoiced: true });
    await trashRepo(db).restore(item.id);
    expect((await db.timeEntries.get('e2'))?.invoiceId).toBe(sent.id);
    await expectRollupsRepaired(db);
  });
});
