import { beforeEach, describe, expect, it } from 'vitest';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { tasksRepo } from '../../../src/renderer/src/db/repositories/tasks-repo';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { pinZone } from '../../support/vitest-clock';
import { fieldErrorsOfCall, freshDb, rollupSnapshot, seedWorld, storedProjectDay, storedProjectDays } from './helpers';

describe('timeEntriesRepo', () => {
  // The expected instants are written for Berlin (UTC+1 in early March), whatever the run's zone.
  beforeEach(() => pinZone('Europe/Berlin'));

  it('creates entries with derived rate, currency, start and day, and keeps rollups', async () => {
    const db = freshDb();
    const { web, app, ads } = await seedWorld(db);
    const repo = timeEntriesRepo(db);
    const first = await repo.create({ projectId: web.id, day: '2026-03-02', minutes: 90, hat: 'account' });
    expect(first).toMatchObject({
      startedAt: '2026-03-02T08:00:00.000Z', // 09:00 local, the start of work
      day: '2026-03-02',
      rateSnapshot: 12_000,
      currency: 'EUR',
      billable: true,
      note: '',
      source: { kind: 'manual' },
    });
    const second = await repo.create({ projectId: web.id, day: '2026-03-02', minutes: 30 });
    expect(second.startedAt).toBe('2026-03-02T09:30:00.000Z'); // after the first one ends
    await repo.create({ projectId: app.id, startedAt: '2026-03-03T13:15:00.000Z', minutes: 45, hat: 'project' });
    const now = new Date(2026, 2, 5, 12, 0);
    const usd = await repo.create({ projectId: ads.id, minutes: 60, billable: false }, now);
    expect(usd).toMatchObject({ startedAt: '2026-03-05T10:00:00.000Z', day: '2026-03-05', currency: 'USD', rateSnapshot: 9_000 });

    const web1 = await db.projectTotals.get(web.id);
    expect(web1).toMatchObject({
      minutes: 120,
      billableMinutes: 120,
      accountMinutes: 90,
      productionMinutes: 30,
      amountMinor: 24_000,
      entryCount: 2,
      firstDay: '2026-03-02',
      lastDay: '2026-03-02',
      currency: 'EUR',
    });
    expect(await db.projectTotals.get(app.id)).toMatchObject({
      minutes: 45,
      projectMinutes: 45,
      amountMinor: 7_500,
      firstDay: '2026-03-03',
    });
    expect(await db.projectTotals.get(ads.id)).toMatchObject({
      minutes: 60,
      billableMinutes: 0,
      amountMinor: 9_000,
      billableAmountMinor: 0,
      currency: 'USD',
    });
    expect(await storedProjectDay(db, web.id, '2026-03-02')).toMatchObject({ minutes: 120, amountMinor: 24_000, entryCount: 2 });
  });

  it('moves an entry to another project and day, re-snapshotting the rate', async () => {
    const db = freshDb();
    const { web, app } = await seedWorld(db);
    const repo = timeEntriesRepo(db);
    await repo.create({ projectId: web.id, day: '2026-03-02', minutes: 90 });
    const moving = await repo.create({ projectId: web.id, day: '2026-03-02', minutes: 30 });
    await repo.create({ projectId: app.id, day: '2026-03-03', minutes: 45 });

    const moved = await repo.update(moving.id, { projectId: app.id, day: '2026-03-04' });
    expect(moved).toMatchObject({
      projectId: app.id,
      day: '2026-03-04',
      startedAt: '2026-03-04T09:30:00.000Z',
      rateSnapshot: 10_000,
    });
    expect(await db.projectTotals.get(web.id)).toMatchObject({ minutes: 90, amountMinor: 18_000, entryCount: 1 });
    expect(await db.projectTotals.get(app.id)).toMatchObject({
      minutes: 75,
      amountMinor: 12_500,
      firstDay: '2026-03-03',
      lastDay: '2026-03-04',
    });

    const kept = await repo.update(moved.id, { projectId: web.id, rateSnapshot: 5_000, minutes: 60 });
    expect(kept.rateSnapshot).toBe(5_000);
    expect(await db.projectTotals.get(web.id)).toMatchObject({ minutes: 150, amountMinor: 23_000, lastDay: '2026-03-04' });
    expect(await db.projectTotals.get(app.id)).toMatchObject({ minutes: 45, lastDay: '2026-03-03' });

    const restarted = await repo.update(moved.id, { startedAt: '2026-03-01T22:30:00.000Z' }); // 23:30 local on the 1st
    expect(restarted.day).toBe('2026-03-01');
    expect(await db.projectTotals.get(web.id)).toMatchObject({ firstDay: '2026-03-01', lastDay: '2026-03-02' });
  });

  it('deletes into the trash and drops emptied rollup rows', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const entry = await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 90 });
    await timeEntriesRepo(db).delete(entry.id);
    expect(await db.timeEntries.count()).toBe(0);
    expect(await db.projectTotals.count()).toBe(0);
    expect((await storedProjectDays(db)).length).toBe(0);
    expect((await db.trash.toArray()).map((item) => item.label)).toEqual(['Time entry “90 minutes on 2026-03-02”']);
  });

  it('saves nothing on invalid input', async () => {
    const db = freshDb();
    const { web, app } = await seedWorld(db);
    const repo = timeEntriesRepo(db);
    expect(await fieldErrorsOfCall(() => repo.create({ projectId: web.id, day: '2026-03-02', minutes: 0 }))).toEqual({
      minutes: 'Duration must be at least 1 minute',
    });
    expect(await fieldErrorsOfCall(() => repo.create({ projectId: 'nope', day: '2026-03-02', minutes: 5 }))).toEqual({
      projectId: 'Choose a project that exists',
    });
    expect(await fieldErrorsOfCall(() => repo.create({ projectId: web.id, day: '2026-02-30', minutes: 5 }))).toEqual({
      day: 'Day must be a real day written YYYY-MM-DD',
    });
    const task = await tasksRepo(db).create({ title: 'Wireframes', projectId: app.id });
    expect(
      await fieldErrorsOfCall(() => repo.create({ projectId: web.id, taskId: task.id, day: '2026-03-02', minutes: 5 })),
    ).toEqual({
      taskId: 'That task belongs to another project',
    });
    const entry = await repo.create({ projectId: web.id, day: '2026-03-02', minutes: 30 });
    const before = await rollupSnapshot(db);
    expect(await fieldErrorsOfCall(() => repo.update(entry.id, { minutes: 2_000 }))).toEqual({
      minutes: 'Duration must be at most 1440 minutes',
    });
    expect(await fieldErrorsOfCall(() => repo.update(entry.id, { day: 'soon' }))).toEqual({
      day: 'Day must be a real day written YYYY-MM-DD',
    });
    expect(await db.timeEntries.get(entry.id)).toEqual(entry);
    expect(await rollupSnapshot(db)).toEqual(before);
    expect(await db.timeEntries.count()).toBe(1);
    const linked = await repo.create({ projectId: app.id, taskId: task.id, day: '2026-03-02', minutes: 15 });
    expect((await repo.update(linked.id, { projectId: web.id })).taskId).toBeUndefined();
  });

  it('imports rows in bulk with provenance, skipping repeated rows', async () => {
    const db = freshDb();
    const { web, ads } = await seedWorld(db);
    const rows = [
      { projectId: web.id, startedAt: '2024-05-06T07:00:00.000Z', day: '2024-05-06', minutes: 120, externalId: 'toggl:1' },
      {
        projectId: web.id,
        startedAt: '2024-05-07T07:00:00.000Z',
        day: '2024-05-07',
        minutes: 30,
        externalId: 'toggl:2',
        hat: 'project' as const,
      },
      { projectId: ads.id, startedAt: '2024-05-07T09:00:00.000Z', day: '2024-05-07', minutes: 15, rateSnapshot: 8_000 },
    ];
    const record = { source: 'toggl' as const, fileName: 'toggl.csv', importedAt: '2026-03-05T10:00:00.000Z', rowCount: 3 };
    const first = await timeEntriesRepo(db).bulkImport(rows, record);
    expect(first).toMatchObject({ imported: 3, skipped: 0, importRecord: { rowCount: 3, source: 'toggl' } });
    const stored = await db.timeEntries.where('source.importId').equals(first.importRecord.id).toArray();
    expect(stored).toHaveLength(3);
    expect(stored.find((entry) => entry.projectId === ads.id)).toMatchObject({
      currency: 'USD',
      rateSnapshot: 8_000,
      source: { kind: 'import' },
    });
    const second = await timeEntriesRepo(db).bulkImport(rows.slice(0, 2), { ...record, fileName: 'again.csv' });
    expect(second).toMatchObject({ imported: 0, skipped: 2 });
    expect(await db.projectTotals.get(web.id)).toMatchObject({
      minutes: 150,
      amountMinor: 30_000,
      firstDay: '2024-05-06',
      lastDay: '2024-05-07',
    });

    expect(
      await fieldErrorsOfCall(() =>
        timeEntriesRepo(db).bulkImport(
          [rows[0]!, { ...rows[1]!, minutes: -5, externalId: 'toggl:9' }, { ...rows[2]!, projectId: 'gone' }],
          record,
        ),
      ),
    ).toEqual({ 'rows.1.minutes': 'Duration must be at least 1 minute', 'rows.2.projectId': 'Choose a project that exists' });
    expect(await db.imports.count()).toBe(2);
    const before = await rollupSnapshot(db);
    await repairRollups(db);
    expect(await rollupSnapshot(db)).toEqual(before);
  });

  it('reports a large import as it writes: entries 5,000 at a time, then the rollups', async () => {
    const db = freshDb();
    const { web, app } = await seedWorld(db);
    const rows = Array.from({ length: 12_001 }, (_, index) => {
      const day = `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
      return { projectId: index % 3 ? web.id : app.id, startedAt: `${day}T08:00:00.000Z`, day, minutes: 30, externalId: `big:${index}` };
    });
    const steps: string[] = [];
    const record = { source: 'toggl' as const, fileName: 'big.csv', importedAt: '2026-03-05T10:00:00.000Z', rowCount: rows.length };
    const result = await timeEntriesRepo(db).bulkImport(rows, record, {
      onProgress: ({ step, done, total }) => steps.push(`${step} ${done}/${total}`),
    });
    expect(result.imported).toBe(12_001);
    expect(steps).toEqual(['entries 5000/12001', 'entries 10000/12001', 'entries 12001/12001', 'rollups 0/1']);
    expect(await db.timeEntries.count()).toBe(12_001);
    const stored = await rollupSnapshot(db);
    await repairRollups(db);
    expect(await rollupSnapshot(db)).toEqual(stored);
  });
});
