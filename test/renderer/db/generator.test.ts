import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateAgency } from '../../../src/renderer/src/db/generator/sample-agency';
import { SCALE_COUNTS, generateScaleDataset } from '../../../src/renderer/src/db/generator/scale';
import { Rng, mulberry32 } from '../../../src/renderer/src/db/generator/prng';
import { amountLine, invoiceRecords } from '../../../src/renderer/src/db/generator/invoice-records';
import type { InvoicePlan } from '../../../src/renderer/src/db/generator/invoice-records';
import { toCurrencyCode } from '../../../src/renderer/src/domain/units/money';
import type { DatasetTable, GeneratedAgency } from '../../../src/renderer/src/db/generator/dataset';
import { validate } from '../../../src/renderer/src/domain/validation';
import { clientSchema } from '../../../src/renderer/src/domain/model/client';
import { expenseSchema } from '../../../src/renderer/src/domain/model/expense';
import { importRecordSchema } from '../../../src/renderer/src/domain/model/import-record';
import { invoiceSchema } from '../../../src/renderer/src/domain/model/invoice';
import type { Invoice } from '../../../src/renderer/src/domain/model/invoice';
import { paymentSchema } from '../../../src/renderer/src/domain/model/payment';
import type { Payment } from '../../../src/renderer/src/domain/model/payment';
import { INVOICE_STATES, invoiceStanding } from '../../../src/renderer/src/domain/invoices/status';
import { invoiceTotals } from '../../../src/renderer/src/domain/invoices/totals';
import { projectSchema } from '../../../src/renderer/src/domain/model/project';
import { settingsSchema } from '../../../src/renderer/src/domain/model/settings';
import { taskSchema } from '../../../src/renderer/src/domain/model/task';
import { teammateSchema } from '../../../src/renderer/src/domain/model/teammate';
import { timeBlockSchema } from '../../../src/renderer/src/domain/model/time-block';
import { timeEntrySchema } from '../../../src/renderer/src/domain/model/time-entry';
import { updateDraftSchema } from '../../../src/renderer/src/domain/model/update-draft';
import { addDays, toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { isWorkingDay, startOfWeek } from '../../../src/renderer/src/domain/time/week';
import { localDateAt, minuteOfDay } from '../../../src/renderer/src/domain/time/wall-clock';

const TODAY = toDayKey('2026-03-18'); // a Wednesday

const SCHEMAS: Record<DatasetTable, z.ZodType> = {
  settings: settingsSchema,
  teammates: teammateSchema,
  clients: clientSchema,
  projects: projectSchema,
  imports: importRecordSchema,
  timeEntries: timeEntrySchema,
  expenses: expenseSchema,
  invoices: invoiceSchema,
  payments: paymentSchema,
  tasks: taskSchema,
  timeBlocks: timeBlockSchema,
  updateDrafts: updateDraftSchema,
};

/** Every generated record passes its schema unchanged (the generator writes valid, final records). */
function expectValid(table: DatasetTable, rows: readonly unknown[]) {
  for (const row of rows) expect(validate(SCHEMAS[table], row), table).toEqual(row);
}

describe('prng', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const c = mulberry32(2);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    const rng = new Rng(9);
    expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (let i = 0; i < 200; i += 1) expect(rng.int(3, 5)).toBeGreaterThanOrEqual(3);
  });
});

