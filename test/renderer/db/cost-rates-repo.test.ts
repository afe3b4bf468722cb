import { describe, expect, it } from 'vitest';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { costRatesRepo } from '../../../src/renderer/src/db/repositories/cost-rates-repo';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { teammatesRepo } from '../../../src/renderer/src/db/repositories/teammates-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { timerRepo } from '../../../src/renderer/src/db/repositories/timer-repo';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../src/renderer/src/domain/time/wall-clock';
import { fieldErrorsOfCall, freshDb, rollupSnapshot, seedWorld, storedProjectDay } from './helpers';

// The user's cost: 40.00/h from 1 March 2026, 55.00/h from 1 July 2026.
const RATES = [
  { from: '2026-03-01', rate: 4_000 },
  { from: '2026-07-01', rate: 5_500 },
];

describe('each entry’s cost is fixed when logged', () => {
  it('a manual entry, a timer’s entry and an imported row take the rate in force on their day', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await settingsRepo(db).update({ costRates: RATES });
    const entries = timeEntriesRepo(db);

    const march = await entries.create({ projectId: web.id, day: '2026-03-02', minutes: 90 });
    const july = await entries.create({ projectId: web.id, day: '2026-07-01', minutes: 30 });
    const february = await entries.create({ projectId: web.id, day: '2026-02-27', minutes: 60 });
    expect(march.costSnapshot).toBe(4_000);
    expect(july.costSnapshot).toBe(5_500); // the new rate's first day
    expect(february.costSnapshot).toBeUndefined(); // before the first rate: no cost known

    // 09:00–10:30 on 6 July in the run's zone (a UTC instant is 5 July in Pago Pago): 90 minutes on 2026-07-06
    await timerRepo(db).start({ projectId: web.id }, localDateAt(toDayKey('2026-07-06'), 9 * 60));
    const [timed] = await timerRepo(db).stop(localDateAt(toDayKey('2026-07-06'), 10 * 60 + 30));
    expect(timed).toMatchObject({ day: '2026-07-06', minutes: 90, costSnapshot: 5_500 });

    const { importRecord } = await entries.bulkImport(
      [{ projectId: web.id, startedAt: '2026-06-30T08:00:00.000Z', day: '2026-06-30', minutes: 60, externalId: 'toggl:1' }],
      { source: 'toggl', fileName: 'time.csv', importedAt: '2026-07-06T11:00:00.000Z', rowCount: 1 },
    );
    const imported = await db.timeEntries.where('source.importId').equals(importRecord.id).first();
    expect(imported?.costSnapshot).toBe(4_000);

    // cost = 90 × 40 / 60 + 30 × 55 / 60 + 90 × 55 / 60 + 60 × 40 / 60 = 6000 + 2750 + 8250 + 4000 = 21000
    expect((await db.projectTotals.get(web.id))?.costMinor).toBe(21_000);
  });

  it('moving an entry to another day takes that day’s rate; other edits keep the cost', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await settingsRepo(db).update({ costRates: RATES });
    const entries = timeEntriesRepo(db);
    const entry = await entries.create({ projectId: web.id, day: '2026-06-30', minutes: 60 });
    expect((await entries.update(entry.id, { minutes: 120 })).costSnapshot).toBe(4_000);
    expect((await entries.update(entry.id, { day: '2026-07-02' })).costSnapshot).toBe(5_500);
    // 120 × 55 / 60 = 11000
    expect((await db.projectTotals.get(web.id))?.costMinor).toBe(11_000);
    expect(await rollupSnapshot(db)).toEqual(await repairedSnapshot(db));
  });
});

