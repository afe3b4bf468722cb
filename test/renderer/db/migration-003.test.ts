import { afterEach, describe, expect, it } from 'vitest';
import type Dexie from 'dexie';
import { planDay } from '../../../src/renderer/src/db/queries/plan-board';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { indexNames, openCurrent, seedShippedVersion, uniqueDbName } from './migration-harness';

const toClose: Dexie[] = [];
afterEach(async () => {
  for (const db of toClose.splice(0)) await db.delete();
});

describe('migration 003: open tasks by status and due date', () => {
  it('indexes the tasks a version 2 database holds, and Today lists them from the new index', async () => {
    const name = uniqueDbName('v2-to-v3');
    const task = { projectId: null, hat: 'production', notes: '', assignee: 'me' };
    await seedShippedVersion(name, 2, async (raw) => {
      expect(raw.table('tasks').schema.indexes.map((index) => index.name)).not.toContain('[status+due]');
      await raw.table('tasks').bulkAdd([
        { ...task, id: 't1', title: 'Overdue', status: 'todo', due: '2026-03-01', order: 0 },
        { ...task, id: 't2', title: 'Waiting', status: 'waiting', due: '2026-03-04', order: 1 },
        { ...task, id: 't3', title: 'Next week', status: 'todo', due: '2026-03-10', order: 2 },
        { ...task, id: 't4', title: 'Undated', status: 'todo', order: 3 },
        { ...task, id: 't5', title: 'Done', status: 'done', due: '2026-03-01', order: 4 },
      ]);
    });

    const db = await openCurrent(name);
    toClose.push(db);
    expect(indexNames(db, 'tasks')).toContain('[status+due]');
    expect(await db.tasks.where('[status+due]').equals(['todo', '2026-03-10']).primaryKeys()).toEqual(['t3']);
    const board = await planDay(db, toDayKey('2026-03-04'));
    expect(board.tasks.map((row) => row.title)).toEqual(['Overdue', 'Waiting']);
  });
});