describe('sample agency', () => {
  const agency: GeneratedAgency = generateAgency({ today: TODAY, seed: 7 });

  it('is the same for the same seed and different for another', { timeout: 60_000 }, () => {
    expect(generateAgency({ today: TODAY, seed: 7 })).toEqual(agency);
    expect(generateAgency({ today: TODAY, seed: 8 }).timeEntries[0]).not.toEqual(agency.timeEntries[0]);
  });

  it('holds only valid records', () => {
    for (const table of Object.keys(SCHEMAS) as DatasetTable[]) expectValid(table, agency[table]);
  });

  it('has the promised shape', () => {
    expect(agency.clients).toHaveLength(8);
    expect(agency.projects).toHaveLength(20);
    expect(agency.teammates).toHaveLength(3);
    expect(new Set(agency.clients.map((c) => c.currency))).toEqual(new Set(['EUR', 'USD', 'GBP']));
    expect(
      agency.clients.every((c) => c.contacts.filter((x) => x.primary).length === 1 && c.contacts.some((x) => x.billing)),
    ).toBe(true);
    expect(agency.clients.every((c) => c.checkIns.length >= 3)).toBe(true);
    expect(agency.clients.some((c) => c.opportunities.length > 0)).toBe(true);
    expect(new Set(agency.projects.map((p) => p.billing))).toEqual(
      new Set(['time_and_materials', 'fixed_fee', 'retainer', 'non_billable']),
    );
    expect(new Set(agency.projects.map((p) => p.status))).toEqual(new Set(['planned', 'active', 'on_hold', 'done']));
    expect(agency.projects.filter((p) => p.retainer?.rollover).length).toBeGreaterThan(0);
    expect(agency.projects.filter((p) => p.retainer && !p.retainer.rollover).length).toBeGreaterThan(0);
    expect(new Set(agency.projects.flatMap((p) => p.changeRequests.map((r) => r.status)))).toEqual(
      new Set(['asked', 'estimated', 'approved', 'declined']),
    );
    expect(
      agency.projects.some((p) => p.milestones.some((m) => m.doneAt)) && agency.projects.some((p) => p.scopeItems.length > 0),
    ).toBe(true);
    expect(agency.expenses.length).toBeGreaterThan(15);
    expect(agency.imports[0]?.rowCount).toBe(agency.timeEntries.filter((e) => e.source.kind === 'import').length);
  });

  it('has six months of realistic working days ending today', () => {
    const entries = agency.timeEntries;
    const days = [...new Set(entries.map((e) => e.day))].sort();
    expect(entries.length).toBeGreaterThan(600);
    expect(days[0]! >= addDays(TODAY, -182)).toBe(true);
    expect(days.at(-1)).toBe(TODAY);
    expect(days.every((day) => isWorkingDay(day, 5))).toBe(true);
    expect(new Set(entries.map((e) => e.hat))).toEqual(new Set(['production', 'account', 'project']));
    const byDay = new Map<string, typeof entries>();
    for (const e of entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
    const perDay = [...byDay.values()];
    expect(perDay.some((list) => list.length >= 10)).toBe(true); // switching-heavy days
    expect(perDay.filter((list) => new Set(list.map((e) => e.projectId)).size >= 3).length).toBeGreaterThan(days.length / 2);
    const deepMornings = perDay.filter((list) =>
      list.some((e) => e.hat === 'production' && e.minutes >= 150 && minuteOfDay(new Date(e.startedAt)) < 600),
    );
    expect(deepMornings.length).toBeGreaterThan(days.length / 3);
    for (const list of perDay) {
      const sorted = [...list].sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
      for (let i = 1; i < sorted.length; i += 1) {
        expect(Date.parse(sorted[i - 1]!.startedAt) + sorted[i - 1]!.minutes * 60_000).toBeLessThanOrEqual(
          Date.parse(sorted[i]!.startedAt),
        );
      }
    }
    const first = agency.projects[0]!;
    expect(new Set(entries.filter((e) => e.projectId === first.id).map((e) => e.rateSnapshot))).toEqual(
      new Set([10_000, 11_000]),
    );
  });

  it('has tasks in every state, overdue and waiting ones, blocks this week and next, and drafts', () => {
    expect(agency.tasks.filter((t) => t.projectId === null)).toHaveLength(6);
    expect(new Set(agency.tasks.map((t) => t.status))).toEqual(new Set(['todo', 'doing', 'waiting', 'done']));
    expect(agency.tasks.some((t) => t.status !== 'done' && t.due !== undefined && t.due < TODAY)).toBe(true);
    expect(agency.tasks.some((t) => t.assignee !== 'me')).toBe(true);
    const weekStart = startOfWeek(TODAY, 1);
    const blockDays = new Set(agency.timeBlocks.map((b) => b.day));
    expect(blockDays.size).toBe(10);
    expect([...blockDays].every((d) => d >= weekStart && d <= addDays(weekStart, 13))).toBe(true);
    expect(new Set(agency.timeBlocks.map((b) => b.kind))).toEqual(
      new Set(['deep_work', 'client', 'pm_admin', 'meeting', 'break']),
    );
    expect(agency.updateDrafts.map((d) => d.status).sort()).toEqual(['draft', 'sent', 'sent', 'sent']);
  });
});

/**
 * Invoices agree with what they bill: every entry or expense stamped with an invoiceId is on a line of
 * that invoice, which is sent; every entry or expense on a sent invoice's lines carries its id; void
 * invoices and drafts stamp nothing. Payments: on sent invoices, dated from the issue day to today,
 * never more than the total. Numbers: unique, every sent or void invoice has one, drafts none.
 */
function expectConsistentInvoices(
  invoices: readonly Invoice[],
  payments: readonly Payment[],
  stamped: ReadonlyMap<string, string | undefined>,
  today: string,
) {
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const onSent = new Map<string, string>();
  for (const invoice of invoices) {
    expect(invoice.number === '', invoice.status).toBe(invoice.status === 'draft');
    for (const line of invoice.lines)
      for (const id of [...line.timeEntryIds, ...line.expenseIds]) if (invoice.status === 'sent') onSent.set(id, invoice.id);
  }
  for (const [id, invoiceId] of stamped) expect(invoiceId, id).toBe(onSent.get(id));
  for (const [id, invoiceId] of onSent) expect(stamped.get(id), id).toBe(invoiceId);
  const numbers = invoices.filter((invoice) => invoice.number !== '').map((invoice) => invoice.number);
  expect(new Set(numbers).size).toBe(numbers.length);
  const paid = new Map<string, number>();
  for (const payment of payments) {
    const invoice = byId.get(payment.invoiceId)!;
    expect(invoice.status).toBe('sent');
    expect(payment.currency).toBe(invoice.currency);
    expect(payment.date >= invoice.issueDate && payment.date <= today, payment.date).toBe(true);
    paid.set(invoice.id, (paid.get(invoice.id) ?? 0) + payment.amount);
  }
  for (const [id, amount] of paid) expect(amount).toBeLessThanOrEqual(invoiceTotals(byId.get(id)!).total);
}

function stampsOf(rows: readonly { id: string; invoiceId?: string | undefined }[]): Map<string, string | undefined> {
  return new Map(rows.map((row) => [row.id, row.invoiceId]));
}

describe('invoice records', () => {
  it('numbers sent and void invoices in issue order, restarting each year; drafts stay unnumbered; due after the terms', () => {
    const rng = new Rng(1);
    const plan = (id: string, issueDate: string, status: InvoicePlan['status']): InvoicePlan => ({
      id,
      clientId: 'c1',
      currency: toCurrencyCode('EUR'),
      issueDate: toDayKey(issueDate),
      status,
      lines: [amountLine(rng, { id: 'p1' }, 'Fee', 100)],
      basis: { from: toDayKey('2025-12-01'), to: toDayKey('2025-12-31'), projectIds: ['p1'], grouping: 'project', fixedFee: {} },
    });
    const records = invoiceRecords(
      [
        plan('a', '2026-01-03', 'sent'),
        plan('b', '2025-12-03', 'void'),
        plan('c', '2025-12-03', 'sent'),
        plan('d', '2026-01-05', 'draft'),
        plan('e', '2026-01-04', 'sent'),
      ],
      { invoiceNumberPattern: '{YYYY}-{seq:4}', paymentTermsDays: 14 },
    );
    expect(records.map((invoice) => [invoice.id, invoice.number])).toEqual([
      ['a', '2026-0001'],
      ['b', '2025-0001'],
      ['c', '2025-0002'],
      ['d', ''],
      ['e', '2026-0002'],
    ]);
    expect(records[0]).toMatchObject({ dueDate: '2026-01-17', sentAt: localDateAt(toDayKey('2026-01-03'), 600).toISOString() }); // 3 + 14
    expect(records[3]?.sentAt).toBeUndefined();
  });
});

describe('sample agency invoices', () => {
  const agency: GeneratedAgency = generateAgency({ today: TODAY, seed: 7 });
  const code = (invoice: Invoice) => agency.projects.find((project) => project.id === invoice.lines[0]?.projectId)?.code;

  it('has an invoice in every state, dated from today', () => {
    const states = agency.invoices.map((invoice) => invoiceStanding(invoice, agency.payments, TODAY));
    expect(new Set(states.map((standing) => standing.state))).toEqual(new Set(INVOICE_STATES));
    const byCode = new Map(agency.invoices.map((invoice, index) => [`${code(invoice)}:${invoice.status}`, states[index]!]));
    // SEO retainer: issued 75 days ago, due after net 30, so 75 − 30 = 45 days overdue and unpaid
    expect(byCode.get('BDS:sent')).toMatchObject({ state: 'overdue', daysOverdue: 45 });
    expect(byCode.get('BDS:sent')?.paid).toBe(0);
    // Intranet: issued 40 days ago, 10 days overdue
    expect(byCode.get('NPI:sent')).toMatchObject({ state: 'overdue', daysOverdue: 10 });
    expect(byCode.get('HHI:sent')?.state).toBe('partially_paid');
    expect(byCode.get('KLA:sent')?.state).toBe('sent');
    expect(byCode.get('AFS:sent')?.state).toBe('paid');
    expect(byCode.get('AFS:void')?.state).toBe('void');
    expect(byCode.get('AFW:draft')?.state).toBe('draft');
  });

  it('bills its own time and expenses consistently, numbered in issue order, void keeping its number', () => {
    expectConsistentInvoices(
      agency.invoices,
      agency.payments,
      new Map([...stampsOf(agency.timeEntries), ...stampsOf(agency.expenses)]),
      TODAY,
    );
    const numbered = agency.invoices.filter((invoice) => invoice.status !== 'draft');
    const byIssue = [...numbered].sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0));
    expect(byIssue.map((invoice) => invoice.number)).toEqual([...byIssue.map((invoice) => invoice.number)].sort());
    const store = agency.invoices.filter((invoice) => code(invoice) === 'AFS');
    expect(store.map((invoice) => invoice.status)).toEqual(['void', 'sent']);
    expect(store[0]!.lines.flatMap((line) => line.timeEntryIds)).toEqual(store[1]!.lines.flatMap((line) => line.timeEntryIds));
    // the draft bills the two rates of Website relaunch (raised 90 days ago) on two lines
    const draft = agency.invoices.find((invoice) => invoice.status === 'draft')!;
    expect(draft.lines.filter((line) => line.unit === 'hours').map((line) => line.unitPrice)).toEqual([10_000, 11_000]);
  });
});

