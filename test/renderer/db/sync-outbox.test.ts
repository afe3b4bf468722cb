import { describe, expect, it } from 'vitest';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { importEntries } from '../../../src/renderer/src/db/repositories/entries-import';
import { clearOutbox, disableOutbox, enableOutbox, outboxCount, takeOutbox } from '../../../src/renderer/src/db/sync/outbox';
import { isOutboxRecording } from '../../../src/renderer/src/db/sync/outbox-middleware';
import { createTandemDb } from '../../../src/renderer/src/db/db';
import { freshDb, seedWorld } from './helpers';

const keysOf = async (db: ReturnType<typeof freshDb>) => (await db.outbox.orderBy('seq').toArray()).map((row) => row.key);

describe('the sync outbox', () => {
  it('records nothing while sync is off', async () => {
    const db = freshDb();
    await seedWorld(db);
    expect(isOutboxRecording(db)).toBe(false);
    expect(await db.outbox.count()).toBe(0);
  });

  it('enabling queues every synced record once (settings as settings:agency), and no derived or local row', async () => {
    const db = freshDb();
    const { acme, globex, web, app, ads } = await seedWorld(db);
    await db.timer.put({ id: 'timer', projectId: web.id, startedAt: '2026-03-02T08:00:00.000Z' } as never);
    // seedWorld wrote settings, 2 clients and 3 projects: 1 + 2 + 3 = 6 keys
    expect(await enableOutbox(db)).toEqual({ queued: 6 });
    expect((await keysOf(db)).sort()).toEqual(
      [`clients:${acme.id}`, `clients:${globex.id}`, `projects:${web.id}`, `projects:${app.id}`, `projects:${ads.id}`, 'settings:agency'].sort(),
    );
    // A second start while on queues nothing more.
    expect(await enableOutbox(db)).toEqual({ queued: 0 });
    expect(await outboxCount(db)).toBe(6);
  });

  it('a write while on adds its row in the same transaction; a newer change of the same record moves its row to the end', async () => {
    const db = freshDb();
    const { acme, web } = await seedWorld(db);
    await enableOutbox(db);
    await clearOutbox(db, Number.MAX_SAFE_INTEGER);
    const entry = await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 60 });
    await clientsRepo(db).update(acme.id, { name: 'Acme Ltd' });
    // The entry wrote entries and rollups: only the entry is queued (rollups are derived).
    expect(await keysOf(db)).toEqual([`timeEntries:${entry.id}`, `clients:${acme.id}`]);
    await timeEntriesRepo(db).update(entry.id, { minutes: 90 });
    expect(await keysOf(db)).toEqual([`clients:${acme.id}`, `timeEntries:${entry.id}`]);
    const items = await takeOutbox(db, 10);
    expect(items.map((item) => item.key)).toEqual([`clients:${acme.id}`, `timeEntries:${entry.id}`]);
    const second = items[1];
    expect(second && 'doc' in second ? second.doc.record?.minutes : null).toBe(90);
    // A delete goes up as a deletion.
    await db.timeEntries.delete(entry.id);
    const [, last] = await takeOutbox(db, 10);
    expect(last).toMatchObject({ key: `timeEntries:${entry.id}`, deleted: true });
    // Clearing up to the first row's seq leaves the second.
    await clearOutbox(db, items[0]?.seq ?? 0);
    expect(await keysOf(db)).toEqual([`timeEntries:${entry.id}`]);
  });

  it('a transaction that aborts leaves neither the write nor its outbox row', async () => {
    const db = freshDb();
    await seedWorld(db);
    await enableOutbox(db);
    await clearOutbox(db, Number.MAX_SAFE_INTEGER);
    await expect(
      db.transaction('rw', db.clients, async () => {
        await db.clients.put({ id: 'c-new', name: 'Initech', currency: 'EUR', contacts: [] } as never);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.clients.get('c-new')).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('a range delete (clear) queues every record it removes; a bulk write of many records queues each once', async () => {
    const db = freshDb();
    await seedWorld(db);
    await enableOutbox(db);
    await clearOutbox(db, Number.MAX_SAFE_INTEGER);
    // 40 teammates: more than the 32 looked up one by one, so the range read is used.
    const mates = Array.from({ length: 40 }, (_, index) => ({ id: `m${String(index).padStart(2, '0')}`, name: `Mate ${index}`, costRates: [] }));
    await db.teammates.bulkPut(mates as never);
    await db.teammates.bulkPut(mates as never);
    expect(await db.outbox.count()).toBe(40);
    await clearOutbox(db, Number.MAX_SAFE_INTEGER);
    await db.teammates.clear();
    expect((await keysOf(db)).sort()).toEqual(mates.map((mate) => `teammates:${mate.id}`));
  });

  it('a CSV import while on queues each entry and its import record, in the import’s one transaction, and no rollup', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await enableOutbox(db);
    await clearOutbox(db, Number.MAX_SAFE_INTEGER);
    const rows = Array.from({ length: 50 }, (_, index) => ({ id: `e${index}`, projectId: web.id, startedAt: '2026-03-02T08:00:00.000Z', day: '2026-03-02', minutes: 10 }));
    const { importRecord } = await importEntries(db, rows, { source: 'toggl', fileName: 'time.csv', importedAt: '2026-03-02T09:00:00.000Z', rowCount: 0 });
    // 50 entries + 1 import record = 51 rows; projectTotals/projectDays/daySwitching changed too but queue nothing
    expect(await db.outbox.count()).toBe(51);
    expect((await keysOf(db)).filter((key) => !key.startsWith('timeEntries:'))).toEqual([`imports:${importRecord.id}`]);
    // A failing import (one row without a project) writes neither entries nor outbox rows.
    await clearOutbox(db, Number.MAX_SAFE_INTEGER);
    await expect(importEntries(db, [...rows.map((row) => ({ ...row, id: `n${row.id}` })), { ...rows[0], id: 'bad', projectId: 'missing' }] as never, { source: 'toggl', fileName: 'again.csv', importedAt: '2026-03-02T09:00:00.000Z', rowCount: 0 })).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.timeEntries.count()).toBe(50);
  });

  it('after Stop syncing nothing is recorded; the flag survives reopening the database', async () => {
    const db = freshDb();
    await seedWorld(db);
    await enableOutbox(db);
    const reopened = createTandemDb(db.name);
    await reopened.open();
    expect(isOutboxRecording(reopened)).toBe(true);
    reopened.close();
    await disableOutbox(db);
    await clearOutbox(db, Number.MAX_SAFE_INTEGER);
    await settingsRepo(db).update({ agencyName: 'Quiet' });
    expect(await db.outbox.count()).toBe(0);
  });
});
