import type { Client } from '../../domain/model/client';
import type { Expense } from '../../domain/model/expense';
import type { ImportRecord } from '../../domain/model/import-record';
import type { Invoice } from '../../domain/model/invoice';
import type { Payment } from '../../domain/model/payment';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { Task } from '../../domain/model/task';
import type { Teammate } from '../../domain/model/teammate';
import type { TimeBlock } from '../../domain/model/time-block';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { UpdateDraft } from '../../domain/model/update-draft';

// Generated data as plain records, table by table, in the order they can be written.

export interface DatasetRecordTypes {
  settings: Settings;
  teammates: Teammate;
  clients: Client;
  projects: Project;
  imports: ImportRecord;
  timeEntries: TimeEntry;
  expenses: Expense;
  invoices: Invoice;
  payments: Payment;
  tasks: Task;
  timeBlocks: TimeBlock;
  updateDrafts: UpdateDraft;
}

export type DatasetTable = keyof DatasetRecordTypes;

export const DATASET_TABLES: readonly DatasetTable[] = [
  'settings',
  'teammates',
  'clients',
  'projects',
  'imports',
  'timeEntries',
  'expenses',
  'invoices',
  'payments',
  'tasks',
  'timeBlocks',
  'updateDrafts',
];

/** One batch of rows for one table. */
export type DatasetBatch = { [K in DatasetTable]: { table: K; rows: DatasetRecordTypes[K][] } }[DatasetTable];

/** A whole generated workspace in memory (the sample agency is small enough). */
export type GeneratedAgency = { [K in DatasetTable]: DatasetRecordTypes[K][] };

/** The agency's tables as batches, in write order. */
export function* agencyBatches(agency: GeneratedAgency): Generator<DatasetBatch> {
  for (const table of DATASET_TABLES) {
    // TypeScript cannot pair `table` with `agency[table]` across a union; they match by construction.
    yield { table, rows: agency[table] } as DatasetBatch;
  }
}
