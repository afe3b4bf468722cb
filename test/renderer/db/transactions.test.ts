import { describe, expect, it } from 'vitest';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { timerRepo } from '../../../src/renderer/src/db/repositories/timer-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { dataSnapshot, freshDb, seedWorld } from './helpers';

// Failures are injected with Dexie's table hooks: throwing in one makes that write fail inside the
// repository's transaction, after other writes of the same transaction already happened.

function failOn(
  db: TandemDb,
  table: 'projectMonths' | 'projectTotals' | 'trash' | 'timer',
  event: 'creating' | 'deleting' = 'creating',
) {
  const boom = () => {
    throw new Error(`injected failure writing ${table}`);
  };
  const hook = db.table(table).hook(event);
  hook.subscribe(boom);
  return () => hook.unsubscribe(boom);
}

describe('multi-table writes are all or nothing', () => {
  it('an entry whose rollup write fails is not saved', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const before = await dataSnapshot(db);
    const release = failOn(db, 'projectTotals');
    await expect(timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 60 })).rejects.toThrow(
      'injected failure writing projectTotals',
    );
    release();
    expect(await dataSnapshot(db)).toEqual(before);
    expect(await db.timeEntries.count()).toBe(0);
  });

  it('a project delete whose trash record fails leaves the project, its entries and rollups in place', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 60 });
    await projectsRepo(db).createExpense({ projectId: web.id, day: '2026-03-03', amount: 500 });
    const before = await dataSnapshot(db);
    const release = failOn(db, 'trash');
    await expect(projectsRepo(db).deleteProject(web.id)).rejects.toThrow('injected failure writing trash');
    release();
    expect(await dataSnapshot(db)).toEqual(before);
    expect(await db.trash.count()).toBe(0);
  });

  it('restarting the timer keeps the old one running when the new one cannot be saved', async () => {
    const db = freshDb();
    const { web, app } = await seedWorld(db);
    await timerRepo(db).start({ projectId: web.id }, new Date(2026, 2, 2, 9));
    const before = await dataSnapshot(db);
    const release = failOn(db, 'timer');
    await expect(timerRepo(db).start({ projectId: app.id }, new Date(2026, 2, 2, 10))).rejects.toThrow(
      'injected failure writing timer',
    );
    release();
    expect(await dataSnapshot(db)).toEqual(before);
    expect((await timerRepo(db).get())?.projectId).toBe(web.id);
    expect(await db.timeEntries.count()).toBe(0);
  });

  it('a restore that fails part way keeps the trash item and changes nothing', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 60 });
    const item = await projectsRepo(db).deleteProject(web.id);
    const before = await dataSnapshot(db);
    const release = failOn(db, 'projectMonths');
    await expect(trashRepo(db).restore(item.id)).rejects.toThrow('injected failure writing projectMonths');
    release();
    expect(await dataSnapshot(db)).toEqual(before);
    expect(await db.trash.get(item.id)).toBeDefined();
    await trashRepo(db).restore(item.id);
    expect(await db.projectTotals.get(web.id)).toMatchObject({ minutes: 60 });
  });
});
