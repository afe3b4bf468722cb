import { newId } from '../../domain/ids';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../../domain/model/settings';
import type { Expense } from '../../domain/model/expense';
import type { TimeEntry } from '../../domain/model/time-entry';
import { DEVICE_LOCAL_SETTINGS, SYNCED_TABLES, fromDoc } from '../../domain/sync/documents';
import type { RemoteChange, SyncQuarantineRow, SyncedTable } from '../../domain/sync/documents';
import { readClock } from '../../platform/clock';
import type { RollupAccumulator } from '../../domain/rollup-accumulator';
import type { TandemDb } from '../db';
import { accumulateChanges, applyEntryChanges, planRollupsForNewEntries, rollupTables } from '../rollups';
import { markRemoteTransaction } from './outbox-middleware';

// Applying documents pulled from the server (docs/decisions.md, "Sync"). Every document is checked
// by fromDoc first; one that fails is quarantined (syncQuarantine) and nothing of it is written.
// The rest are written in ONE transaction with the rollups brought up to date for what changed,
// through the CSV import's bulk path: new entries plan their rollups before they are written
// (planRollupsForNewEntries), changed and deleted ones and expenses go through applyEntryChanges;
// a first pull gathers them instead (`gatherRollups`) and writes them once when it ends.
// The transaction is marked remote, so these writes go to no outbox. A record with a local change
// still in the outbox is not overwritten: it is reported as deferred, and the local change goes up.

export interface ApplyOptions {
  /**
   * The caller knows none of these records is stored here, apart from those with a change waiting in
   * the outbox (which are deferred): a first pull's documents, each seen once. The stored entries and
   * expenses they would replace are then not looked up (at 1/20 scale that lookup of 12,400 absent
   * ids took 0.6 s of a 4 s apply).
   */
  unstored?: boolean;
  /**
   * Gather the rollups' changes here instead of writing them (a first pull writes them once at its
   * end: each batch would otherwise re-read and rewrite the rows of most of the agency's days).
   */
  gatherRollups?: RollupAccumulator;
}

export interface ApplyOutcome {
  /** records written or deleted */
  applied: number;
  /** documents refused and kept in syncQuarantine */
  quarantined: number;
  /** keys left alone because this device changed them after the replicator last read the outbox */
  deferred: string[];
  /** why each refused document was refused, in plain words */
  problems: { key: string; reason: string }[];
}

const QUARANTINE_JSON_MAX = 20_000;

function quarantineRow(doc: unknown, reason: string, at: string): SyncQuarantineRow {
  const id = doc !== null && typeof doc === 'object' ? (doc as { _id?: unknown })._id : undefined;
  let json: string;
  try {
    json = JSON.stringify(doc) ?? String(doc);
  } catch {
    json = String(doc);
  }
  return { id: newId(), key: typeof id === 'string' ? id.slice(0, 200) : '', reason, json: json.slice(0, QUARANTINE_JSON_MAX), at };
}

export async function applyRemoteChanges(db: TandemDb, docs: readonly unknown[], options: ApplyOptions = {}): Promise<ApplyOutcome> {
  const changes: RemoteChange[] = [];
  const refused: SyncQuarantineRow[] = [];
  const at = readClock().toISOString();
  for (const doc of docs) {
    const checked = fromDoc(doc);
    if (checked.ok) changes.push(checked.value);
    else refused.push(quarantineRow(doc, checked.error, at));
  }
  const tables = [db.outbox, db.syncQuarantine, ...SYNCED_TABLES.map((table) => db.table(table)), ...rollupTables(db)];
  return db.transaction('rw', tables, async () => {
    markRemoteTransaction(db);
    if (refused.length > 0) await db.syncQuarantine.bulkAdd(refused);

    // The last document of a key in the batch is the one that counts.
    const latest = new Map<string, RemoteChange>();
    for (const change of changes) latest.set(change.key, change);
    const pending = new Set(await db.outbox.where('key').anyOf([...latest.keys()]).keys());
    const deferred = [...latest.keys()].filter((key) => pending.has(key));
    for (const key of deferred) latest.delete(key);

    const byTable = new Map<SyncedTable, { puts: Record<string, unknown>[]; deletes: string[] }>();
    for (const change of latest.values()) {
      const group = byTable.get(change.table) ?? { puts: [], deletes: [] };
      if (change.kind === 'put') group.puts.push(change.record);
      else group.deletes.push(change.id);
      byTable.set(change.table, group);
    }

    const entries = byTable.get('timeEntries');
    const expenses = byTable.get('expenses');
    const entryIds = entries && !options.unstored ? [...entries.puts.map((record) => String(record.id)), ...entries.deletes] : [];
    const oldEntries = (await db.timeEntries.bulkGet(entryIds)).filter((entry): entry is TimeEntry => entry !== undefined);
    const expenseIds = expenses && !options.unstored ? [...expenses.puts.map((record) => String(record.id)), ...expenses.deletes] : [];
    const oldExpenses = (await db.expenses.bulkGet(expenseIds)).filter((expense): expense is Expense => expense !== undefined);
    const addedEntries = (entries?.puts ?? []) as TimeEntry[];
    // Entries none of which is stored yet (a first sync) take the import's path: rollup reads before the writes.
    const gathered = options.gatherRollups;
    const writeNewEntryRollups =
      !gathered && oldEntries.length === 0 && addedEntries.length > 0 ? await planRollupsForNewEntries(db, addedEntries) : null;

    const settings = byTable.get('settings');
    if (settings && settings.puts.length > 0) {
      const local = (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
      const kept = Object.fromEntries(DEVICE_LOCAL_SETTINGS.map((field) => [field, local[field]]));
      settings.puts = settings.puts.map((record) => ({ ...record, ...kept }));
    }

    let applied = 0;
    for (const [table, group] of byTable) {
      await db.table(table).bulkPut(group.puts);
      await db.table(table).bulkDelete(group.deletes);
      applied += group.puts.length + group.deletes.length;
    }
    const outcome: ApplyOutcome = {
      applied,
      quarantined: refused.length,
      deferred,
      problems: refused.map((row) => ({ key: row.key, reason: row.reason })),
    };

    if (writeNewEntryRollups) await writeNewEntryRollups();
    const rollupChanges = {
      addedEntries: writeNewEntryRollups ? [] : addedEntries,
      removedEntries: oldEntries,
      addedExpenses: (expenses?.puts ?? []) as Expense[],
      removedExpenses: oldExpenses,
    };
    if (gathered) {
      accumulateChanges(rollupChanges, gathered);
      return outcome;
    }
    const entriesChanged = rollupChanges.addedEntries.length + rollupChanges.removedEntries.length > 0;
    if (entriesChanged || rollupChanges.addedExpenses.length + rollupChanges.removedExpenses.length > 0) {
      await applyEntryChanges(db, rollupChanges, { switching: entriesChanged });
    }
    return outcome;
  });
}
