import Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';
import type { Client } from '../domain/model/client';
import type { Expense } from '../domain/model/expense';
import type { ImportRecord } from '../domain/model/import-record';
import type { Invoice } from '../domain/model/invoice';
import type { Payment } from '../domain/model/payment';
import type { Project } from '../domain/model/project';
import type { RunningTimer } from '../domain/model/running-timer';
import type { Settings } from '../domain/model/settings';
import type { Task } from '../domain/model/task';
import type { Teammate } from '../domain/model/teammate';
import type { TimeBlock } from '../domain/model/time-block';
import type { TimeEntry } from '../domain/model/time-entry';
import type { TrashItem } from '../domain/model/trash-item';
import type { UpdateDraft } from '../domain/model/update-draft';
import type { ProjectTotals } from '../domain/rollup-figures';
import type { ProjectMonth, SwitchingMonth } from '../domain/rollup-months';
import type { SyncConflictRow, SyncQuarantineRow, SyncStateRow } from '../domain/sync/documents';
import { declareSchema } from './schema';
import { installOutbox, setOutboxRecording } from './sync/outbox-middleware';
import { SYNC_ENABLED_KEY } from './sync/outbox';

// The one Dexie database class. The app uses the `db` instance; tests and the restore path open
// other databases by name with createTandemDb. Only repositories write to it.
// Transaction rule: a db.transaction scope is always an `async` function (Dexie follows native
// awaits only there) and awaits nothing but Dexie inside, or IndexedDB commits half-way.

export const TANDEM_DB_NAME = 'tandem';

export class TandemDb extends Dexie {
  clients!: EntityTable<Client, 'id'>;
  projects!: EntityTable<Project, 'id'>;
  timeEntries!: EntityTable<TimeEntry, 'id'>;
  expenses!: EntityTable<Expense, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  timeBlocks!: EntityTable<TimeBlock, 'id'>;
  updateDrafts!: EntityTable<UpdateDraft, 'id'>;
  teammates!: EntityTable<Teammate, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  timer!: EntityTable<RunningTimer, 'id'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  trash!: EntityTable<TrashItem, 'id'>;
  invoices!: EntityTable<Invoice, 'id'>;
  payments!: EntityTable<Payment, 'id'>;
  projectTotals!: EntityTable<ProjectTotals, 'projectId'>;
  projectMonths!: Table<ProjectMonth, [string, string]>;
  switchingMonths!: Table<SwitchingMonth, [string, string]>;
  outbox!: Table<{ seq?: number; key: string }, number>;
  syncState!: Table<SyncStateRow, string>;
  syncConflicts!: EntityTable<SyncConflictRow, 'id'>;
  syncQuarantine!: EntityTable<SyncQuarantineRow, 'id'>;

  constructor(name: string = TANDEM_DB_NAME) {
    super(name);
    declareSchema(this);
    // Sync's outbox (db/sync/outbox-middleware.ts): on when syncState says sync is on, set before any
    // other operation runs on the opened database, so no write made at start-up misses its outbox row.
    installOutbox(this);
    this.on('ready', (vip) =>
      vip
        .table<SyncStateRow, string>('syncState')
        .get(SYNC_ENABLED_KEY)
        .then((row) => setOutboxRecording(this, row?.value === true)),
    );
  }
}

/** A separate database by name (tests, restore previews); Dexie opens it on first use. */
export function createTandemDb(name: string): TandemDb {
  return new TandemDb(name);
}

/** The app's database. */
export const db = new TandemDb(TANDEM_DB_NAME);

/** Tables holding user records (everything but derived rollups). */
export function recordTables(database: TandemDb) {
  return [
    database.clients,
    database.projects,
    database.timeEntries,
    database.expenses,
    database.tasks,
    database.timeBlocks,
    database.updateDrafts,
    database.teammates,
    database.settings,
    database.timer,
    database.imports,
    database.trash,
    database.invoices,
    database.payments,
  ];
}
