import { describe, expect, it } from 'vitest';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { switchingDay } from '../../../src/renderer/src/db/queries/switching-day';
import { switchingRange } from '../../../src/renderer/src/db/queries/switching-range';
import { todaySwitching } from '../../../src/renderer/src/db/queries/switching-today';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { teammatesRepo } from '../../../src/renderer/src/db/repositories/teammates-repo';
import { timeBlocksRepo } from '../../../src/renderer/src/db/repositories/time-blocks-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { timerRepo } from '../../../src/renderer/src/db/repositories/timer-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import { summarizeRange } from '../../../src/renderer/src/domain/switching/range-summary';
import { addDays, toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../src/renderer/src/domain/time/wall-clock';
import { OWNER_PERSON_ID } from '../../../src/renderer/src/domain/model/person';
import { freshDb, seedWorld, storedSwitchingDay, storedSwitchingDays } from './helpers';

const MONDAY = toDayKey('2026-03-02');
const at = (minute: number) => localDateAt(MONDAY, minute).toISOString();

describe('switching reads', () => {
  it('keeps the day’s row up to date through create, retime, move, delete and restore', async () => {
    const db = freshDb();
    const { web, ads } = await seedWorld(db);
    const entries = timeEntriesRepo(db);
    const first = await entries.create({ projectId: web.id, startedAt: at(540), minutes: 60 });
    const second = await entries.create({ projectId: ads.id, startedAt: at(600), minutes: 30, hat: 'account' });
    expect(await storedSwitchingDay(db, MONDAY, OWNER_PERSON_ID)).toMatchObject({ projectSwitches: 1, hatSwitches: 1, stretches: [60, 30] });

    // Moving the ADS entry before the WEB one changes the order, not any sum.
    await entries.update(second.id, { startedAt: at(510) }); // 08:30–09:00, right before WEB
    expect(await storedSwitchingDay(db, MONDAY, OWNER_PERSON_ID)).toMatchObject({ projectRuns: [ads.id, web.id], stretches: [30, 60] });
    await entries.update(second.id, { projectId: web.id });
    expect(await storedSwitchingDay(db, MONDAY, OWNER_PERSON_ID)).toMatchObject({ projectSwitches: 0, stretches: [90] });

    const item = await trashRepo(db).moveToTrash('timeEntries', first.id);
    expect(await storedSwitchingDay(db, MONDAY, OWNER_PERSON_ID)).toMatchObject({ entryCount: 1, stretches: [30] });
    await entries.delete(second.id);
    expect(await storedSwitchingDay(db, MONDAY, OWNER_PERSON_ID)).toBeUndefined();
    await trashRepo(db).restore(item.id);
    expect(await storedSwitchingDay(db, MONDAY, OWNER_PERSON_ID)).toMatchObject({ entryCount: 1, stretches: [60], deepWorkMinutes: 60 });
  });

  it('keeps rows equal to a rebuild when an import lands on many days that already have entries', async () => {
    const db = freshDb();
    const { web, ads } = await seedWorld(db);
    const days = Array.from({ length: 200 }, (_, index) => addDays(MONDAY, index));
    // Every other day already has an entry: the import adds to those 100 (read back as two dense
    // key ranges of 64 and 36 days) and starts 100 others (read from the import itself).
    for (const day of days.filter((_, index) => index % 2 === 0)) {
      await timeEntriesRepo(db).create({ projectId: web.id, startedAt: localDateAt(day, 540).toISOString(), minutes: 60 });
    }
    // A teammate's entries on every third day: their rows come back with the owner's in those key
    // ranges and must be neither recomputed nor taken for the owner's.
    const kim = await teammatesRepo(db).create({ name: 'Kim' });
    await settingsRepo(db).update({ devicePersonId: kim.id });
    for (const day of days.filter((_, index) => index % 3 === 0)) {
      await timeEntriesRepo(db).create({ projectId: web.id, startedAt: localDateAt(day, 600).toISOString(), minutes: 30 });
    }
    const kimsRows = (await storedSwitchingDays(db)).filter((row) => row.personId === kim.id);
    await settingsRepo(db).update({ devicePersonId: OWNER_PERSON_ID });
    await timeEntriesRepo(db).bulkImport(
      days.map((day, index) => ({
        projectId: ads.id,
        day,
        startedAt: localDateAt(day, 600).toISOString(),
        minutes: 45,
        externalId: `bulk:${index}`,
      })),
      { source: 'toggl', fileName: 'history.csv', importedAt: new Date(2026, 5, 1).toISOString(), rowCount: days.length },
    );
    const incremental = await storedSwitchingDays(db);
    const owners = incremental.filter((row) => row.personId === OWNER_PERSON_ID);
    expect(owners).toHaveLength(200);
    expect(owners.filter((row) => row.projectSwitches === 1)).toHaveLength(100);
    expect(kimsRows).toHaveLength(67);
    expect(incremental.filter((row) => row.personId === kim.id)).toEqual(kimsRows);
    await repairRollups(db);
    expect(await storedSwitchingDays(db)).toEqual(incremental);
  });

  it('counts client switches with the projects’ current clients, so moving a project needs no rewrite', async () => {
    const db = freshDb();
    const { web, app, acme } = await seedWorld(db);
    await timeEntriesRepo(db).create({ projectId: web.id, startedAt: at(540), minutes: 30 });
    await timeEntriesRepo(db).create({ projectId: app.id, startedAt: at(570), minutes: 30 });
    const read = async () => summarizeRange((await switchingRange(db, MONDAY, MONDAY)).input).totals;
    expect(await read()).toMatchObject({ projectSwitches: 1, clientSwitches: 0, distinctClients: 1 });
    expect(acme.currency).toBe('EUR');
    const initech = await clientsRepo(db).create({ name: 'Initech', currency: 'EUR' });
    await projectsRepo(db).updateProject(app.id, { clientId: initech.id });
    expect(await read()).toMatchObject({ projectSwitches: 1, clientSwitches: 1, distinctClients: 2 });
    expect((await todaySwitching(db, MONDAY)).clientSwitches).toBe(1);
  });

  it('reads a range’s rows from a week before it, and the plan’s figures for the range', async () => {
    const db = freshDb();
    const { web, ads } = await seedWorld(db);
    for (const day of ['2026-02-23', '2026-02-24', '2026-03-02', '2026-03-09']) {
      await timeEntriesRepo(db).create({ projectId: web.id, day, minutes: 30 });
      await timeEntriesRepo(db).create({ projectId: ads.id, day, minutes: 30 });
    }
    await timeBlocksRepo(db).create({ day: MONDAY, startMinute: 540, endMinute: 660, kind: 'deep_work', projectId: web.id });
    const { input, settings } = await switchingRange(db, MONDAY, toDayKey('2026-03-08'));
    expect(input.rows.map((row) => row.day)).toEqual(['2026-02-24', '2026-03-02']); // 6 days before, for the 7-day average
    expect([...input.planned.keys()]).toEqual([MONDAY]);
    expect(input.planned.get(MONDAY)?.deepWorkMinutes).toBe(120);
    expect(input.settings).toEqual({
      deepWorkTargetMinutes: settings.deepWorkTargetMinutes,
      minutesLostPerSwitch: settings.minutesLostPerSwitch,
      weekStart: settings.weekStart,
    });
  });

  it('gives today’s figures from the rollup, or with the running timer as a provisional entry', async () => {
    const db = freshDb();
    const { web, ads } = await seedWorld(db);
    expect(await todaySwitching(db, MONDAY)).toMatchObject({ hasWork: false, projectSwitches: 0, deepWorkTargetMinutes: 180 });
    await timeEntriesRepo(db).create({ projectId: web.id, startedAt: at(540), minutes: 75 });
    await timerRepo(db).start({ projectId: ads.id, hat: 'account' }, localDateAt(MONDAY, 660));
    const now = localDateAt(MONDAY, 700);
    expect(await todaySwitching(db, MONDAY)).toMatchObject({ hasWork: true, projectSwitches: 0, includesRunningTimer: false });
    expect(await todaySwitching(db, MONDAY, now)).toMatchObject({
      projectSwitches: 1,
      clientSwitches: 1,
      hatSwitches: 1,
      deepWorkMinutes: 75,
      minutesLost: 10,
      longestStretch: 75,
      includesRunningTimer: true,
    });
    // A timer from another day does not count towards this one.
    expect(await todaySwitching(db, toDayKey('2026-03-03'), localDateAt(toDayKey('2026-03-03'), 60))).toMatchObject({
      hasWork: false,
      includesRunningTimer: false,
    });
  });

  it('reads one day’s sequence with its projects and clients', async () => {
    const db = freshDb();
    const { web, ads, globex } = await seedWorld(db);
    await timeEntriesRepo(db).create({ projectId: ads.id, startedAt: at(600), minutes: 30 });
    await timeEntriesRepo(db).create({ projectId: web.id, startedAt: at(540), minutes: 60 });
    await timeBlocksRepo(db).create({ day: MONDAY, startMinute: 720, endMinute: 780, kind: 'break' });
    const day = await switchingDay(db, MONDAY);
    expect(day.entries.map((entry) => entry.projectId)).toEqual([web.id, ads.id]);
    expect(day.blocks).toHaveLength(1);
    expect(day.clients.get(globex.id)?.name).toBe('Globex');
    expect(day.row?.projectSwitches).toBe(1);
  });
});
