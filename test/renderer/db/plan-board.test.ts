import { describe, expect, it } from 'vitest';
import { planDay, planWeek } from '../../../src/renderer/src/db/queries/plan-board';
import { tasksRepo } from '../../../src/renderer/src/db/repositories/tasks-repo';
import { teammatesRepo } from '../../../src/renderer/src/db/repositories/teammates-repo';
import { timeBlocksRepo } from '../../../src/renderer/src/db/repositories/time-blocks-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { freshDb, seedWorld } from './helpers';

const day = toDayKey('2026-03-04'); // a Wednesday

describe('plan board reads', () => {
  it('reads one day: its blocks and entries only, my open tasks due by then, and the projects they name', async () => {
    const db = freshDb();
    const { web, ads, app } = await seedWorld(db);
    const blocks = timeBlocksRepo(db);
    const tasks = tasksRepo(db);
    const linked = await tasks.create({ title: 'Sitemap', projectId: app.id, due: toDayKey('2026-03-20') });
    await blocks.create({ day, startMinute: 540, endMinute: 600, kind: 'deep_work', projectId: web.id, taskIds: [linked.id] });
    await blocks.create({ day: toDayKey('2026-03-05'), startMinute: 540, endMinute: 600, kind: 'client' });
    await timeEntriesRepo(db).create({ projectId: ads.id, day, minutes: 30 });
    await timeEntriesRepo(db).create({ projectId: web.id, day: toDayKey('2026-03-03'), minutes: 30 });
    await tasks.create({ title: 'Overdue', due: toDayKey('2026-03-01') });
    await tasks.create({ title: 'Due today', projectId: web.id, due: day });
    await tasks.create({ title: 'Doing, no date', projectId: web.id, status: 'doing' });
    await tasks.create({ title: 'Waiting, overdue', projectId: web.id, status: 'waiting', due: toDayKey('2026-03-02') });
    await tasks.create({ title: 'To do, no date', projectId: web.id });
    await tasks.create({ title: 'Done', due: day, status: 'done' });
    await tasks.create({ title: 'Later', due: toDayKey('2026-03-05') });
    const sam = await teammatesRepo(db).create({ name: 'Sam' });
    await tasks.create({ title: 'Delegated', due: day, assignee: sam.id });

    const board = await planDay(db, day);
    expect(board.days).toEqual([day]);
    expect(board.blocks.map((block) => block.kind)).toEqual(['deep_work']);
    expect(board.entries.map((entry) => entry.projectId)).toEqual([ads.id]);
    expect(board.tasks.map((task) => task.title)).toEqual(['Doing, no date', 'Overdue', 'Waiting, overdue', 'Due today']);
    expect(board.taskCount).toBe(4);
    expect(board.linkedTasks.get(linked.id)?.title).toBe('Sitemap');
    expect([...board.projects.keys()].sort()).toEqual([web.id, ads.id, app.id].sort());
    expect(board.settings.workStartMinute).toBe(540);
  });

  it('reads a week from the settings', async () => {
    const db = freshDb();
    await seedWorld(db);
    await timeBlocksRepo(db).create({ day: toDayKey('2026-03-06'), startMinute: 540, endMinute: 600, kind: 'meeting' });
    await timeBlocksRepo(db).create({ day: toDayKey('2026-03-07'), startMinute: 540, endMinute: 600, kind: 'meeting' });
    const board = await planWeek(db, day);
    expect([board.from, board.to]).toEqual(['2026-03-02', '2026-03-06']);
    expect(board.blocks.map((block) => block.day)).toEqual(['2026-03-06']);
  });
});
