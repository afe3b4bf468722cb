import { SYNCED_TABLES, docId, parseDocId, toDoc } from '../../domain/sync/documents';
import type { SyncDoc, SyncedTable } from '../../domain/sync/documents';
import type { TandemDb } from '../db';
import { setOutboxRecording } from './outbox-middleware';

// Reading and clearing the outbox, turning it on and off, and the replicator's small key-value state.
// The outbox holds keys only; takeOutbox reads each record as it is NOW, so the newest state goes up
// however many times a record changed, and a record that is gone goes up as a deletion.

/** The syncState key that says sync is on; the database reads it when it opens (db.ts). */
export const SYNC_ENABLED_KEY = 'enabled';

/** One outbox row with the record's current state: its document, or that it was deleted. */
export type OutboxItem = { seq: number; key: string; doc: SyncDoc } | { seq: number; key: string; deleted: true };

function syncedTables(db: TandemDb) {
  return SYNCED_TABLES.map((table) => db.table(table));
}

/** The oldest `limit` outbox rows, each with its record's document as stored now (or `deleted`). */
export async function takeOutbox(db: TandemDb, limit: number): Promise<OutboxItem[]> {
  return db.transaction('r', [db.outbox, ...syncedTables(db)], async () => {
    const rows = (await db.outbox.orderBy('seq').limit(limit).toArray()) as { seq: number; key: string }[];
    const byTable = new Map<SyncedTable, { seq: number; key: string; id: string }[]>();
    const items = new Map<number, OutboxItem>();
    for (const row of rows) {
      const named = parseDocId(row.key);
      if (!named.ok) continue; // cannot happen: the middleware writes docId keys only
      const list = byTable.get(named.value.table) ?? [];
      list.push({ ...row, id: named.value.id });
      byTable.set(named.value.table, list);
    }
    for (const [table, list] of byTable) {
      const records = await db.table(table).bulkGet(list.map((row) => row.id));
      list.forEach((row, index) => {
        const record = records[index] as Record<string, unknown> | undefined;
        items.set(row.seq, record ? { seq: row.seq, key: row.key, doc: toDoc(table, record) } : { seq: row.seq, key: row.key, deleted: true });
      });
    }
    return rows.flatMap((row) => items.get(row.seq) ?? []);
  });
}

/** Removes the outbox rows up to `upToSeq`, once the replicator has stored their documents. */
export async function clearOutbox(db: TandemDb, upToSeq: number): Promise<void> {
  await db.outbox.where('seq').belowOrEqual(upToSeq).delete();
}

/** Changes waiting to go up. */
export function outboxCount(db: TandemDb): Promise<number> {
  return db.outbox.count();
}

export async function readSyncState(db: TandemDb, key: string): Promise<unknown> {
  return (await db.syncState.get(key))?.value;
}

export async function writeSyncState(db: TandemDb, key: string, value: unknown): Promise<void> {
  await db.syncState.put({ key, value });
}

/**
 * Turns the outbox on and records that sync is on. When it was off (first start, or after Stop
 * syncing: writes made meanwhile were not recorded), every synced record is queued, so the first
 * upload holds all of this device's data. Recording starts before that transaction, and the
 * transaction spans every synced table, so no write falls between the two.
 */
export async function enableOutbox(db: TandemDb): Promise<{ queued: number }> {
  setOutboxRecording(db, true);
  return db.transaction('rw', [db.syncState, db.outbox, ...syncedTables(db)], async () => {
    if ((await db.syncState.get(SYNC_ENABLED_KEY))?.value === true) return { queued: 0 };
    await db.syncState.put({ key: SYNC_ENABLED_KEY, value: true });
    const pending = new Set(await db.outbox.orderBy('key').keys());
    const rows: { key: string }[] = [];
    for (const table of SYNCED_TABLES) {
      for (const id of await db.table(table).toCollection().primaryKeys()) {
        const key = docId(table, String(id));
        if (!pending.has(key)) rows.push({ key });
      }
    }
    await db.outbox.bulkAdd(rows);
    return { queued: rows.length };
  });
}

/** Turns the outbox off (Stop syncing): writes from now on are not recorded; what is queued stays. */
export async function disableOutbox(db: TandemDb): Promise<void> {
  setOutboxRecording(db, false);
  await db.syncState.put({ key: SYNC_ENABLED_KEY, value: false });
}
