import { beforeEach, describe, expect, it, vi } from 'vitest';

// Start-up: sync carries on only when it was on, a server was saved and the sign-in is still kept.

const fake = vi.hoisted(() => ({ kept: null as null | { origin: string; username: string }, started: [] as string[] }));
vi.mock('../../../src/renderer/src/platform/platform', () => ({ platform: { readSyncCredentials: async () => fake.kept } }));
vi.mock('../../../src/renderer/src/db/sync/replicator', () => ({
  startSync: async (config: { url: string }) => {
    fake.started.push(config.url);
  },
}));
const { db } = await import('../../../src/renderer/src/db/db');
const { SYNC_ENABLED_KEY, readSyncState, writeSyncState } = await import('../../../src/renderer/src/db/sync/outbox');
const { FIRST_PULL, FIRST_PULL_START } = await import('../../../src/renderer/src/db/sync/first-pull');
const { seedWorld } = await import('./helpers');
const { timeEntrySchema } = await import('../../../src/renderer/src/domain/model/time-entry');

/** A stored-shape entry of `minutes` on 2 March 2026. */
function stored(id: string, projectId: string, minutes: number) {
  const day = '2026-03-02';
  return timeEntrySchema.parse({ id, projectId, startedAt: `${day}T08:00:00.000Z`, day, minutes, hat: 'production', billable: true, rateSnapshot: 12_000, currency: 'EUR', note: '', source: { kind: 'manual' } });
}
const { alreadyJoined, resumeSync, syncDatabaseUrl, writeSyncServer } =
  await import('../../../src/renderer/src/db/sync/sync-server');

const SERVER = { serverAddress: 'https://couch.example.com/', database: 'team books', username: 'ana' };

beforeEach(async () => {
  await db.delete();
  await db.open();
  fake.kept = null;
  fake.started = [];
});

describe('sync at start-up', () => {
  it('names the database on the server’s origin', () => {
    expect(syncDatabaseUrl(SERVER)).toBe('https://couch.example.com/team%20books');
  });

  it('carries on only when sync was on, a server was saved and the sign-in is kept', async () => {
    expect(await resumeSync(db)).toBe(false);
    await writeSyncServer(db, SERVER);
    await writeSyncState(db, SYNC_ENABLED_KEY, true);
    // The browser after a reload: no sign-in kept, so it waits for Start syncing.
    expect(await resumeSync(db)).toBe(false);
    fake.kept = { origin: 'https://couch.example.com', username: 'ana' };
    expect(await resumeSync(db)).toBe(true);
    expect(fake.started).toEqual(['https://couch.example.com/team%20books']);
    await writeSyncState(db, SYNC_ENABLED_KEY, false);
    expect(await resumeSync(db)).toBe(false);
    expect(fake.started).toHaveLength(1);
  });

  it('not carrying on, it rebuilds the rollups a first pull still owed when the app closed', async () => {
    const { web } = await seedWorld(db);
    // 90 minutes a first pull applied before the app closed, their rollups not yet written.
    await db.timeEntries.bulkAdd([stored('e1', web.id, 60), stored('e2', web.id, 30)]);
    await writeSyncState(db, FIRST_PULL, { ...FIRST_PULL_START, since: 2, batches: 1, applied: 2, rollupsOwed: true });
    expect(await db.projectTotals.get(web.id)).toBeUndefined();
    expect(await resumeSync(db)).toBe(false);
    expect((await db.projectTotals.get(web.id))?.minutes).toBe(90);
    expect((await readSyncState(db, FIRST_PULL)) as { rollupsOwed: boolean }).toMatchObject({ rollupsOwed: false });
  });

  it('knows a computer already joined to the same database (and not to another)', async () => {
    await writeSyncServer(db, SERVER);
    expect(await alreadyJoined(db, SERVER)).toBe(false);
    await writeSyncState(db, SYNC_ENABLED_KEY, true);
    expect(await alreadyJoined(db, { ...SERVER, serverAddress: 'https://couch.example.com' })).toBe(true);
    expect(await alreadyJoined(db, { ...SERVER, database: 'other' })).toBe(false);
  });
});
