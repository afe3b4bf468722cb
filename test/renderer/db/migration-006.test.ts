import { afterEach, describe, expect, it } from 'vitest';
import type Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, storesAtVersion } from '../../../src/renderer/src/db/schema';
import { applyEntryChanges, repairRollups, rollupTables } from '../../../src/renderer/src/db/rollups';
import { OWNER_PERSON_ID } from '../../../src/renderer/src/domain/model/person';
import { openCurrent, seedShippedVersion, uniqueDbName } from './migration-harness';
import { storedSwitchingDay, storedSwitchingDays } from './helpers';

const toClose: Dexie[] = [];
afterEach(async () => {
  for (const db of toClose.splice(0)) await db.delete();
});

const entry = (id: string, projectId: string, startedAt: string, minutes: number, hat: string, personId?: string) => ({
  id,
  projectId,
  startedAt,
  day: startedAt.slice(0, 10),
  minutes,
  hat,
  rateSnapshot: 12_000,
  billable: true,
  currency: 'EUR',
  note: '',
  source: { kind: 'manual' },
  ...(personId ? { personId } : {}),
});

/** Version 5's row of the owner's Monday: figures only, no entries. */
const V5_ROW = {
  day: '2026-03-02',
  personId: OWNER_PERSON_ID,
  entryCount: 2,
  hatMinutes: { production: 90, account: 30, project: 0 },
  projectRuns: ['p1', 'p2'],
  projectSwitches: 1,
  hatSwitches: 1,
  stretches: [90, 30],
  deepWorkMinutes: 90,
};

describe('migration 006: switching rows keep their entries', () => {
  it('changes no index', () => {
    expect(storesAtVersion(6)).toEqual(storesAtVersion(5));
  });

  it('rebuilds version 5’s rows with each day’s entries in order, per person, as a repair would; a later edit reads no entry back', async () => {
    const name = uniqueDbName('v5-to-v6');
    await seedShippedVersion(name, 5, async (raw) => {
      await raw.table('timeEntries').bulkAdd([
        entry('e2', 'p2', '2026-03-02T09:30:00.000Z', 30, 'account'),
        entry('e1', 'p1', '2026-03-02T08:00:00.000Z', 90, 'production'),
        entry('k1', 'p2', '2026-03-02T08:30:00.000Z', 45, 'project', 'kim'),
      ]);
      // Kim's day has no row: version 5 would have one, but the upgrade rebuilds from the entries.
      await raw.table('switchingDays').add(V5_ROW);
    });
    const db = await openCurrent(name);
    toClose.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const upgraded = await storedSwitchingDays(db);
    expect(upgraded).toEqual([
      { ...V5_ROW, personId: 'kim', entryCount: 1, hatMinutes: { production: 0, account: 0, project: 45 }, projectRuns: ['p2'], projectSwitches: 0, hatSwitches: 0, stretches: [45], deepWorkMinutes: 0, entries: [['k1', Date.parse('2026-03-02T08:30:00.000Z'), 45, 'p2', 'project']] },
      {
        ...V5_ROW,
        entries: [
          ['e1', Date.parse('2026-03-02T08:00:00.000Z'), 90, 'p1', 'production'],
          ['e2', Date.parse('2026-03-02T09:30:00.000Z'), 30, 'p2', 'account'],
        ],
      },
    ]);
    await repairRollups(db);
    expect(await storedSwitchingDays(db)).toEqual(upgraded);

    // An edit after the upgrade: the owner's row is recomputed from the entries it keeps.
    const stored = await db.timeEntries.get('e2');
    if (!stored) throw new Error('e2 is stored');
    const edited = { ...stored, projectId: 'p1', hat: 'production' as const };
    await db.transaction('rw', [db.timeEntries, ...rollupTables(db)], async () => {
      await db.timeEntries.put(edited);
      await applyEntryChanges(db, { removedEntries: [stored], addedEntries: [edited] });
    });
    expect(await storedSwitchingDay(db, '2026-03-02', OWNER_PERSON_ID)).toMatchObject({ projectRuns: ['p1'], projectSwitches: 0, hatSwitches: 0 });
  });
});
