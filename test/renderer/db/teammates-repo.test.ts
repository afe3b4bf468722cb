import { describe, expect, it } from 'vitest';
import { costRatesRepo } from '../../../src/renderer/src/db/repositories/cost-rates-repo';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { tasksRepo } from '../../../src/renderer/src/db/repositories/tasks-repo';
import { teammatesRepo } from '../../../src/renderer/src/db/repositories/teammates-repo';
import { timeBlocksRepo } from '../../../src/renderer/src/db/repositories/time-blocks-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import { OWNER_PERSON_ID } from '../../../src/renderer/src/domain/model/person';
import { dataSnapshot, fieldErrorsOfCall, freshDb, seedWorld } from './helpers';

// Settings → Team writes through this repository: names are required, trimmed and unique on the team
// whatever their case; removing goes to the trash (Undo restores), never the person of this computer.

describe('teammatesRepo', () => {
  it('adds a teammate with the name trimmed, and refuses an empty name or one already on the team in any case', async () => {
    const db = freshDb();
    const repo = teammatesRepo(db);
    const kim = await repo.create({ name: '  Kim Ito ', role: ' Designer ' });
    expect(kim).toMatchObject({ name: 'Kim Ito', role: 'Designer', costRates: [] });

    expect(await fieldErrorsOfCall(() => repo.create({ name: '   ' }))).toEqual({ name: 'Name is required' });
    expect(await fieldErrorsOfCall(() => repo.create({ name: ' kim ITO' }))).toEqual({ name: 'Kim Ito is already on the team' });
    expect((await db.teammates.toArray()).map((teammate) => teammate.name)).toEqual(['Kim Ito']);
  });

  it('renames a teammate, to another case of their own name too, and stores nothing when the name is taken', async () => {
    const db = freshDb();
    const repo = teammatesRepo(db);
    const kim = await repo.create({ name: 'Kim Ito' });
    const sam = await repo.create({ name: 'Sam Reyes', role: 'Developer' });

    expect((await repo.update(kim.id, { name: 'KIM ITO' })).name).toBe('KIM ITO');
    expect(await fieldErrorsOfCall(() => repo.update(sam.id, { name: 'kim ito', role: 'Lead' }))).toEqual({
      name: 'KIM ITO is already on the team',
    });
    expect(await db.teammates.get(sam.id)).toEqual(sam);
    expect(await fieldErrorsOfCall(() => repo.update(sam.id, { name: '' }))).toEqual({ name: 'Name is required' });
    expect((await repo.update(sam.id, { name: ' Sam Reyes-Ito ' })).name).toBe('Sam Reyes-Ito');
  });

  it('saves the rates of a teammate whose name sync made a twin of another’s (only a rename is checked)', async () => {
    const db = freshDb();
    await db.teammates.bulkAdd([
      { id: 'a', name: 'Kim', role: '', costRates: [] },
      { id: 'b', name: 'kim', role: '', costRates: [] },
    ]);
    const saved = await costRatesRepo(db).saveTeammate('b', [{ from: '2026-01-01', rate: 4_000 }]);
    expect(saved.teammate.costRates).toEqual([{ from: '2026-01-01', rate: 4_000 }]);
  });

  it('removes a teammate to the trash: entries and blocks keep their person, tasks go to the owner; Undo restores all', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const kim = await teammatesRepo(db).create({ name: 'Kim Ito', costRates: [{ from: '2026-01-01', rate: 4_500 }] });
    await settingsRepo(db).update({ devicePersonId: kim.id });
    const entry = await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 60 });
    const block = await timeBlocksRepo(db).create({ day: '2026-03-02', startMinute: 540, endMinute: 600, kind: 'deep_work' });
    const task = await tasksRepo(db).create({ title: 'Icons', assignee: kim.id });
    await settingsRepo(db).update({ devicePersonId: OWNER_PERSON_ID });
    const before = await dataSnapshot(db);

    const item = await teammatesRepo(db).delete(kim.id);
    expect(item.label).toBe('Teammate “Kim Ito”');
    expect(await db.teammates.get(kim.id)).toBeUndefined();
    expect(await db.timeEntries.get(entry.id)).toMatchObject({ personId: kim.id, costSnapshot: 4_500 });
    expect((await db.timeBlocks.get(block.id))?.personId).toBe(kim.id);
    expect((await db.tasks.get(task.id))?.assignee).toBe('me');

    await trashRepo(db).restore(item.id);
    expect(await dataSnapshot(db)).toEqual(before);
  });

  it('refuses to restore a removed teammate whose name another teammate took meanwhile, and restores once it is free', async () => {
    const db = freshDb();
    const repo = teammatesRepo(db);
    const kim = await repo.create({ name: 'Kim Ito' });
    const item = await repo.delete(kim.id);
    const newKim = await repo.create({ name: 'KIM ito' });
    const before = await dataSnapshot(db);

    expect(await fieldErrorsOfCall(() => trashRepo(db).restore(item.id))).toEqual({
      name: 'Another teammate is now called KIM ito. Rename them, then restore.',
    });
    expect(await dataSnapshot(db)).toEqual(before);
    expect(await db.trash.get(item.id)).toBeDefined();

    await repo.update(newKim.id, { name: 'Kim Ito (new)' });
    await trashRepo(db).restore(item.id);
    expect((await db.teammates.toArray()).map((teammate) => teammate.name).sort()).toEqual(['Kim Ito', 'Kim Ito (new)']);
  });

  it('refuses to remove the teammate who uses this computer, and changes nothing', async () => {
    const db = freshDb();
    const kim = await teammatesRepo(db).create({ name: 'Kim Ito' });
    await settingsRepo(db).update({ devicePersonId: kim.id });
    const before = await dataSnapshot(db);
    expect(await fieldErrorsOfCall(() => teammatesRepo(db).delete(kim.id))).toEqual({
      '': 'Kim Ito uses this computer: choose who uses it under Settings → This computer first, then remove Kim Ito.',
    });
    expect(await dataSnapshot(db)).toEqual(before);
    expect(await db.trash.count()).toBe(0);
  });
});