describe('scale dataset', () => {
  const small = {
    clients: 6,
    projects: 25,
    timeEntries: 3_000,
    tasks: 400,
    timeBlocks: 300,
    expenses: 40,
    updateDrafts: 30,
    years: 2,
  };

  it('yields exact counts in bounded batches, deterministically, with valid records', { timeout: 60_000 }, () => {
    const count = (seed: number) => {
      const counts: Record<string, number> = {};
      const firstIds: string[] = [];
      for (const batch of generateScaleDataset({ today: TODAY, seed, batchSize: 700, counts: small })) {
        expect(batch.rows.length).toBeLessThanOrEqual(700);
        counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
        const head = batch.rows[0] as { id: string } | undefined;
        if (head) firstIds.push(head.id);
        expectValid(batch.table, batch.rows.slice(0, 50));
      }
      return { counts, firstIds };
    };
    const a = count(3);
    expect(a.counts.invoices).toBeGreaterThan(0);
    expect(a.counts.payments).toBeGreaterThan(0);
    const { invoices: _invoices, payments: _payments, ...exact } = a.counts;
    expect(exact).toEqual({
      settings: 1,
      teammates: 4,
      clients: 6,
      projects: 25,
      timeEntries: 3_000,
      imports: 1,
      expenses: 40,
      tasks: 400,
      timeBlocks: 300,
      updateDrafts: 30,
    });
    expect(count(3)).toEqual(a);
    expect(count(4).firstIds).not.toEqual(a.firstIds);
  });

  it('produces the full-size counts, with invoices in every state', { timeout: 60_000 }, () => {
    const counts: Record<string, number> = {};
    const invoices: Invoice[] = [];
    const payments: Payment[] = [];
    for (const batch of generateScaleDataset({ today: TODAY })) {
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
      if (batch.table === 'invoices') invoices.push(...batch.rows);
      if (batch.table === 'payments') payments.push(...batch.rows);
    }
    const states = invoices.map((invoice) => invoiceStanding(invoice, payments, TODAY).state);
    // today is 18 March: the latest sent month (January) fell due on 2 March, so its open invoices
    // are overdue, not sent or partially paid; February is billed in drafts only
    expect(new Set(states)).toEqual(new Set(['paid', 'overdue', 'void', 'draft']));
    // ten years of 12 months: about one invoice a month per client with work, so well over 120 × 10
    expect(invoices.length).toBeGreaterThan(1_200);
    expect(states.filter((state) => state === 'paid').length / states.length).toBeGreaterThan(0.8);
    expect(counts).toMatchObject({
      clients: SCALE_COUNTS.clients,
      projects: SCALE_COUNTS.projects,
      timeEntries: 200_000,
      tasks: 20_000,
      timeBlocks: 15_000,
    });
  });
});

