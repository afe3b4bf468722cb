import { describe, expect, it } from 'vitest';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { costRatesRepo } from '../../../src/renderer/src/db/repositories/cost-rates-repo';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { teammatesRepo } from '../../../src/renderer/src/db/repositories/teammates-repo';
import { timeBlocksRepo } from '../../../src/renderer/src/db/repositories/time-blocks-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { timerRepo } from '../../../src/renderer/src/db/repositories/timer-repo';
import { timeRangeView } from '../../../src/renderer/src/db/queries/time-week';
import { planDay } from '../../../src/renderer/src/db/queries/plan-board';
import { reminderDay } from '../../../src/renderer/src/db/queries/reminders-day';
import { switchingRange } from '../../../src/renderer/src/db/queries/switching-range';
import { todaySwitching } from '../../../src/renderer/src/db/queries/switching-today';
import { OWNER_PERSON_ID } from '../../../src/renderer/src/domain/model/person';
import { summarizeRange } from '../../../src/renderer/src/domain/switching/range-summary';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../src/renderer/src/domain/time/wall-clock';
import { freshDb, rollupSnapshot, seedWorld, storedSwitchingDays } from './helpers';

// People: entries and blocks are stamped with the device's person, edits keep it, views filter by
// it, and the switching rollup is one row per person per day, equal to a repair.

const MONDAY = toDayKey('2026-03-02');
const at = (minute: number) => localDateAt(MONDAY, minute).toISOString();

async function agencyOfTwo() {
  const db = freshDb();
  const world = await seedWorld(db);
  const kim = await teammatesRepo(db).create({ name: 'Kim' });
  return { db, ...world, kim };
}

describe('who logged it', () => {
  it('stamps manual, timer, imported entries and new blocks with the device’s person; edits keep it', async () => {
    const { db, web, ads, kim } = await agencyOfTwo();
    const entries = timeEntriesRepo(db);
    const mine = await entries.create({ projectId: web.id, startedAt: at(540), minutes: 60 });
    expect(mine.personId).toBe(OWNER_PERSON_ID);

    await settingsRepo(db).update({ devicePersonId: kim.id });
    const kims = await entries.create({ projectId: ads.id, startedAt: at(540), minutes: 30 });
    await timerRepo(db).start({ projectId: web.id }, localDateAt(MONDAY, 600));
    const [timed] = await timerRepo(db).stop(localDateAt(MONDAY, 645));
    const { importRecord } = await entries.bulkImport(
      [{ projectId: web.id, startedAt: at(700), day: MONDAY, minutes: 20, externalId: 'toggl:1' }],
      { source: 'toggl', fileName: 'time.csv', importedAt: '2026-03-02T18:00:00.000Z', rowCount: 1 },
    );
    const imported = await db.timeEntries.where('source.importId').equals(importRecord.id).first();
    const block = await timeBlocksRepo(db).create({ day: MONDAY, startMinute: 540, endMinute: 600, kind: 'deep_work' });
    expect([kims.personId, timed?.personId, imported?.personId, block.personId]).toEqual([kim.id, kim.id, kim.id, kim.id]);

    // Kim's computer edits the owner's entry and a block: they stay whose they were.
    expect((await entries.update(mine.id, { minutes: 90, personId: kim.id } as never)).personId).toBe(OWNER_PERSON_ID);
    await settingsRepo(db).update({ devicePersonId: OWNER_PERSON_ID });
    expect((await timeBlocksRepo(db).update(block.id, { endMinute: 660 })).personId).toBe(kim.id);
  });

  it('costs an entry at its person’s rate, and saving a teammate’s rates costs only their entries', async () => {
    const { db, web, kim } = await agencyOfTwo();
    await costRatesRepo(db).saveMine([{ from: '2026-01-01', rate: 6_000 }]);
    const mine = await timeEntriesRepo(db).create({ projectId: web.id, startedAt: at(540), minutes: 60 });
    await settingsRepo(db).update({ devicePersonId: kim.id });
    const kims = await timeEntriesRepo(db).create({ projectId: web.id, startedAt: at(660), minutes: 60 });
    expect(mine.costSnapshot).toBe(6_000);
    expect(kims.costSnapshot).toBeUndefined(); // Kim has no rate yet

    const saved = await costRatesRepo(db).saveTeammate(kim.id, [{ from: '2026-01-01', rate: 3_000 }]);
    expect(saved.stamped).toBe(1);
    expect((await db.timeEntries.get(kims.id))?.costSnapshot).toBe(3_000);
    expect((await db.timeEntries.get(mine.id))?.costSnapshot).toBe(6_000);
    // Moving Kim's entry to another day takes Kim's rate of that day, whoever's computer moves it.
    await settingsRepo(db).update({ devicePersonId: OWNER_PERSON_ID });
    expect((await timeEntriesRepo(db).update(kims.id, { day: '2026-03-03' })).costSnapshot).toBe(3_000);
    // 60 × 60 / 60 + 60 × 30 / 60 = 6000 + 3000
    expect((await db.projectTotals.get(web.id))?.costMinor).toBe(9_000);
  });
});

