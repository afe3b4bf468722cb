import { afterEach, describe, expect, it } from 'vitest';
import type Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, storesAtVersion } from '../../../src/renderer/src/db/schema';
import { applyEntryChanges, rollupTables } from '../../../src/renderer/src/db/rollups';
import { projectDays } from '../../../src/renderer/src/db/rollup-store';
import { zeroFigures } from '../../../src/renderer/src/domain/rollup-figures';
import { indexNames, openCurrent, seedShippedVersion, uniqueDbName } from './migration-harness';

// Version 7 packs version 6's per-day rollup rows a month to a row, losing none and changing none.

const toClose: Dexie[] = [];
afterEach(async () => {
  for (const db of toClose.splice(0)) await db.delete();
});

const projectDay = (projectId: string, day: string, minutes: number) => ({
  ...zeroFigures(),
  projectId,
  day,
  currency: 'EUR',
  minutes,
  entryCount: 1,
});
const switchingDay = (day: string, personId: string, minutes: number) => ({
  day,
  personId,
  entryCount: 1,
  stretches: [minutes],
  entries: [],
});

describe('migration 007: rollups stored by month', () => {
  it('replaces the day tables by month tables, keyed by project (or month) and month (or person)', () => {
    const stores = storesAtVersion(7);
    expect(stores).not.toHaveProperty('projectDays');
    expect(stores).not.toHaveProperty('switchingDays');
    expect(stores.projectMonths).toBe('[projectId+month], month');
    expect(stores.switchingMonths).toBe('[month+personId]');
  });

  it('packs every stored day into its month row, in day order, and the app reads the same days back', async () => {
    const name = uniqueDbName('v6-to-v7');
    const v6ProjectDays = [
      projectDay('p1', '2026-02-28', 30),
      projectDay('p1', '2026-03-02', 60),
      projectDay('p1', '2026-03-31', 15),
      projectDay('p2', '2026-03-02', 45),
    ];
    await seedShippedVersion(name, 6, async (raw) => {
      await raw.table('projectDays').bulkAdd(v6ProjectDays);
      await raw
        .table('switchingDays')
        .bulkAdd([
          switchingDay('2026-03-31', 'owner', 15),
          switchingDay('2026-03-02', 'owner', 60),
          switchingDay('2026-03-02', 'kim', 45),
        ]);
    });
    const db = await openCurrent(name);
    toClose.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name)).not.toContain('projectDays');
    expect(indexNames(db, 'projectMonths')).toEqual(['month']);

    expect(await db.projectMonths.toArray()).toEqual([
      { projectId: 'p1', month: '2026-02', days: [v6ProjectDays[0]] },
      { projectId: 'p1', month: '2026-03', days: [v6ProjectDays[1], v6ProjectDays[2]] },
      { projectId: 'p2', month: '2026-03', days: [v6ProjectDays[3]] },
    ]);
    expect(await db.switchingMonths.toArray()).toEqual([
      { month: '2026-03', personId: 'kim', days: [switchingDay('2026-03-02', 'kim', 45)] },
      {
        month: '2026-03',
        personId: 'owner',
        days: [switchingDay('2026-03-02', 'owner', 60), switchingDay('2026-03-31', 'owner', 15)],
      },
    ]);
    expect(await projectDays(db, 'p1', '2026-02-28' as never, '2026-03-02' as never)).toEqual(v6ProjectDays.slice(0, 2));
  });

  it('a change after the upgrade rewrites its month and leaves the others as they were', async () => {
    const name = uniqueDbName('v6-to-v7-edit');
    await seedShippedVersion(name, 6, async (raw) => {
      await raw.table('projectDays').bulkAdd([projectDay('p1', '2026-02-28', 30), projectDay('p1', '2026-03-02', 60)]);
    });
    const db = await openCurrent(name);
    toClose.push(db);
    const february = await db.projectMonths.get(['p1', '2026-02']);
    await db.transaction('rw', [db.timeEntries, ...rollupTables(db)], async () => {
      await applyEntryChanges(
        db,
        {
          addedExpenses: [
            {
              id: 'x1',
              projectId: 'p1',
              day: '2026-03-02',
              amount: 500,
              currency: 'EUR',
              billable: false,
              category: 'software',
              note: '',
            } as never,
          ],
        },
        { switching: false },
      );
    });
    expect(await db.projectMonths.get(['p1', '2026-02'])).toEqual(february);
    expect((await db.projectMonths.get(['p1', '2026-03']))?.days).toMatchObject([
      { day: '2026-03-02', minutes: 60, expensesMinor: 500 },
    ]);
  });
});
