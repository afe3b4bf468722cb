import { describe, expect, it } from 'vitest';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { tasksRepo } from '../../../src/renderer/src/db/repositories/tasks-repo';
import { timeBlocksRepo } from '../../../src/renderer/src/db/repositories/time-blocks-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { timerRepo } from '../../../src/renderer/src/db/repositories/timer-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import { updateDraftsRepo } from '../../../src/renderer/src/db/repositories/update-drafts-repo';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { importEntries } from '../../../src/renderer/src/db/repositories/entries-import';
import { listTrash } from '../../../src/renderer/src/db/trash/list-trash';
import { dataSnapshot, fieldErrorsOfCall, freshDb, seedWorld } from './helpers';
import type { TandemDb } from '../../../src/renderer/src/db/db';

async function seedActivity(db: TandemDb) {
  const world = await seedWorld(db);
  const { web, app, acme } = world;
  const inboxTask = await tasksRepo(db).create({ title: 'Ask for logo files', hat: 'account' });
  const webTask = await tasksRepo(db).create({ title: 'Wireframes', projectId: web.id });
  const appTask = await tasksRepo(db).create({ title: 'Store listing', projectId: app.id });
  const entries = timeEntriesRepo(db);
  const e1 = await entries.create({ projectId: web.id, taskId: webTask.id, day: '2026-03-02', minutes: 90 });
  const e2 = await entries.create({ projectId: web.id, taskId: inboxTask.id, day: '2026-03-03', minutes: 30, hat: 'account' });
  const e3 = await entries.create({ projectId: app.id, taskId: appTask.id, day: '2026-03-03', minutes: 60 });
  await projectsRepo(db).createExpense({ projectId: web.id, day: '2026-03-03', amount: 2_000 });
  await timeBlocksRepo(db).create({
    day: '2026-03-04',
    startMinute: 540,
    endMinute: 660,
    kind: 'deep_work',
    projectId: web.id,
    taskIds: [webTask.id],
  });
  const free = await timeBlocksRepo(db).create({
    day: '2026-03-04',
    startMinute: 700,
    endMinute: 760,
    kind: 'pm_admin',
    taskIds: [webTask.id, appTask.id],
  });
  await updateDraftsRepo(db).create({ clientId: acme.id, periodStart: '2026-03-02', periodEnd: '2026-03-06' });
  await timerRepo(db).start({ projectId: web.id, taskId: webTask.id }, new Date(2026, 2, 4, 14));
  return { ...world, inboxTask, webTask, appTask, e1, e2, e3, free };
}

