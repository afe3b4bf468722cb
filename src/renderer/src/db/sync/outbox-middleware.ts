import Dexie from 'dexie';
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction } from 'dexie';
import { docId, isSyncedTable } from '../../domain/sync/documents';
import type { SyncedTable } from '../../domain/sync/documents';

// The outbox (docs/decisions.md, "Sync"): while sync is on, every add, put and delete on a synced
// table also writes an outbox row "<table>:<id>" IN THE SAME TRANSACTION, below every repository, so
// no write can reach IndexedDB without its outbox row and no outbox row survives an aborted write.
// A read-write transaction over a synced table gets the outbox added to its scope when it starts;
// one that starts while sync is off is left exactly as it was (the middleware costs nothing then).
// Changes applied from the server are marked (markRemoteTransaction) and write no outbox row.

export const OUTBOX_TABLE = 'outbox';

interface OutboxState {
  enabled: boolean;
  /** transactions opened while on, whose synced writes get outbox rows */
  recording: WeakSet<DBCoreTransaction>;
  /** transactions applying pulled changes: never recorded */
  remote: WeakSet<object>;
}

const states = new WeakMap<Dexie, OutboxState>();

function stateOf(db: Dexie): OutboxState {
  const state = states.get(db);
  if (!state) throw new Error('The outbox middleware is not installed on this database');
  return state;
}

/** Switches outbox recording on or off for transactions that start from now on (outbox.ts keeps syncState in step). */
export function setOutboxRecording(db: Dexie, enabled: boolean): void {
  stateOf(db).enabled = enabled;
}

export function isOutboxRecording(db: Dexie): boolean {
  return stateOf(db).enabled;
}

/** Inside a db.transaction scope: the writes of this transaction are pulled changes and go to no outbox. */
export function markRemoteTransaction(db: Dexie): void {
  const trans = Dexie.currentTransaction;
  if (!trans || trans.db !== db) throw new Error('markRemoteTransaction must run inside a transaction of this database');
  stateOf(db).remote.add(trans.idbtrans);
}

/** Above this many keys in one write, the table's pending outbox rows are read in one range instead of one lookup per key. */
const KEYED_LOOKUP_MAX = 32;

const equalRange = (key: string): DBCoreKeyRange => ({ type: 1 /* DBCoreRangeType.Equal */, lower: key, upper: key });
/** Every key starting "<table>:" (';' is the character after ':'). */
const tableRange = (table: string): DBCoreKeyRange => ({ type: 2 /* DBCoreRangeType.Range */, lower: `${table}:`, upper: `${table};`, upperOpen: true });

/** Replaces the outbox rows of `keys` with new ones at the end (the newest change of a record is the one that counts). */
async function recordKeys(outbox: DBCoreTable, trans: DBCoreTransaction, table: SyncedTable, ids: readonly unknown[]): Promise<void> {
  const keys = [...new Set(ids.filter((id): id is string => typeof id === 'string').map((id) => docId(table, id)))];
  if (keys.length === 0) return;
  const keyIndex = outbox.schema.getIndexByKeyPath('key');
  if (!keyIndex) throw new Error('The outbox has no key index');
  let oldSeqs: number[];
  if (keys.length <= KEYED_LOOKUP_MAX) {
    const found = await Promise.all(keys.map((key) => outbox.query({ trans, values: false, query: { index: keyIndex, range: equalRange(key) } })));
    oldSeqs = found.flatMap((response) => response.result as number[]);
  } else {
    const wanted = new Set(keys);
    const pending = await outbox.query({ trans, values: true, query: { index: keyIndex, range: tableRange(table) } });
    oldSeqs = (pending.result as { seq: number; key: string }[]).filter((row) => wanted.has(row.key)).map((row) => row.seq);
  }
  if (oldSeqs.length > 0) await outbox.mutate({ type: 'delete', trans, keys: oldSeqs });
  await outbox.mutate({ type: 'add', trans, values: keys.map((key) => ({ key })) });
}

/** The primary keys a write touched: what succeeded of an add or put, the keys of a delete, the stored keys of a range delete. */
async function touchedKeys(down: DBCoreTable, req: DBCoreMutateRequest, res: DBCoreMutateResponse): Promise<unknown[]> {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return [];
  const results = res.results ?? req.keys ?? req.values.map((value) => down.schema.primaryKey.extractKey?.(value));
  return res.numFailures === 0 ? results : results.filter((_, index) => !(index in res.failures));
}

function createOutboxCore(down: DBCore, state: OutboxState): DBCore {
  const hasOutbox = down.schema.tables.some((table) => table.name === OUTBOX_TABLE);
  return {
    ...down,
    transaction(stores, mode, options) {
      const records = hasOutbox && state.enabled && mode === 'readwrite' && stores.some(isSyncedTable);
      if (!records) return down.transaction(stores, mode, options);
      const trans = down.transaction(stores.includes(OUTBOX_TABLE) ? stores : [...stores, OUTBOX_TABLE], mode, options);
      state.recording.add(trans);
      return trans;
    },
    table(name) {
      const table = down.table(name);
      if (!hasOutbox || !isSyncedTable(name)) return table;
      const outbox = down.table(OUTBOX_TABLE);
      return {
        ...table,
        async mutate(req) {
          const records = state.recording.has(req.trans) && !state.remote.has(req.trans);
          if (!records) return table.mutate(req);
          // A range delete names no keys: read the ones it will remove first.
          const rangeKeys =
            req.type === 'deleteRange'
              ? ((await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result as unknown[])
              : [];
          const res = await table.mutate(req);
          await recordKeys(outbox, req.trans, name, [...rangeKeys, ...(await touchedKeys(table, req, res))]);
          return res;
        },
      };
    },
  };
}

/** Installs the outbox middleware on a database before it opens (the TandemDb constructor does). Recording starts off. */
export function installOutbox(db: Dexie): void {
  const state: OutboxState = { enabled: false, recording: new WeakSet(), remote: new WeakSet() };
  states.set(db, state);
  db.use({ stack: 'dbcore', name: 'outbox', create: (down) => createOutboxCore(down, state) });
}