describe('costRatesRepo.saveMine', () => {
  it('saves the history and costs the entries that have none, leaving the costed ones, in step with the rollups', async () => {
    const db = freshDb();
    const { web, ads } = await seedWorld(db);
    const entries = timeEntriesRepo(db);
    // logged before any cost rate: no cost
    const feb = await entries.create({ projectId: web.id, day: '2026-02-27', minutes: 60 });
    const mar = await entries.create({ projectId: web.id, day: '2026-03-02', minutes: 90 });
    const aug = await entries.create({ projectId: ads.id, day: '2026-08-03', minutes: 45 });
    expect((await db.projectTotals.get(web.id))?.costMinor).toBe(0);

    const saved = await costRatesRepo(db).saveMine([RATES[1]!, RATES[0]!]);
    expect(saved.settings.costRates).toEqual(RATES); // oldest first
    expect(saved.stamped).toBe(2); // March and August; February is before the first rate
    expect((await db.timeEntries.get(feb.id))?.costSnapshot).toBeUndefined();
    expect((await db.timeEntries.get(mar.id))?.costSnapshot).toBe(4_000);
    expect((await db.timeEntries.get(aug.id))?.costSnapshot).toBe(5_500);
    // web: 90 × 40 / 60 = 6000; ads (USD, but cost is the user's, in the home currency): 45 × 55 / 60 = 4125
    expect((await db.projectTotals.get(web.id))?.costMinor).toBe(6_000);
    expect((await db.projectTotals.get(ads.id))?.costMinor).toBe(4_125);
    expect(await storedProjectDay(db, web.id, '2026-03-02')).toMatchObject({ costMinor: 6_000 });
    expect(await rollupSnapshot(db)).toEqual(await repairedSnapshot(db));

    // A rate from January reaches February's entry; March keeps 40.00 although January's is 30.00.
    const again = await costRatesRepo(db).saveMine([{ from: '2026-01-01', rate: 3_000 }, ...RATES]);
    expect(again.stamped).toBe(1);
    expect((await db.timeEntries.get(feb.id))?.costSnapshot).toBe(3_000);
    // changing a rate never re-costs an entry that has a cost
    const changed = await costRatesRepo(db).saveMine([{ from: '2026-01-01', rate: 9_900 }]);
    expect(changed.stamped).toBe(0);
    expect((await db.timeEntries.get(mar.id))?.costSnapshot).toBe(4_000);
    // web: February 60 × 30 / 60 = 3000, plus March's 6000 = 9000
    expect((await db.projectTotals.get(web.id))?.costMinor).toBe(9_000);
    expect(await rollupSnapshot(db)).toEqual(await repairedSnapshot(db));
  });

  it('refuses an invalid history and changes nothing', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 90 });
    const before = await rollupSnapshot(db);
    expect(
      await fieldErrorsOfCall(() =>
        costRatesRepo(db).saveMine([
          { from: '2026-03-01', rate: 4_000 },
          { from: '2026-03-01', rate: 5_000 },
        ]),
      ),
    ).toEqual({ 'costRates.1.from': 'Another cost rate already starts on this day' });
    expect((await settingsRepo(db).get()).costRates).toEqual([]);
    expect((await db.timeEntries.toArray())[0]?.costSnapshot).toBeUndefined();
    expect(await rollupSnapshot(db)).toEqual(before);
  });

  it('saveTeammate keeps a teammate’s own history', async () => {
    const db = freshDb();
    const kim = await teammatesRepo(db).create({ name: 'Kim' });
    expect(kim.costRates).toEqual([]);
    const saved = await costRatesRepo(db).saveTeammate(kim.id, [{ from: '2026-05-01', rate: 4_500 }]);
    expect((await db.teammates.get(kim.id))?.costRates).toEqual([{ from: '2026-05-01', rate: 4_500 }]);
    expect(saved.teammate.costRates).toEqual([{ from: '2026-05-01', rate: 4_500 }]);
    expect(saved.stamped).toBe(0);
  });
});

/** The rollups as a rebuild from scratch computes them (the rebuild replaces the tables, so it is read after). */
async function repairedSnapshot(db: Parameters<typeof repairRollups>[0]) {
  await repairRollups(db);
  return rollupSnapshot(db);
}
