import { describe, expect, it } from 'vitest';
import { tasksRepo } from '../../../src/renderer/src/db/repositories/tasks-repo';
import { timeBlocksRepo } from '../../../src/renderer/src/db/repositories/time-blocks-repo';
import { updateDraftsRepo } from '../../../src/renderer/src/db/repositories/update-drafts-repo';
import { teammatesRepo } from '../../../src/renderer/src/db/repositories/teammates-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import { tasksOfList } from '../../../src/renderer/src/db/queries/plan';
import { dayKeyOf } from '../../../src/renderer/src/domain/time/day-key';
import { fieldErrorsOfCall, freshDb, seedWorld } from './helpers';

describe('tasksRepo', () => {
  it('appends to lists, moves, reorders and tracks the done day', async () => {
    const db = freshDb();
    const { web, app } = await seedWorld(db);
    const repo = tasksRepo(db);
    const a = await repo.create({ title: 'Sitemap', projectId: web.id });
    const b = await repo.create({ title: 'Wireframes', projectId: web.id, estimateMinutes: 240, due: '2026-03-10' });
    const inbox = await repo.create({ title: 'Call Ann' });
    const inbox2 = await repo.create({ title: 'Send invoice', hat: 'account' });
    expect([a.order, b.order, inbox.order, inbox2.order]).toEqual([0, 1, 0, 1]);
    expect((await tasksOfList(db, web.id)).map((t) => t.title)).toEqual(['Sitemap', 'Wireframes']);
    expect((await tasksOfList(db, null)).map((t) => t.title)).toEqual(['Call Ann', 'Send invoice']);

    const moved = await repo.move(inbox.id, app.id);
    expect(moved).toMatchObject({ projectId: app.id, order: 0 });
    await repo.reorder([b.id, a.id]);
    expect((await tasksOfList(db, web.id)).map((t) => t.title)).toEqual(['Wireframes', 'Sitemap']);

    const { task: done, previousStatus } = await repo.setStatus(a.id, 'done');
    expect(previousStatus).toBe(a.status);
    expect(done.doneAt).toBe(dayKeyOf(new Date()));
    expect((await repo.update(a.id, { title: 'Sitemap v2' })).doneAt).toBe(done.doneAt);
    expect((await repo.update(a.id, { doneAt: '2026-03-01' })).doneAt).toBe('2026-03-01');
    const reopened = await repo.setStatus(a.id, 'waiting');
    expect(reopened.previousStatus).toBe('done');
    expect(reopened.task.doneAt).toBeUndefined();
    expect(await fieldErrorsOfCall(() => repo.create({ title: 'X', projectId: 'gone' }))).toEqual({
      projectId: 'Choose a project that exists',
    });
    expect(await fieldErrorsOfCall(() => repo.create({ title: 'X', assignee: 'nobody' }))).toEqual({
      assignee: 'Choose yourself or a teammate who exists',
    });
    expect(await db.tasks.count()).toBe(4);
  });
});

describe('timeBlocksRepo, updateDraftsRepo, teammatesRepo', () => {
  it('keeps blocks valid', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const task = await tasksRepo(db).create({ title: 'Wireframes', projectId: web.id });
    const repo = timeBlocksRepo(db);
    const block = await repo.create({
      day: '2026-03-02',
      startMinute: 540,
      endMinute: 660,
      kind: 'deep_work',
      projectId: web.id,
      taskIds: [task.id],
    });
    expect(block.title).toBe('');
    expect((await repo.update(block.id, { startMinute: 600, endMinute: 720 })).endMinute).toBe(720);
    expect(await fieldErrorsOfCall(() => repo.update(block.id, { endMinute: 500 }))).toEqual({
      endMinute: 'End must be after start',
    });
    expect(
      await fieldErrorsOfCall(() =>
        repo.create({ day: '2026-03-02', startMinute: 0, endMinute: 60, kind: 'meeting', taskIds: ['gone'] }),
      ),
    ).toEqual({
      taskIds: 'Choose tasks that exist',
    });
    await repo.delete(block.id);
    expect(await db.timeBlocks.count()).toBe(0);
  });

  it('drafts updates and marks them sent', async () => {
    const db = freshDb();
    const { acme } = await seedWorld(db);
    const repo = updateDraftsRepo(db);
    const draft = await repo.create({ clientId: acme.id, periodStart: '2026-03-02', periodEnd: '2026-03-06', body: '# Week 10' });
    const sent = await repo.markSent(draft.id, new Date('2026-03-06T16:00:00.000Z'));
    expect(sent).toMatchObject({ status: 'sent', sentAt: '2026-03-06T16:00:00.000Z' });
    expect((await repo.markDraft(draft.id)).sentAt).toBeUndefined();
    expect(
      await fieldErrorsOfCall(() => repo.create({ clientId: 'gone', periodStart: '2026-03-02', periodEnd: '2026-03-06' })),
    ).toEqual({
      clientId: 'Choose a client that exists',
    });
  });

  it('hands a deleted teammate’s tasks back to the user, and back again on restore', async () => {
    const db = freshDb();
    await seedWorld(db);
    const kim = await teammatesRepo(db).create({
      name: 'Kim',
      role: 'Designer',
      costRates: [{ from: '2026-01-01', rate: 4_500 }],
    });
    expect((await teammatesRepo(db).update(kim.id, { role: 'Lead designer' })).role).toBe('Lead designer');
    const task = await tasksRepo(db).create({ title: 'Icons', assignee: kim.id });
    const item = await teammatesRepo(db).delete(kim.id);
    expect((await db.tasks.get(task.id))?.assignee).toBe('me');
    await trashRepo(db).restore(item.id);
    expect((await db.tasks.get(task.id))?.assignee).toBe(kim.id);
  });
});