describe('trashRepo', () => {
  it('moves a project with all its dependents into one trash item and restores it exactly', async () => {
    const db = freshDb();
    const { web, app, free, webTask, appTask } = await seedActivity(db);
    const before = await dataSnapshot(db);

    const item = await projectsRepo(db).deleteProject(web.id);
    expect(item.label).toBe('Project “WEB Website” with 2 time entries, 1 expense, 1 task, 1 time block and 1 running timer');
    expect(await db.projects.get(web.id)).toBeUndefined();
    expect(await db.timeEntries.where('[projectId+day]').between([web.id, ''], [web.id, '\uffff']).count()).toBe(0);
    expect(await db.expenses.count()).toBe(0);
    expect(await db.timer.count()).toBe(0);
    expect((await db.timeBlocks.get(free.id))?.taskIds).toEqual([appTask.id]); // the link to the trashed task is cleared
    expect(await db.projectTotals.get(web.id)).toBeUndefined();
    expect(await db.projectTotals.get(app.id)).toMatchObject({ minutes: 60 });
    expect(await db.tasks.get(webTask.id)).toBeUndefined();

    await trashRepo(db).restore(item.id);
    const after = await dataSnapshot(db);
    expect(after.timeBlocks).toEqual(before.timeBlocks);
    expect(after).toEqual(before);
    expect(await db.trash.count()).toBe(0);
  });

  it('round-trips a whole client', async () => {
    const db = freshDb();
    const { acme } = await seedActivity(db);
    const before = await dataSnapshot(db);
    const item = await clientsRepo(db).delete(acme.id);
    expect(item.label).toBe(
      'Client “Acme” with 2 projects, 3 time entries, 1 expense, 2 tasks, 1 time block, 1 running timer and 1 update draft',
    );
    expect(await db.projects.count()).toBe(1);
    expect(await db.timeBlocks.count()).toBe(1);
    await trashRepo(db).restore(item.id);
    expect(await dataSnapshot(db)).toEqual(before);
  });

  it('clears and restores task links when a task is deleted', async () => {
    const db = freshDb();
    const { inboxTask, e2 } = await seedActivity(db);
    const before = await dataSnapshot(db);
    const item = await tasksRepo(db).delete(inboxTask.id);
    expect((await db.timeEntries.get(e2.id))?.taskId).toBeUndefined();
    expect(item.payload.cleared).toEqual([
      { table: 'timeEntries', recordId: e2.id, field: 'taskId', value: inboxTask.id, kind: 'value' },
    ]);
    await trashRepo(db).restore(item.id);
    expect(await dataSnapshot(db)).toEqual(before);
  });

  it('refuses a restore whose parent is gone, changing nothing, and allows it once the parent is back', async () => {
    const db = freshDb();
    const { web, e1 } = await seedActivity(db);
    const entryItem = await timeEntriesRepo(db).delete(e1.id);
    const projectItem = await projectsRepo(db).deleteProject(web.id);
    const before = await dataSnapshot(db);
    expect(await fieldErrorsOfCall(() => trashRepo(db).restore(entryItem.id))).toEqual({
      '': 'Its project has been deleted since. Restore the project first.',
    });
    expect(await dataSnapshot(db)).toEqual(before);
    expect((await listTrash(db)).map((item) => item.id).sort()).toEqual([projectItem.id, entryItem.id].sort());
    await trashRepo(db).restore(projectItem.id);
    await trashRepo(db).restore(entryItem.id);
    expect(await db.projectTotals.get(web.id)).toMatchObject({ minutes: 120, entryCount: 2, expensesMinor: 2_000 });
  });

  it('refuses a restore when the project code was taken meanwhile', async () => {
    const db = freshDb();
    const { web, acme } = await seedActivity(db);
    const item = await projectsRepo(db).deleteProject(web.id);
    const taker = await projectsRepo(db).createProject({ clientId: acme.id, name: 'New web', code: 'WEB', billing: 'fixed_fee' });
    expect(await fieldErrorsOfCall(() => trashRepo(db).restore(item.id))).toEqual({
      code: 'Another project now uses the code WEB. Change that code, then restore.',
    });
    await projectsRepo(db).updateProject(taker.id, { code: 'WEB2' });
    await trashRepo(db).restore(item.id);
    expect((await db.projects.get(web.id))?.code).toBe('WEB');
  });

  it('does not bring back a timer while another one runs', async () => {
    const db = freshDb();
    const { web, app } = await seedActivity(db);
    const item = await projectsRepo(db).deleteProject(web.id);
    await timerRepo(db).start({ projectId: app.id }, new Date(2026, 2, 4, 15));
    await trashRepo(db).restore(item.id);
    expect((await timerRepo(db).get())?.projectId).toBe(app.id);
  });

  it('undoes an import and purges old items', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const { importRecord } = await importEntries(
      db,
      [{ projectId: web.id, startedAt: '2025-01-06T08:00:00.000Z', day: '2025-01-06', minutes: 60, externalId: 'h:1' }],
      { source: 'harvest', fileName: 'harvest.csv', importedAt: '2026-03-01T10:00:00.000Z', rowCount: 1 },
    );
    const item = await trashRepo(db).moveToTrash('imports', importRecord.id, new Date('2026-03-01T11:00:00.000Z'));
    expect(item.label).toBe('Import “harvest.csv” with 1 time entry');
    expect(await db.timeEntries.count()).toBe(0);
    expect(await db.projectTotals.count()).toBe(0);
    const recent = await trashRepo(db).moveToTrash('projects', web.id, new Date('2026-03-20T11:00:00.000Z'));
    expect(await trashRepo(db).purgeOlderThan(new Date('2026-03-10T00:00:00.000Z'))).toBe(1);
    expect((await listTrash(db)).map((t) => t.id)).toEqual([recent.id]);
    await trashRepo(db).purge(recent.id);
    expect(await db.trash.count()).toBe(0);
  });
});
