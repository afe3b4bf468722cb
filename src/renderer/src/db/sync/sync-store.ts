// What the replicator needs from the database: the outbox, the apply path, its own small state and the
// conflict rows. `dexieSyncStore` gives these over the app's Dexie database (db/sync/outbox.ts and
// apply-remote.ts); the replicator's tests hand it the same over a test database.
import { SYNCED_TABLES } from '../../domain/sync/documents';
import type { SyncConflictRow, SyncDoc } from '../../domain/sync/documents';
import type { RollupAccumulator } from '../../domain/rollup-accumulator';
import type { TandemDb } from '../db';
import { repairRollups, writeGatheredRollups } from '../rollups';
import { type ApplyOptions, type ApplyOutcome, applyRemoteChanges } from './apply-remote';
import { type OutboxItem, clearOutbox, outboxCount, readSyncState, takeOutbox, writeSyncState } from './outbox';

export type { ConflictSide, SyncConflictRow as SyncConflict, SyncDoc } from '../../domain/sync/documents';
export type { ApplyOptions, ApplyOutcome } from './apply-remote';
export type { OutboxItem } from './outbox';

export interface SyncStore {
  takeOutbox(limit: number): Promise<OutboxItem[]>;
  clearOutbox(upToSeq: number): Promise<void>;
  outboxCount(): Promise<number>;
  /** Writes validated winners (quarantining what fails); leaves alone a record with a change waiting. */
  applyRemoteChanges(docs: SyncDoc[], options?: ApplyOptions): Promise<ApplyOutcome>;
  readState(key: string): Promise<unknown>;
  writeState(key: string, value: unknown): Promise<void>;
  /** Every state row whose key starts with `prefix`, in key order. */
  readStatesStartingWith(prefix: string): Promise<[key: string, value: unknown][]>;
  deleteStates(keys: string[]): Promise<void>;
  putConflicts(rows: SyncConflictRow[]): Promise<void>;
  deleteConflicts(keys: string[]): Promise<void>;
  listConflicts(): Promise<SyncConflictRow[]>;
  getConflict(id: string): Promise<SyncConflictRow | undefined>;
  /** Writes rollups gathered by applyRemoteChanges (`gatherRollups`); null: rebuilds them all instead. */
  writeGatheredRollups(acc: RollupAccumulator | null): Promise<void>;
  /** How many synced records this device holds, all tables together. */
  recordCount(): Promise<number>;
}

/** The store over a Tandem database. A conflict row's id is its document id: one row per record. */
export function dexieSyncStore(db: TandemDb): SyncStore {
  return {
    takeOutbox: (limit) => takeOutbox(db, limit),
    clearOutbox: (upToSeq) => clearOutbox(db, upToSeq),
    outboxCount: () => outboxCount(db),
    applyRemoteChanges: (docs, options) => applyRemoteChanges(db, docs, options),
    readState: (key) => readSyncState(db, key),
    writeState: (key, value) => writeSyncState(db, key, value),
    readStatesStartingWith: async (prefix) =>
      (await db.syncState.where('key').startsWith(prefix).toArray()).map((row) => [row.key, row.value]),
    deleteStates: async (keys) => {
      await db.syncState.bulkDelete(keys);
    },
    putConflicts: async (rows) => {
      await db.syncConflicts.bulkPut(rows);
    },
    deleteConflicts: async (keys) => {
      await db.syncConflicts.where('key').anyOf(keys).delete();
    },
    listConflicts: () => db.syncConflicts.orderBy('key').toArray(),
    getConflict: (id) => db.syncConflicts.get(id),
    writeGatheredRollups: async (acc) => {
      if (acc) await writeGatheredRollups(db, acc);
      else await repairRollups(db);
    },
    recordCount: async () => {
      const counts = await Promise.all(SYNCED_TABLES.map((table) => db.table(table).count()));
      return counts.reduce((sum, count) => sum + count, 0);
    },
  };
}
