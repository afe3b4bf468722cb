import { beforeEach, describe, expect, it } from 'vitest';
import { listClientsWithTotals } from '../../../src/renderer/src/db/queries/clients';
import { getProjectDetail, listProjects } from '../../../src/renderer/src/db/queries/projects';
import { dayTotals, entriesForDayRange, expensesForDayRange } from '../../../src/renderer/src/db/queries/time';
import { projectDays } from '../../../src/renderer/src/db/rollup-store';
import { blocksForDayRange, blocksForProject, openTasksDueBy, tasksWithStatus } from '../../../src/renderer/src/db/queries/plan';
import { getRunningTimer, getSettings } from '../../../src/renderer/src/db/queries/singletons';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { tasksRepo } from '../../../src/renderer/src/db/repositories/tasks-repo';
import { timeBlocksRepo } from '../../../src/renderer/src/db/repositories/time-blocks-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { timerRepo } from '../../../src/renderer/src/db/repositories/timer-repo';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { pinZone } from '../../support/vitest-clock';
import { freshDb, seedWorld } from './helpers';
import type { TandemDb } from '../../../src/renderer/src/db/db';

const d = toDayKey;

async function seedQueries(db: TandemDb) {
  const world = await seedWorld(db);
  const entries = timeEntriesRepo(db);
  // Around the Berlin spring-forward night (2026-03-29).
  await entries.create({ projectId: world.web.id, startedAt: '2026-03-28T08:00:00.000Z', minutes: 60 });
  await entries.create({ projectId: world.web.id, startedAt: '2026-03-29T07:00:00.000Z', minutes: 30, billable: false });
  await entries.create({ projectId: world.web.id, startedAt: '2026-03-29T06:00:00.000Z', minutes: 45 });
  await entries.create({ projectId: world.app.id, startedAt: '2026-03-30T12:00:00.000Z', minutes: 120 });
  await entries.create({ projectId: world.ads.id, startedAt: '2026-03-31T12:00:00.000Z', minutes: 60 });
  await projectsRepo(db).createExpense({ projectId: world.web.id, day: '2026-03-30', amount: 1_500 });
  return world;
}

