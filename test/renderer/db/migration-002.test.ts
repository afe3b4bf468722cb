import { afterEach, describe, expect, it } from 'vitest';
import type Dexie from 'dexie';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { CURRENT_SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../src/renderer/src/domain/time/wall-clock';
import { OWNER_PERSON_ID } from '../../../src/renderer/src/domain/model/person';
import { indexNames, openCurrent, seedShippedVersion, uniqueDbName } from './migration-harness';
import { storedSwitchingDay, storedSwitchingDays } from './helpers';

const toClose: Dexie[] = [];
afterEach(async () => {
  for (const db of toClose.splice(0)) await db.delete();
});

const MONDAY = toDayKey('2026-03-02');
const TUESDAY = toDayKey('2026-03-03');

function entry(id: string, projectId: string, day: typeof MONDAY, startMinute: number, minutes: number, hat = 'production') {
  return {
    id,
    projectId,
    startedAt: localDateAt(day, startMinute).toISOString(),
    day,
    minutes,
    hat,
    billable: true,
    rateSnapshot: 10_000,
    currency: 'EUR',
    note: '',
    source: { kind: 'manual' },
  };
}

/** An entry as a switching row keeps it. */
function kept(id: string, projectId: string, day: typeof MONDAY, startMinute: number, minutes: number, hat = 'production') {
  return [id, localDateAt(day, startMinute).getTime(), minutes, projectId, hat];
}

describe('migration 002: the daySwitching rollup', () => {
  it('builds a row per day from the entries a version 1 database holds', async () => {
    const name = uniqueDbName('v1-to-v2');
    await seedShippedVersion(name, 1, async (raw) => {
      expect(raw.tables.map((table) => table.name)).not.toContain('daySwitching');
      const client = { currency: 'EUR', contacts: [], notes: '', owner: '', checkIns: [], opportunities: [], archived: false };
      await raw.table('clients').bulkAdd([
        { ...client, id: 'c1', name: 'Acme' },
        { ...client, id: 'c2', name: 'Globex' },
      ]);
      const project = {
        status: 'active',
        billing: 'time_and_materials',
        milestones: [],
        scopeItems: [],
        changeRequests: [],
        archived: false,
      };
      await raw.table('projects').bulkAdd([
        { ...project, id: 'p1', clientId: 'c1', name: 'Web', code: 'WEB' },
        { ...project, id: 'p2', clientId: 'c1', name: 'App', code: 'APP' },
        { ...project, id: 'p3', clientId: 'c2', name: 'Ads', code: 'ADS' },
      ]);
      await raw.table('timeEntries').bulkAdd([
        // Monday: WEB 90 (deep), APP 30 (account), ADS 20, WEB 1 (ignored, under 2 minutes)
        entry('e1', 'p1', MONDAY, 540, 90),
        entry('e2', 'p2', MONDAY, 630, 30, 'account'),
        entry('e3', 'p3', MONDAY, 660, 20, 'account'),
        entry('e4', 'p1', MONDAY, 680, 1),
        // Tuesday: one project all day
        entry('e5', 'p1', TUESDAY, 540, 120),
        entry('e6', 'p1', TUESDAY, 663, 60),
      ]);
    });

    const db: TandemDb = await openCurrent(name);
    toClose.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // Version 5 keeps switching per person, version 7 a month to a row (switchingMonths, [month+personId]):
    // these entries are the owner's.
    expect(indexNames(db, 'switchingMonths')).toEqual([]); // only the primary key
    expect(await storedSwitchingDays(db)).toEqual([
      {
        day: MONDAY,
        entryCount: 4,
        hatMinutes: { production: 91, account: 50, project: 0 },
        projectRuns: ['p1', 'p2', 'p3'],
        projectSwitches: 2,
        hatSwitches: 1,
        stretches: [90, 30, 20],
        deepWorkMinutes: 90,
        personId: OWNER_PERSON_ID,
        // since version 6 a row keeps its entries, in the day's order
        entries: [kept('e1', 'p1', MONDAY, 540, 90), kept('e2', 'p2', MONDAY, 630, 30, 'account'), kept('e3', 'p3', MONDAY, 660, 20, 'account'), kept('e4', 'p1', MONDAY, 680, 1)],
      },
      {
        day: TUESDAY,
        entryCount: 2,
        hatMinutes: { production: 180, account: 0, project: 0 },
        projectRuns: ['p1'],
        projectSwitches: 0,
        hatSwitches: 0,
        stretches: [180],
        deepWorkMinutes: 180,
        personId: OWNER_PERSON_ID,
        entries: [kept('e5', 'p1', TUESDAY, 540, 120), kept('e6', 'p1', TUESDAY, 663, 60)],
      },
    ]);

    // What the upgrade wrote is what a repair writes, and later writes keep it up to date.
    const upgraded = await storedSwitchingDays(db);
    await repairRollups(db);
    expect(await storedSwitchingDays(db)).toEqual(upgraded);
    await timeEntriesRepo(db).create({ projectId: 'p3', day: TUESDAY, minutes: 15, hat: 'account' });
    expect(await storedSwitchingDay(db, TUESDAY, OWNER_PERSON_ID)).toMatchObject({ projectRuns: ['p1', 'p3'], projectSwitches: 1, hatSwitches: 1 });
  });

  it('upgrades a version 1 database without entries to an empty rollup', async () => {
    const name = uniqueDbName('v1-empty');
    await seedShippedVersion(name, 1, async () => undefined);
    const db = await openCurrent(name);
    toClose.push(db);
    expect((await storedSwitchingDays(db)).length).toBe(0);
  });
});
