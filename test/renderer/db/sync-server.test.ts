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
const { SYNC_ENABLED_KEY, writeSyncState } = await import('../../../src/renderer/src/db/sync/outbox');
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

  it('knows a computer already joined to the same database (and not to another)', async () => {
    await writeSyncServer(db, SERVER);
    expect(await alreadyJoined(db, SERVER)).toBe(false);
    await writeSyncState(db, SYNC_ENABLED_KEY, true);
    expect(await alreadyJoined(db, { ...SERVER, serverAddress: 'https://couch.example.com' })).toBe(true);
    expect(await alreadyJoined(db, { ...SERVER, database: 'other' })).toBe(false);
  });
});
