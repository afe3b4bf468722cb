import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, declareSchema, storesAtVersion } from '../../../src/renderer/src/db/schema';
import type { Migration } from '../../../src/renderer/src/db/migrations/migration';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { entriesForDayRange } from '../../../src/renderer/src/db/queries/time';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { seedWorld } from './helpers';
import { indexNames, openCurrent, seedAtVersion, seedShippedVersion, uniqueDbName } from './migration-harness';

const toClose: Dexie[] = [];
afterEach(async () => {
  for (const db of toClose.splice(0)) await db.delete();
});

// A pre-release layout (Dexie version 0.5): fewer tables, entries indexed by day only.
const FIXTURE_VERSION = 0.5;
const FIXTURE_STORES = { clients: 'id', projects: 'id, clientId', timeEntries: 'id, day' };

describe('schema migrations', () => {
  it('declares a numbered chain ending at the current version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([...MIGRATIONS.map((m) => m.version)].sort((a, b) => a - b));
    expect(MIGRATIONS[0]?.name).toBe('initial');
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)?.version);
    expect(Object.keys(storesAtVersion(CURRENT_SCHEMA_VERSION))).toContain('projectMonths');
  });

  it('upgrades an older database to the current schema, keeping its rows and building the new indexes', async () => {
    const name = uniqueDbName('fixture');
    await seedAtVersion(name, FIXTURE_VERSION, FIXTURE_STORES, async (raw) => {
      await raw.table('clients').add({
        id: 'c1',
        name: 'Acme',
        currency: 'EUR',
        contacts: [],
        notes: '',
        owner: '',
        checkIns: [],
        opportunities: [],
        archived: false,
      });
      await raw.table('projects').add({
        id: 'p1',
        clientId: 'c1',
        name: 'Web',
        code: 'WEB',
        status: 'active',
        billing: 'time_and_materials',
        milestones: [],
        scopeItems: [],
        changeRequests: [],
        archived: false,
      });
      await raw.table('timeEntries').bulkAdd([
        {
          id: 'e1',
          projectId: 'p1',
          startedAt: '2026-03-02T08:00:00.000Z',
          day: '2026-03-02',
          minutes: 90,
          hat: 'production',
          billable: true,
          rateSnapshot: 10_000,
          currency: 'EUR',
          note: '',
          source: { kind: 'manual' },
        },
        {
          id: 'e2',
          projectId: 'p1',
          startedAt: '2026-03-03T08:00:00.000Z',
          day: '2026-03-03',
          minutes: 30,
          hat: 'account',
          billable: true,
          rateSnapshot: 10_000,
          currency: 'EUR',
          note: '',
          source: { kind: 'import', importId: 'i1', externalId: 'toggl:7' },
        },
      ]);
    });

    const db = await openCurrent(name);
    toClose.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.clients.count()).toBe(1);
    expect(indexNames(db, 'timeEntries')).toEqual(['[projectId+day]', 'day', 'source.externalId', 'source.importId', 'taskId']);
    // The compound and nested indexes were built over the rows that were already there.
    const byProject = await db.timeEntries
      .where('[projectId+day]')
      .between(['p1', '2026-03-01'], ['p1', '2026-03-31'])
      .primaryKeys();
    expect(byProject.sort()).toEqual(['e1', 'e2']);
    expect(await db.timeEntries.where('source.externalId').equals('toggl:7').primaryKeys()).toEqual(['e2']);
    expect(await db.projects.where('code').equals('WEB').count()).toBe(1);
    // New tables exist and work with the repositories.
    expect(await db.projectTotals.count()).toBe(0);
    await repairRollups(db);
    expect(await db.projectTotals.get('p1')).toMatchObject({
      minutes: 120,
      amountMinor: 20_000,
      firstDay: '2026-03-02',
      lastDay: '2026-03-03',
    });
    await timeEntriesRepo(db).create({ projectId: 'p1', day: '2026-03-04', minutes: 60 });
    expect((await entriesForDayRange(db, toDayKey('2026-03-02'), toDayKey('2026-03-04'))).map((e) => e.id).slice(0, 2)).toEqual([
      'e1',
      'e2',
    ]);
  });

  it('runs a later migration’s index change and upgrade function over data the current version wrote', async () => {
    // A stand-in for a future 002 file: adds an index and rewrites rows, as a real one would.
    const next: Migration = {
      version: CURRENT_SCHEMA_VERSION + 1,
      name: 'fixture-hat-index',
      stores: { timeEntries: 'id, [projectId+day], day, taskId, source.importId, source.externalId, hat' },
      upgrade: (tx) =>
        tx
          .table('timeEntries')
          .toCollection()
          .modify((entry: { note: string }) => {
            entry.note = entry.note || '(no note)';
          }),
    };
    const name = uniqueDbName('chain');
    const current: TandemDb = await openCurrent(name);
    const { web } = await seedWorld(current);
    await timeEntriesRepo(current).create({ projectId: web.id, day: '2026-03-02', minutes: 45, hat: 'project' });
    current.close();

    const upgraded = new Dexie(name);
    declareSchema(upgraded, [...MIGRATIONS, next]);
    await upgraded.open();
    toClose.push(upgraded);
    expect(upgraded.verno).toBe(next.version);
    expect(await upgraded.table('timeEntries').where('hat').equals('project').count()).toBe(1);
    expect((await upgraded.table('timeEntries').toArray()).map((e: { note: string }) => e.note)).toEqual(['(no note)']);
    expect(await upgraded.table('projectTotals').count()).toBe(1); // untouched tables keep their rows
  });

  it('seeds a shipped version with exactly the schema the app declares for it', async () => {
    const name = uniqueDbName('shipped');
    let seeded: Record<string, string[]> = {};
    await seedShippedVersion(name, CURRENT_SCHEMA_VERSION, async (raw) => {
      seeded = Object.fromEntries(raw.tables.map((table) => [table.name, indexNames(raw, table.name)]));
      await raw.table('tasks').add({
        id: 't1',
        title: 'Inbox item',
        notes: '',
        projectId: null,
        hat: 'account',
        status: 'todo',
        assignee: 'me',
        order: 0,
      });
    });
    const db = await openCurrent(name);
    toClose.push(db);
    const declared = Object.fromEntries(db.tables.map((table) => [table.name, indexNames(db, table.name)]));
    expect(seeded).toEqual(declared);
    expect(Object.keys(declared)).toHaveLength(21); // version 2 added daySwitching, version 4 invoices and payments, version 5 the four sync tables
    expect(await db.tasks.where('status').equals('todo').primaryKeys()).toEqual(['t1']);
  });
});
