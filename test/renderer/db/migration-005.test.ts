import { afterEach, describe, expect, it } from 'vitest';
import type Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, storesAtVersion } from '../../../src/renderer/src/db/schema';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { OWNER_PERSON_ID } from '../../../src/renderer/src/domain/model/person';
import { indexNames, openCurrent, seedShippedVersion, uniqueDbName } from './migration-harness';
import { storedSwitchingDays } from './helpers';

const toClose: Dexie[] = [];
afterEach(async () => {
  for (const db of toClose.splice(0)) await db.delete();
});

/** A few rows of a version 4 database, as version 4 stored them. */
const V4_ROWS: Record<string, Record<string, unknown>[]> = {
  clients: [{ id: 'c1', name: 'Acme', currency: 'EUR', contacts: [] }],
  timeEntries: [
    { id: 'e1', projectId: 'p1', startedAt: '2026-03-02T08:00:00.000Z', day: '2026-03-02', minutes: 90, hat: 'production', rateSnapshot: 12_000, billable: true, source: { kind: 'manual' } },
    { id: 'e2', projectId: 'p2', startedAt: '2026-03-02T09:30:00.000Z', day: '2026-03-02', minutes: 30, hat: 'account', rateSnapshot: 12_000, billable: true, source: { kind: 'manual' } },
  ],
  settings: [{ id: 'settings', agencyName: 'Studio', theme: 'dark' }],
  invoices: [{ id: 'v1', clientId: 'c1', status: 'sent', number: '2026-0001' }],
  projectTotals: [{ projectId: 'p1', minutes: 90 }],
};

describe('migration 005: sync tables, switching per person', () => {
  it('adds exactly the outbox, syncState, syncConflicts and syncQuarantine tables, and moves daySwitching to switchingDays', () => {
    const { daySwitching, ...v4 } = storesAtVersion(4);
    expect(daySwitching).toBe('day');
    expect(storesAtVersion(5)).toEqual({
      ...v4,
      outbox: '++seq, &key',
      syncState: 'key',
      syncConflicts: 'id, key',
      syncQuarantine: 'id, key',
      switchingDays: '[day+personId]',
    });
  });

  it('rebuilds version 4’s day rows as the owner’s rows, and leaves the entries as they were (no personId: the owner’s)', async () => {
    const name = uniqueDbName('v4-switching');
    await seedShippedVersion(name, 4, async (raw) => {
      await raw.table('timeEntries').bulkAdd(V4_ROWS.timeEntries ?? []);
      // a stale row: the upgrade rebuilds from the entries, as a repair would
      await raw.table('daySwitching').add({ day: '2026-03-02', entryCount: 9 });
    });
    const db = await openCurrent(name);
    toClose.push(db);
    expect(db.tables.map((table) => table.name)).not.toContain('daySwitching');
    expect(await storedSwitchingDays(db)).toEqual([
      {
        day: '2026-03-02',
        personId: OWNER_PERSON_ID,
        entryCount: 2,
        hatMinutes: { production: 90, account: 30, project: 0 },
        projectRuns: ['p1', 'p2'],
        projectSwitches: 1,
        hatSwitches: 1,
        stretches: [90, 30],
        deepWorkMinutes: 90,
        // since version 6 a row keeps its entries, in the day's order
        entries: [
          ['e1', Date.parse('2026-03-02T08:00:00.000Z'), 90, 'p1', 'production'],
          ['e2', Date.parse('2026-03-02T09:30:00.000Z'), 30, 'p2', 'account'],
        ],
      },
    ]);
    expect(await db.timeEntries.toArray()).toEqual(V4_ROWS.timeEntries);
    const upgraded = await storedSwitchingDays(db);
    await repairRollups(db);
    expect(await storedSwitchingDays(db)).toEqual(upgraded);
  });

  it('keeps every row of a version 4 database and adds the four tables empty, with their indexes, and sync off', async () => {
    const name = uniqueDbName('v4-to-v5');
    await seedShippedVersion(name, 4, async (raw) => {
      expect(raw.tables.map((table) => table.name)).not.toContain('outbox');
      for (const [table, rows] of Object.entries(V4_ROWS)) await raw.table(table).bulkAdd(rows);
    });

    const db = await openCurrent(name);
    toClose.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(V4_ROWS)) expect(await db.table(table).toArray(), table).toEqual(rows);
    for (const table of ['outbox', 'syncState', 'syncConflicts', 'syncQuarantine']) expect(await db.table(table).count(), table).toBe(0);
    expect(indexNames(db, 'outbox')).toEqual(['key']);
    expect(db.outbox.schema.primKey.auto).toBe(true);
    expect(db.outbox.schema.idxByName.key?.unique).toBe(true);
    expect(indexNames(db, 'syncConflicts')).toEqual(['key']);
    expect(indexNames(db, 'syncQuarantine')).toEqual(['key']);
    // Sync stays off after the upgrade: a write records nothing.
    await db.clients.put({ id: 'c2', name: 'Globex', currency: 'USD', contacts: [] } as never);
    expect(await db.outbox.count()).toBe(0);
  });
});
