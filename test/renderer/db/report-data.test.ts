import { describe, expect, it } from 'vitest';
import { listReportClients, listReportProjects, loadReportSource } from '../../../src/renderer/src/db/queries/report-data';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { tasksRepo } from '../../../src/renderer/src/db/repositories/tasks-repo';
import { timeBlocksRepo } from '../../../src/renderer/src/db/repositories/time-blocks-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { freshDb, seedWorld } from './helpers';

// The Reports screen's reads: who can get a report, which projects, and per chosen project the
// rollups, tasks, blocks from today and only the period's entries.

const TODAY = toDayKey('2026-03-18');
const PERIOD = { from: toDayKey('2026-03-01'), to: TODAY };

async function seed(db: TandemDb) {
  const world = await seedWorld(db);
  const projects = projectsRepo(db);
  const entries = timeEntriesRepo(db);
  await db.projects.update(world.web.id, { status: 'active' });
  const done = await projects.createProject({
    clientId: world.acme.id,
    name: 'Brochure',
    code: 'BRO',
    billing: 'fixed_fee',
    status: 'done',
  });
  const archived = await projects.createProject({ clientId: world.acme.id, name: 'Archived', code: 'ARC', billing: 'fixed_fee' });
  await db.projects.update(archived.id, { archived: true });
  await clientsRepo(db).create({ name: 'Zeta (gone)', currency: 'EUR', archived: true });
  await entries.create({ projectId: world.web.id, day: '2026-02-27', minutes: 60, note: 'Before the period' });
  await entries.create({ projectId: world.web.id, day: '2026-03-01', minutes: 30, note: 'First day' });
  await entries.create({ projectId: world.web.id, day: '2026-03-18', minutes: 45, note: 'Last day' });
  await entries.create({ projectId: world.app.id, day: '2026-03-05', minutes: 120, note: 'App work' });
  await tasksRepo(db).create({ title: 'Send copy', projectId: world.web.id, status: 'waiting' });
  const blocks = timeBlocksRepo(db);
  await blocks.create({ day: '2026-03-17', startMinute: 540, endMinute: 600, kind: 'deep_work', projectId: world.web.id });
  await blocks.create({ day: '2026-03-18', startMinute: 540, endMinute: 600, kind: 'deep_work', projectId: world.web.id });
  return { ...world, done, archived };
}

describe('report reads', () => {
  it('lists the clients that are not archived, by name', async () => {
    const db = freshDb();
    await seed(db);
    expect((await listReportClients(db)).map((client) => client.name)).toEqual(['Acme', 'Globex']);
  });

  it('lists a client’s projects, active first, without archived ones', async () => {
    const db = freshDb();
    const world = await seed(db);
    // WEB is active; APP is planned (the default); BRO is done
    expect((await listReportProjects(db, world.acme.id)).map((project) => project.code)).toEqual(['WEB', 'APP', 'BRO']);
  });

  it('loads each chosen project with all its rollup days, its tasks, blocks from today and the period’s entries', async () => {
    const db = freshDb();
    const world = await seed(db);
    const source = await loadReportSource(db, {
      clientId: world.acme.id,
      // in the order chosen; another client's project is ignored
      projectIds: [world.app.id, world.web.id, world.ads.id],
      period: PERIOD,
      today: TODAY,
    });
    expect(source?.client.name).toBe('Acme');
    expect(source?.settings.defaultRate).toBe(10_000);
    expect(source?.projects.map((item) => item.project.code)).toEqual(['APP', 'WEB']);
    const web = source?.projects[1];
    expect(web?.entries.map((entry) => entry.note)).toEqual(['First day', 'Last day']);
    expect(web?.days.map((row) => [row.day, row.minutes])).toEqual([
      ['2026-02-27', 60],
      ['2026-03-01', 30],
      ['2026-03-18', 45],
    ]);
    expect(web?.totals.minutes).toBe(135);
    expect(web?.blocks.map((block) => block.day)).toEqual(['2026-03-18']);
    expect(web?.tasks.map((task) => [task.title, task.status])).toEqual([['Send copy', 'waiting']]);
    expect(source?.projects[0]?.entries.map((entry) => entry.minutes)).toEqual([120]);
  });

  it('gives empty totals for a project with nothing logged, and null for a client that is gone', async () => {
    const db = freshDb();
    const world = await seed(db);
    const source = await loadReportSource(db, {
      clientId: world.acme.id,
      projectIds: [world.done.id],
      period: PERIOD,
      today: TODAY,
    });
    expect(source?.projects[0]?.totals).toMatchObject({ minutes: 0, amountMinor: 0, expensesMinor: 0 });
    expect(
      await loadReportSource(db, { clientId: 'missing', projectIds: [world.web.id], period: PERIOD, today: TODAY }),
    ).toBeNull();
  });
});