describe('mine and everyone', () => {
  /** Monday: the owner WEB 09:00–10:00 then ADS 10:00–10:30; Kim ADS 09:30–10:00, an old entry (no person) APP 11:00–11:30. */
  async function monday() {
    const agency = await agencyOfTwo();
    const { db, web, app, ads, kim } = agency;
    const entries = timeEntriesRepo(db);
    await entries.create({ projectId: web.id, startedAt: at(540), minutes: 60 });
    await entries.create({ projectId: ads.id, startedAt: at(600), minutes: 30, hat: 'account' });
    await timeBlocksRepo(db).create({ day: MONDAY, startMinute: 540, endMinute: 660, kind: 'deep_work', projectId: web.id });
    // An entry stored before people existed: no personId, so the owner's.
    const { personId: _stamped, ...old } = await entries.create({ projectId: app.id, startedAt: at(660), minutes: 30 });
    await db.timeEntries.put(old);
    await repairRollups(db);
    await settingsRepo(db).update({ devicePersonId: kim.id });
    await entries.create({ projectId: ads.id, startedAt: at(570), minutes: 30 });
    await timeBlocksRepo(db).create({ day: MONDAY, startMinute: 540, endMinute: 600, kind: 'client', projectId: ads.id });
    return agency;
  }

  it('keeps one switching row per person per day, equal to a repair', async () => {
    const { db, kim, web, app, ads } = await monday();
    const rows = await storedSwitchingDays(db);
    expect(rows.map((row) => [row.day, row.personId, row.projectRuns])).toEqual(
      [
        [MONDAY, OWNER_PERSON_ID, [web.id, ads.id, app.id]],
        [MONDAY, kim.id, [ads.id]],
      ].sort((a, b) => (String(a[1]) < String(b[1]) ? -1 : 1)),
    );
    const incremental = await rollupSnapshot(db);
    await repairRollups(db);
    expect(await rollupSnapshot(db)).toEqual(incremental);
    // Deleting Kim's only entry removes Kim's row and leaves the owner's.
    const kims = await db.timeEntries.filter((entry) => entry.personId === kim.id).first();
    await timeEntriesRepo(db).delete(kims?.id ?? '');
    expect((await storedSwitchingDays(db)).map((row) => row.personId)).toEqual([OWNER_PERSON_ID]);
  });

  it('shows one person’s entries, totals, blocks and switching, or everyone’s summed', async () => {
    const { db, kim } = await monday();
    const kimsWeek = await timeRangeView(db, MONDAY, MONDAY, kim.id);
    expect(kimsWeek.entries).toHaveLength(1);
    expect([kimsWeek.minutes, kimsWeek.byProject.length]).toEqual([30, 1]);
    const ownersWeek = await timeRangeView(db, MONDAY, MONDAY, OWNER_PERSON_ID);
    expect([ownersWeek.entries.length, ownersWeek.minutes]).toEqual([3, 120]); // the entry without a person is the owner's
    const everyone = await timeRangeView(db, MONDAY, MONDAY);
    expect([everyone.entries.length, everyone.minutes]).toEqual([4, 150]);

    expect((await planDay(db, MONDAY, kim.id)).blocks.map((block) => block.kind)).toEqual(['client']);
    expect((await planDay(db, MONDAY)).blocks).toHaveLength(2);
    // Reminders on Kim's computer are Kim's blocks only.
    expect((await reminderDay(db, MONDAY)).blocks.map((block) => block.kind)).toEqual(['client']);

    // The owner: WEB → ADS → APP, 2 switches; Kim: none. Everyone: 2 + 0, never a switch between them.
    const totals = async (person?: string) => summarizeRange((await switchingRange(db, MONDAY, MONDAY, person)).input).totals;
    expect(await totals(OWNER_PERSON_ID)).toMatchObject({ workedDays: 1, projectSwitches: 2, clientSwitches: 2 });
    expect(await totals(kim.id)).toMatchObject({ workedDays: 1, projectSwitches: 0, clientSwitches: 0 });
    // Summed: the owner's two client switches; Kim's ADS after the owner's APP is not a third.
    expect(await totals()).toMatchObject({ workedDays: 1, projectSwitches: 2, clientSwitches: 2, stretchCount: 4 });
    expect((await todaySwitching(db, MONDAY, undefined, kim.id)).projectSwitches).toBe(0);
    expect((await todaySwitching(db, MONDAY)).projectSwitches).toBe(2);
  });
});
