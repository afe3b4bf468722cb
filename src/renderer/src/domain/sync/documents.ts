import type { z } from 'zod';
import { clientSchema } from '../model/client';
import { expenseSchema } from '../model/expense';
import { importRecordSchema } from '../model/import-record';
import { invoiceSchema } from '../model/invoice';
import { paymentSchema } from '../model/payment';
import { projectSchema } from '../model/project';
import { SETTINGS_ID, settingsSchema } from '../model/settings';
import type { Settings } from '../model/settings';
import { taskSchema } from '../model/task';
import { teammateSchema } from '../model/teammate';
import { timeBlockSchema } from '../model/time-block';
import { timeEntrySchema } from '../model/time-entry';
import { updateDraftSchema } from '../model/update-draft';
import { err, ok } from '../result';
import type { Result } from '../result';

// Sync documents (docs/decisions.md, "Sync"): one CouchDB document per stored record, `_id`
// "<table>:<id>" and body `{ table, record }`, the record exactly as Dexie stores it. A pulled
// document is untrusted input: fromDoc checks it with the table's own schema before anything is
// written, and a document that fails is quarantined, never stored.

/** The tables whose records sync. Derived rollups, the running timer, the trash, backups and the sync tables never do. */
export const SYNCED_TABLES = [
  'clients',
  'projects',
  'timeEntries',
  'expenses',
  'tasks',
  'timeBlocks',
  'updateDrafts',
  'teammates',
  'invoices',
  'payments',
  'imports',
  'settings',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

const SYNCED = new Set<string>(SYNCED_TABLES);

/** Sync's own tables: this device's queue, checkpoints, conflicts and refused documents. Never synced, never in a backup. */
export const SYNC_OWN_TABLES = ['outbox', 'syncState', 'syncConflicts', 'syncQuarantine'] as const;

export function isSyncedTable(table: string): table is SyncedTable {
  return SYNCED.has(table);
}

const SCHEMAS: Record<SyncedTable, z.ZodType> = {
  clients: clientSchema,
  projects: projectSchema,
  timeEntries: timeEntrySchema,
  expenses: expenseSchema,
  tasks: taskSchema,
  timeBlocks: timeBlockSchema,
  updateDrafts: updateDraftSchema,
  teammates: teammateSchema,
  invoices: invoiceSchema,
  payments: paymentSchema,
  imports: importRecordSchema,
  settings: settingsSchema,
};

/**
 * Settings fields that belong to one machine and never sync: how this machine looks (theme), whether
 * it shows block reminders on its desktop, which budget alerts it has already shown its user, and who
 * uses it (devicePersonId: a pulled settings document never changes whose computer this is).
 * Everything else in settings is the agency's (name, rates, currency, invoices, work hours) and syncs
 * as the one document "settings:agency".
 */
export const DEVICE_LOCAL_SETTINGS = ['theme', 'blockReminders', 'budgetAlertsSeen', 'devicePersonId'] as const satisfies readonly (keyof Settings)[];

/** The document id of the settings record: the agency part of it, the same on every device. */
const SETTINGS_DOC_RECORD_ID = 'agency';

/** A synced record as a CouchDB document (PouchDB adds `_rev`; a deletion is `_deleted` with no body). */
export interface SyncDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  table?: string;
  record?: Record<string, unknown>;
}

/** A pulled document, checked: a record to store, or a record to delete. */
export type RemoteChange =
  | { kind: 'put'; key: string; table: SyncedTable; id: string; record: Record<string, unknown> }
  | { kind: 'delete'; key: string; table: SyncedTable; id: string };

/** "<table>:<id>", the document id and outbox key of a record; the settings record is "settings:agency". */
export function docId(table: SyncedTable, id: string): string {
  return `${table}:${table === 'settings' ? SETTINGS_DOC_RECORD_ID : id}`;
}

/** The table and stored primary key a document id names, or an error for an id no synced record has. */
export function parseDocId(key: string): Result<{ table: SyncedTable; id: string }> {
  const at = key.indexOf(':');
  const table = at > 0 ? key.slice(0, at) : '';
  const id = key.slice(at + 1);
  if (!isSyncedTable(table) || at < 0) return err(`“${key.slice(0, 80)}” does not name a synced table`);
  if (id.length === 0 || id.length > 100) return err(`“${key.slice(0, 80)}” does not name a record`);
  if (table === 'settings') {
    return id === SETTINGS_DOC_RECORD_ID ? ok({ table, id: SETTINGS_ID }) : err('Only the agency settings sync');
  }
  return ok({ table, id });
}

/** The document body of a stored record (device-local settings left out). */
export function toDoc(table: SyncedTable, record: Record<string, unknown>): SyncDoc {
  const body: Record<string, unknown> = { ...record };
  if (table === 'settings') for (const field of DEVICE_LOCAL_SETTINGS) delete body[field];
  return { _id: docId(table, String(record.id)), table, record: body };
}

/**
 * Checks a pulled document: its id names a synced record, its body names the same table and id, and
 * the record passes that table's schema (unknown fields are dropped, as every repository write does).
 * A settings record comes back without the device-local fields; the apply path keeps this machine's.
 */
export function fromDoc(doc: unknown): Result<RemoteChange> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return err('The document is not an object');
  const { _id, _deleted, table, record } = doc as Record<string, unknown>;
  if (typeof _id !== 'string') return err('The document has no id');
  const named = parseDocId(_id);
  if (!named.ok) return named;
  const key = _id;
  const { id } = named.value;
  if (_deleted === true) {
    if (named.value.table === 'settings') return err('The agency settings cannot be deleted');
    return ok({ kind: 'delete', key, table: named.value.table, id });
  }
  if (table !== named.value.table) return err(`The document ${key.slice(0, 80)} says it belongs to another table`);
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return err(`The document ${key.slice(0, 80)} holds no record`);
  if ((record as Record<string, unknown>).id !== id) return err(`The record in ${key.slice(0, 80)} has another id`);
  const parsed = SCHEMAS[named.value.table].safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return err(`The record in ${key.slice(0, 80)} is not valid (${where}${issue?.message ?? 'unknown problem'})`);
  }
  const checked = parsed.data as Record<string, unknown>;
  if (named.value.table === 'settings') for (const field of DEVICE_LOCAL_SETTINGS) delete checked[field];
  return ok({ kind: 'put', key, table: named.value.table, id, record: checked });
}

/** A syncState row: whether sync is on ('enabled'), the replicator's checkpoints and status. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** One side of a conflict: a revision and its record (null when that revision is a deletion). */
export interface ConflictSide {
  rev: string;
  record: Record<string, unknown> | null;
  /** the device that wrote this revision, as it named itself when syncing; null when unknown */
  device: string | null;
}

/** A record whose devices disagreed: the applied winner, the revisions that lost, the fields that differ. */
export interface SyncConflictRow {
  id: string;
  key: string;
  table: string;
  recordId: string;
  winner: ConflictSide;
  losers: ConflictSide[];
  /** record fields whose values differ between the winner and the first loser (all of them against a deletion) */
  fields: string[];
}

/** A pulled document validation refused: kept for the report, never written to the records. */
export interface SyncQuarantineRow {
  id: string;
  /** the document's id as sent (cut to 200 characters), '' when it had none */
  key: string;
  /** why it was refused, in plain words */
  reason: string;
  /** the document as JSON, cut to 20,000 characters */
  json: string;
  /** ISO instant it arrived */
  at: string;
}