describe('scale dataset invoices', () => {
  it('about one a month per client with billable work, stamping what they bill, in every state', { timeout: 60_000 }, () => {
    const rows: Partial<{ [K in DatasetTable]: unknown[] }> = {};
    for (const batch of generateScaleDataset({
      today: TODAY,
      seed: 11,
      counts: {
        clients: 6,
        projects: 30,
        timeEntries: 6_000,
        tasks: 10,
        timeBlocks: 10,
        expenses: 200,
        updateDrafts: 6,
        years: 2,
      },
    }))
      rows[batch.table] = [...(rows[batch.table] ?? []), ...batch.rows];
    const invoices = (rows.invoices ?? []) as Invoice[];
    const payments = (rows.payments ?? []) as Payment[];
    const entries = (rows.timeEntries ?? []) as GeneratedAgency['timeEntries'];
    const expenses = (rows.expenses ?? []) as GeneratedAgency['expenses'];
    expectValid('invoices', invoices);
    expectValid('payments', payments);
    expectConsistentInvoices(invoices, payments, new Map([...stampsOf(entries), ...stampsOf(expenses)]), TODAY);
    // at most one invoice a client a month, but for a void one reissued the same day
    const months = invoices
      .filter((invoice) => invoice.status !== 'void')
      .map((invoice) => `${invoice.clientId}|${invoice.basis?.from}`);
    expect(new Set(months).size).toBe(months.length);
    // two years of six clients: at most 6 × 24 = 144 months, most of them billed
    expect(months.length).toBeGreaterThan(60);
    expect(months.length).toBeLessThanOrEqual(144);
    const states = invoices.map((invoice) => invoiceStanding(invoice, payments, TODAY).state);
    const paid = states.filter((state) => state === 'paid').length;
    expect(paid / states.length).toBeGreaterThan(0.7);
    expect(states).toContain('overdue');
    // sent up to January; February (the month just ended) has drafts at most; March none
    const sentTo = toDayKey('2026-01-31');
    const sent = invoices.filter((invoice) => invoice.status !== 'draft');
    expect(sent.every((invoice) => (invoice.basis?.to ?? '') <= sentTo)).toBe(true);
    expect(invoices.filter((invoice) => invoice.status === 'draft').map((invoice) => invoice.basis?.from)).not.toContain(
      '2026-03-01',
    );
    expect(entries.filter((entry) => entry.invoiceId && entry.day > sentTo)).toEqual([]);
    expect(entries.filter((entry) => entry.day > sentTo).length).toBeGreaterThan(0);
  });
});
