import { afterEach, describe, expect, it } from 'vitest';
import type Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, storesAtVersion } from '../../../src/renderer/src/db/schema';
import { indexNames, openCurrent, seedShippedVersion, uniqueDbName } from './migration-harness';
import { storedProjectDays } from './helpers';

const toClose: Dexie[] = [];
afterEach(async () => {
  for (const db of toClose.splice(0)) await db.delete();
});

/** One row for every table a version 3 database holds, as version 3 stored them. */
const V3_ROWS: Record<string, Record<string, unknown>[]> = {
  clients: [{ id: 'c1', name: 'Acme', currency: 'EUR', contacts: [] }],
  projects: [{ id: 'p1', clientId: 'c1', name: 'Web', code: 'WEB', status: 'active', billing: 'time_and_materials' }],
  timeEntries: [
    { id: 'e1', projectId: 'p1', day: '2026-03-02', minutes: 90, rate: 12_000, billable: true, source: { kind: 'manual' } },
  ],
  expenses: [{ id: 'x1', projectId: 'p1', day: '2026-03-02', amount: 4_500, currency: 'EUR', billable: true, note: 'Fonts' }],
  tasks: [{ id: 't1', projectId: 'p1', title: 'Launch', status: 'todo', due: '2026-03-10', order: 0 }],
  timeBlocks: [{ id: 'b1', projectId: 'p1', day: '2026-03-03', taskIds: ['t1'] }],
  updateDrafts: [{ id: 'u1', clientId: 'c1', periodStart: '2026-03-01', periodEnd: '2026-03-07', body: '', status: 'draft' }],
  teammates: [
    { id: 'm1', name: 'Ana' },
    { id: 'm2', name: 'Ben', role: 'Developer', costRate: 4_500 },
    { id: 'm3', name: 'Cleo', costRate: 0 },
  ],
  settings: [{ id: 'settings', agencyName: 'Studio', defaultRate: 10_000 }],
  timer: [{ id: 'timer', projectId: 'p1', startedAt: '2026-03-02T08:00:00.000Z' }],
  imports: [{ id: 'i1', fileName: 'time.csv' }],
  trash: [
    {
      id: 'tr1',
      table: 'tasks',
      recordId: 't9',
      label: 'Task “Old”',
      deletedAt: '2026-03-01T08:00:00.000Z',
      payload: { records: {}, cleared: [] },
    },
    {
      id: 'tr2',
      table: 'teammates',
      recordId: 'm9',
      label: 'Teammate “Dee”',
      deletedAt: '2026-03-01T09:00:00.000Z',
      payload: { records: { teammates: [{ id: 'm9', name: 'Dee', costRate: 6_000 }] }, cleared: [] },
    },
  ],
  projectTotals: [{ projectId: 'p1', minutes: 90 }],
  projectDays: [{ projectId: 'p1', day: '2026-03-02', minutes: 90 }],
  daySwitching: [{ day: '2026-03-02', switches: 0 }],
};

describe('migration 004: invoices and payments', () => {
  it('the version 3 tables are the ones seeded here, and version 4 adds exactly invoices and payments', () => {
    expect(Object.keys(storesAtVersion(3)).sort()).toEqual(Object.keys(V3_ROWS).sort());
    expect(storesAtVersion(4)).toEqual({
      ...storesAtVersion(3),
      invoices: 'id, clientId, status, number',
      payments: 'id, invoiceId',
    });
  });

  it('keeps every row a version 3 database holds, zero-fills the new rollup figures and adds the two tables empty, with their indexes', async () => {
    const name = uniqueDbName('v3-to-v4');
    await seedShippedVersion(name, 3, async (raw) => {
      expect(raw.tables.map((table) => table.name)).not.toContain('invoices');
      for (const [table, rows] of Object.entries(V3_ROWS)) await raw.table(table).bulkAdd(rows);
    });

    const db = await openCurrent(name);
    toClose.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // daySwitching: version 5 replaces it with switchingDays, per person (migration-005.test.ts).
    const CHANGED = ['projectTotals', 'projectDays', 'teammates', 'trash', 'daySwitching'];
    for (const [table, rows] of Object.entries(V3_ROWS)) {
      if (CHANGED.includes(table)) continue;
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    // The rollup rows keep every figure and gain the three version 4 adds, as 0.
    const added = { invoicedAmountMinor: 0, invoicedExpensesMinor: 0, costMinor: 0, costedEntryCount: 0 };
    expect(await db.projectTotals.toArray()).toEqual([{ ...V3_ROWS.projectTotals?.[0], ...added }]);
    expect(await storedProjectDays(db)).toEqual([{ ...V3_ROWS.projectDays?.[0], ...added }]);
    // A teammate's single cost rate becomes a history of one rate from the earliest day; 0 or none, no history.
    expect(await db.teammates.orderBy('id').toArray()).toEqual([
      { id: 'm1', name: 'Ana', costRates: [] },
      { id: 'm2', name: 'Ben', role: 'Developer', costRates: [{ from: '1970-01-01', rate: 4_500 }] },
      { id: 'm3', name: 'Cleo', costRates: [] },
    ]);
    // …and so does a teammate waiting in the trash, so restoring it keeps the rate; other trash is untouched.
    const trash = await db.trash.orderBy('id').toArray();
    expect(trash[0]).toEqual(V3_ROWS.trash?.[0]);
    expect(trash[1]?.payload.records.teammates).toEqual([
      { id: 'm9', name: 'Dee', costRates: [{ from: '1970-01-01', rate: 6_000 }] },
    ]);
    expect(await db.invoices.count()).toBe(0);
    expect(await db.payments.count()).toBe(0);
    expect(indexNames(db, 'invoices')).toEqual(['clientId', 'number', 'status']);
    expect(indexNames(db, 'payments')).toEqual(['invoiceId']);
    expect(await db.tasks.where('[status+due]').equals(['todo', '2026-03-10']).primaryKeys()).toEqual(['t1']);
  });
});