describe('queries', () => {
  // The seed's instants sit around Berlin's spring-forward night, and their local days are Berlin's.
  beforeEach(() => pinZone('Europe/Berlin'));

  it('lists clients with totals per currency, searchable', async () => {
    const db = freshDb();
    const { acme, globex } = await seedQueries(db);
    await clientsRepo(db).saveContact(globex.id, { name: 'Hank', email: 'hank@globex.test' });
    const all = await listClientsWithTotals(db);
    expect(
      all.map((row) => [row.client.name, row.projectCount, row.minutes, row.billableMinutes, row.spent, row.lastDay]),
    ).toEqual([
      ['Acme', 2, 255, 225, [{ currency: 'EUR', minor: 12_000 + 6_000 + 9_000 + 1_500 + 20_000 }], '2026-03-30'],
      ['Globex', 1, 60, 60, [{ currency: 'USD', minor: 9_000 }], '2026-03-31'],
    ]);
    // Uninvoiced: Acme's time-and-materials Website only (billable 12000 + 9000, the expense 1500; the
    // fixed-fee App bills a fee); Globex has only a retainer
    expect(all.map((row) => row.uninvoiced)).toEqual([[{ currency: 'EUR', minor: 12_000 + 9_000 + 1_500 }], []]);
    expect((await listClientsWithTotals(db, { search: 'ACM' })).map((row) => row.client.id)).toEqual([acme.id]);
    expect((await listClientsWithTotals(db, { search: 'hank@' })).map((row) => row.client.id)).toEqual([globex.id]);
    await clientsRepo(db).setArchived(globex.id, true);
    expect(await listClientsWithTotals(db)).toHaveLength(1);
    expect(await listClientsWithTotals(db, { includeArchived: true })).toHaveLength(2);
  });

  it('lists projects by client and status with totals, and gives a project’s detail', async () => {
    const db = freshDb();
    const { acme, web, app } = await seedQueries(db);
    await projectsRepo(db).setStatus(app.id, 'active');
    expect(
      (await listProjects(db, { clientId: acme.id })).map((row) => [row.project.code, row.totals.minutes, row.client?.name]),
    ).toEqual([
      ['APP', 120, 'Acme'],
      ['WEB', 135, 'Acme'],
    ]);
    expect((await listProjects(db, { status: 'active' })).map((row) => row.project.code)).toEqual(['APP']);
    const fresh = await projectsRepo(db).createProject({ clientId: acme.id, name: 'Later', code: 'LATER', billing: 'fixed_fee' });
    expect((await listProjects(db, { clientId: acme.id })).find((row) => row.project.id === fresh.id)?.totals).toMatchObject({
      minutes: 0,
      currency: 'EUR',
      firstDay: null,
    });

    await tasksRepo(db).create({ title: 'Second', projectId: web.id, order: 2 });
    await tasksRepo(db).create({ title: 'First', projectId: web.id, order: 1 });
    await timeBlocksRepo(db).create({
      day: '2026-04-01',
      startMinute: 540,
      endMinute: 600,
      kind: 'deep_work',
      projectId: web.id,
    });
    const detail = await getProjectDetail(db, web.id, 2);
    expect(detail?.days.map((row) => [row.day, row.minutes, row.expensesMinor])).toEqual([
      ['2026-03-28', 60, 0],
      ['2026-03-29', 75, 0],
      ['2026-03-30', 0, 1_500],
    ]);
    expect(detail?.tasks.map((t) => t.title)).toEqual(['First', 'Second']);
    expect(detail?.blocks).toHaveLength(1);
    expect(detail?.expenses).toHaveLength(1);
    expect(detail?.recentEntries.map((e) => e.startedAt)).toEqual(['2026-03-29T07:00:00.000Z', '2026-03-29T06:00:00.000Z']);
    expect(await getProjectDetail(db, 'missing')).toBeUndefined();
  });

  it('reads entries and day totals over a range that crosses a DST change', async () => {
    const db = freshDb();
    const { web } = await seedQueries(db);
    const range = await entriesForDayRange(db, d('2026-03-29'), d('2026-03-30'));
    expect(range.map((e) => [e.day, e.startedAt])).toEqual([
      ['2026-03-29', '2026-03-29T06:00:00.000Z'],
      ['2026-03-29', '2026-03-29T07:00:00.000Z'],
      ['2026-03-30', '2026-03-30T12:00:00.000Z'],
    ]);
    expect(await entriesForDayRange(db, d('2026-03-28'), d('2026-03-31'), web.id)).toHaveLength(3);
    expect(await entriesForDayRange(db, d('2026-03-31'), d('2026-03-28'))).toEqual([]);
    expect((await expensesForDayRange(db, d('2026-03-28'), d('2026-03-30'))).map((x) => x.amount)).toEqual([1_500]);
    const totals = await dayTotals(db, d('2026-03-27'), d('2026-03-31'));
    expect(totals.map((row) => [row.day, row.minutes, row.billableMinutes, row.amounts, row.expenses])).toEqual([
      ['2026-03-27', 0, 0, [], []],
      ['2026-03-28', 60, 60, [{ currency: 'EUR', minor: 12_000 }], []],
      ['2026-03-29', 75, 45, [{ currency: 'EUR', minor: 15_000 }], []],
      ['2026-03-30', 120, 120, [{ currency: 'EUR', minor: 20_000 }], [{ currency: 'EUR', minor: 1_500 }]],
      ['2026-03-31', 60, 60, [{ currency: 'USD', minor: 9_000 }], []],
    ]);
    expect((await projectDays(db, web.id, d('2026-03-29'))).map((row) => row.day)).toEqual(['2026-03-29', '2026-03-30']);
  });

  it('reads plans, due tasks and singletons', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await timeBlocksRepo(db).create({ day: '2026-03-03', startMinute: 600, endMinute: 660, kind: 'meeting' });
    await timeBlocksRepo(db).create({ day: '2026-03-02', startMinute: 900, endMinute: 960, kind: 'client', projectId: web.id });
    await timeBlocksRepo(db).create({
      day: '2026-03-02',
      startMinute: 540,
      endMinute: 600,
      kind: 'deep_work',
      projectId: web.id,
    });
    expect((await blocksForDayRange(db, d('2026-03-02'), d('2026-03-03'))).map((b) => [b.day, b.startMinute])).toEqual([
      ['2026-03-02', 540],
      ['2026-03-02', 900],
      ['2026-03-03', 600],
    ]);
    expect(await blocksForProject(db, web.id, d('2026-03-03'))).toEqual([]);
    await tasksRepo(db).create({ title: 'Late', due: '2026-03-01' });
    await tasksRepo(db).create({ title: 'Today', due: '2026-03-02', status: 'waiting' });
    await tasksRepo(db).create({ title: 'Done late', due: '2026-03-01', status: 'done' });
    await tasksRepo(db).create({ title: 'Later', due: '2026-03-09' });
    expect((await openTasksDueBy(db, d('2026-03-02'))).map((t) => t.title)).toEqual(['Late', 'Today']);
    expect((await tasksWithStatus(db, 'waiting')).map((t) => t.title)).toEqual(['Today']);
    expect((await getSettings(db)).defaultRate).toBe(10_000);
    expect(await getRunningTimer(db)).toBeUndefined();
    await timerRepo(db).start({ projectId: web.id });
    expect((await getRunningTimer(db))?.projectId).toBe(web.id);
  });
});
