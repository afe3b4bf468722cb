import { z } from 'zod';
import { syncOrigin } from '@shared/sync';
import { RollupAccumulator } from '../../domain/rollup-accumulator';
import { platform } from '../../platform/platform';
import { syncFetch } from '../../platform/sync-fetch';
import type { TandemDb } from '../db';
import { settleRollups } from './first-pull';
import { SYNC_ENABLED_KEY, readSyncState, writeSyncState } from './outbox';
import { type SyncConfig, startSync } from './replicator';
import { dexieSyncStore } from './sync-store';

// The server, database and user Sync last used (never the password: main or the tab keeps it), kept in
// syncState, and the replicator's configuration for them.

const SERVER_KEY = 'server';

export const syncServerSchema = z.object({ serverAddress: z.string(), database: z.string(), username: z.string() });
export type SyncServer = z.infer<typeof syncServerSchema>;

export async function readSyncServer(db: TandemDb): Promise<SyncServer | null> {
  const parsed = syncServerSchema.safeParse(await readSyncState(db, SERVER_KEY));
  return parsed.success ? parsed.data : null;
}

export function writeSyncServer(db: TandemDb, server: SyncServer): Promise<void> {
  return writeSyncState(db, SERVER_KEY, server);
}

/** The database's address: the server's origin and the database's name. */
export function syncDatabaseUrl(server: SyncServer): string {
  return `${syncOrigin(server.serverAddress)}/${encodeURIComponent(server.database)}`;
}

export function syncConfigFor(db: TandemDb, server: SyncServer): SyncConfig {
  // No `auth`: the sign-in is added on the far side of syncFetch (main, or the browser's session copy).
  return { url: syncDatabaseUrl(server), fetch: syncFetch, store: dexieSyncStore(db), live: true };
}

/** True when sync is on and was last started with this server and database (joining is then done). */
export async function alreadyJoined(db: TandemDb, server: SyncServer): Promise<boolean> {
  const saved = await readSyncServer(db);
  return (
    (await readSyncState(db, SYNC_ENABLED_KEY)) === true && saved !== null && syncDatabaseUrl(saved) === syncDatabaseUrl(server)
  );
}

/**
 * At start-up: sync was on and the sign-in is still kept (the desktop app keeps it across restarts; the
 * browser forgets it with the tab), so it carries on. Otherwise it waits for Start syncing, and the
 * rollups a first pull still owed when the app closed (first-pull.ts) are rebuilt now rather than
 * when that pull ends, whenever that is.
 */
export async function resumeSync(db: TandemDb): Promise<boolean> {
  const server = (await readSyncState(db, SYNC_ENABLED_KEY)) === true ? await readSyncServer(db) : null;
  if (!server || (await platform.readSyncCredentials()) === null) {
    await settleRollups(dexieSyncStore(db), true, new RollupAccumulator(), true);
    return false;
  }
  await startSync(syncConfigFor(db, server));
  return true;
}
