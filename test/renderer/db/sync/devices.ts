// Devices for the replicator's tests: each a Tandem database on fake-indexeddb with its outbox on and
// a Replicator (not live unless asked) on its own local PouchDB mirror, signed in to the test's
// PouchDB Server. The test file sets `self` first (pouchdb-browser reads it when it loads).
import type { TandemDb } from '../../../../src/renderer/src/db/db';
import { enableOutbox } from '../../../../src/renderer/src/db/sync/outbox';
import { type SyncConfig, Replicator } from '../../../../src/renderer/src/db/sync/replicator';
import { dexieSyncStore } from '../../../../src/renderer/src/db/sync/sync-store';
import { SYNCED_TABLES } from '../../../../src/renderer/src/domain/sync/documents';
import type { CouchServer } from '../../../support/couch-server';
import { freshDb } from '../helpers';

export interface Device {
  db: TandemDb;
  replicator: Replicator;
}

const open: Replicator[] = [];
let counter = 0;

export async function openDevice(server: CouchServer, name: string, overrides: Partial<SyncConfig> = {}): Promise<Device> {
  counter += 1;
  const db = freshDb();
  // Opened first, as the app opens it at start-up: opening reads whether sync is on (db.ts).
  await db.open();
  await enableOutbox(db);
  const replicator = new Replicator({
    url: server.databaseUrl,
    auth: { username: server.user.name, password: server.user.password },
    store: dexieSyncStore(db),
    localName: `mirror-${name}-${counter}`,
    device: name,
    live: false,
    ...overrides,
  });
  open.push(replicator);
  return { db, replicator };
}

/** Closes every device's replicator (their databases go with freshDb's clean-up). */
export async function closeDevices(): Promise<void> {
  for (const replicator of open.splice(0)) await replicator.close();
}

/** Every synced record of a device, by table, in key order. */
export async function syncedRecords(db: TandemDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) out[table] = await db.table(table).toArray();
  return out;
}
