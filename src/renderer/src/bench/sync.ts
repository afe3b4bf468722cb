import { db } from '../db/db';
import { timeEntriesRepo } from '../db/repositories/time-entries-repo';
import { enableOutbox } from '../db/sync/outbox';
import { Replicator } from '../db/sync/replicator';
import type { SyncStatus } from '../db/sync/sync-status';
import { type SyncStore, dexieSyncStore } from '../db/sync/sync-store';
import { isSyncedTable } from '../domain/sync/documents';
import { timeBulkPut } from './bulk-put';

// Sync between devices through a CouchDB-protocol server on loopback (bench/run.mjs starts it): the
// first upload of a device's records, the first sync of an empty device and its floor (a raw bulkPut of
// the same records), and how long a change on one device takes to reach another's database.

export interface SyncTarget {
  url: string;
  username: string;
  password: string;
}

export interface SyncProgress {
  done: number;
  total: number;
}

export interface FirstSyncTiming {
  ms: number;
  records: number;
  /** start until the last document was pulled into the local mirror (applying goes on meanwhile) */
  pulledMs: number | null;
  /** time inside the apply path (validation, Dexie writes, rollups), summed over its batches */
  applyMs: number;
  applyBatches: number;
}

/** The one replicator of this page: the first sync's stays live for the change-visible measure. */
let live: Replicator | null = null;

function replicator(target: SyncTarget, store: SyncStore, liveSync: boolean): Replicator {
  // The app's configuration (syncConfigFor) but signing in through PouchDB: the bench page has no
  // platform that keeps a password.
  return new Replicator({ url: target.url, auth: { username: target.username, password: target.password }, store, live: liveSync, device: 'bench' });
}

function recordCount(): Promise<number> {
  return dexieSyncStore(db).recordCount();
}

/**
 * Start syncing on the device that holds the dataset, as Settings → Sync does (every record queued in the
 * outbox), then Sync now to the end: every record goes up through the local mirror.
 */
export async function syncUpload(target: SyncTarget, onProgress?: (progress: SyncProgress) => void): Promise<{ ms: number; records: number }> {
  const records = await recordCount();
  const started = performance.now();
  await enableOutbox(db);
  const upload = replicator(target, dexieSyncStore(db), false);
  // What is left in the outbox and in the mirror's push; zero before the first count and at the end.
  const stop = upload.onStatus((status) => {
    if (status.pending > 0) onProgress?.({ done: Math.max(0, records - status.pending), total: records });
  });
  try {
    const status = await upload.syncNow();
    if (status.state !== 'connected') throw new Error(`The first upload ended ${status.state}: ${status.message}`);
    return { ms: performance.now() - started, records };
  } finally {
    stop();
    await upload.close();
  }
}

/**
 * Start syncing on an empty device (live, as the app runs) and time until every one of the server's
 * `expected` records is in Dexie and the replicator says synced. The replicator stays live.
 */
export async function syncFirstPull(target: SyncTarget, expected: number, onProgress?: (progress: SyncProgress) => void): Promise<FirstSyncTiming> {
  if ((await recordCount()) > 0) throw new Error('The first sync is measured on an empty device.');
  const base = dexieSyncStore(db);
  let applyMs = 0;
  let applyBatches = 0;
  const store: SyncStore = {
    ...base,
    applyRemoteChanges: async (docs, options) => {
      const began = performance.now();
      const outcome = await base.applyRemoteChanges(docs, options);
      applyMs += performance.now() - began;
      applyBatches += 1;
      return outcome;
    },
  };
  const started = performance.now();
  await enableOutbox(db);
  live = replicator(target, store, true);
  let pulledMs: number | null = null;
  const synced = new Promise<void>((resolve, reject) => {
    let checking = false;
    const check = async (status: SyncStatus) => {
      if (status.state === 'error') reject(new Error(`The first sync stopped: ${status.message}`));
      if (status.progress) {
        onProgress?.(status.progress);
        // PouchDB reports a batch once it is written to the mirror: the last one means all pulled.
        if (status.progress.done >= status.progress.total) pulledMs ??= performance.now() - started;
      }
      if (status.lastSyncedAt === null || checking) return;
      checking = true;
      // Synced means caught up; a catch-up before the last batch was applied would count short.
      if ((await recordCount()) >= expected) resolve();
      checking = false;
    };
    live?.onStatus((status) => void check(status).catch(reject));
  });
  await live.start();
  await synced;
  return { ms: performance.now() - started, records: await recordCount(), pulledMs, applyMs, applyBatches };
}

/** The server's documents (admin-free: the member's sign-in), read in pages; design documents left out. */
async function serverRecords(target: SyncTarget): Promise<Map<string, Record<string, unknown>[]>> {
  const byTable = new Map<string, Record<string, unknown>[]>();
  const headers = { Authorization: `Basic ${btoa(`${target.username}:${target.password}`)}` };
  const page = 10_000;
  let after: string | null = null;
  for (;;) {
    const from: string = after === null ? '' : `&startkey=${encodeURIComponent(JSON.stringify(after))}&skip=1`;
    const answer = await fetch(`${target.url}/_all_docs?include_docs=true&limit=${page}${from}`, { headers });
    if (!answer.ok) throw new Error(`Reading the server's documents answered ${answer.status}`);
    const { rows } = (await answer.json()) as { rows: { id: string; doc?: { table?: string; record?: Record<string, unknown> } }[] };
    for (const row of rows) {
      const table = row.doc?.table;
      if (row.doc?.record === undefined || table === undefined || !isSyncedTable(table)) continue;
      const list = byTable.get(table) ?? [];
      list.push(row.doc.record);
      byTable.set(table, list);
    }
    if (rows.length < page) return byTable;
    after = rows.at(-1)?.id ?? null;
  }
}

/** The floor of the first sync: the server's records, read outside the timing, bulkPut into this empty device. */
export async function syncFloor(target: SyncTarget): Promise<{ ms: number; records: number }> {
  if ((await recordCount()) > 0) throw new Error('The floor is measured on an empty device.');
  const byTable = await serverRecords(target);
  return timeBulkPut(byTable);
}

/** Keeps this device syncing in the background (the device that uploaded). */
export async function syncLive(target: SyncTarget): Promise<void> {
  live ??= replicator(target, dexieSyncStore(db), true);
  if (!(await live.start())) throw new Error(`Sync did not start: ${live.current.message}`);
}

/** An entry to edit: one of the latest day's (every device holding the dataset has it). */
export async function syncEditableEntry(): Promise<string> {
  const latest = await db.timeEntries.orderBy('day').last();
  if (!latest) throw new Error('No time entry to edit');
  return latest.id;
}

/** Edits the entry's note through the repository, as the Time screen saves an edit. */
export async function syncEdit(id: string, note: string): Promise<void> {
  await timeEntriesRepo(db).update(id, { note }, { confirmInvoiced: true });
}

/** Resolves once the entry's note reads `note` in this device's database, looked at every 10 ms. */
export async function syncAwaitNote(id: string, note: string, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while ((await db.timeEntries.get(id))?.note !== note) {
    if (performance.now() > until) throw new Error(`The change did not arrive within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function syncClose(): Promise<void> {
  await live?.close();
  live = null;
}
