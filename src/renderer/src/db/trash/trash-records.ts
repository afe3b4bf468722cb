import type { z } from 'zod';
import { clientSchema } from '../../domain/model/client';
import type { Client } from '../../domain/model/client';
import { expenseSchema } from '../../domain/model/expense';
import type { Expense } from '../../domain/model/expense';
import { importRecordSchema } from '../../domain/model/import-record';
import type { ImportRecord } from '../../domain/model/import-record';
import { invoiceSchema } from '../../domain/model/invoice';
import type { Invoice } from '../../domain/model/invoice';
import { paymentSchema } from '../../domain/model/payment';
import type { Payment } from '../../domain/model/payment';
import { projectSchema } from '../../domain/model/project';
import type { Project } from '../../domain/model/project';
import { runningTimerSchema } from '../../domain/model/running-timer';
import type { RunningTimer } from '../../domain/model/running-timer';
import { taskSchema } from '../../domain/model/task';
import type { Task } from '../../domain/model/task';
import { teammateSchema } from '../../domain/model/teammate';
import type { Teammate } from '../../domain/model/teammate';
import { timeBlockSchema } from '../../domain/model/time-block';
import type { TimeBlock } from '../../domain/model/time-block';
import { timeEntrySchema } from '../../domain/model/time-entry';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { TrashableTable } from '../../domain/model/trash-item';
import { updateDraftSchema } from '../../domain/model/update-draft';
import type { UpdateDraft } from '../../domain/model/update-draft';
import type { Table } from 'dexie';
import type { TandemDb } from '../db';

// Typed access to the tables a trash item can hold records of.

export interface TrashRecordTypes {
  clients: Client;
  projects: Project;
  timeEntries: TimeEntry;
  expenses: Expense;
  tasks: Task;
  timeBlocks: TimeBlock;
  updateDrafts: UpdateDraft;
  teammates: Teammate;
  timer: RunningTimer;
  imports: ImportRecord;
  invoices: Invoice;
  payments: Payment;
}

/** The schema each table's records are validated against when they come back from the trash. */
export const TRASH_SCHEMAS: { [K in TrashableTable]: z.ZodType<TrashRecordTypes[K], unknown> } = {
  clients: clientSchema,
  projects: projectSchema,
  timeEntries: timeEntrySchema,
  expenses: expenseSchema,
  tasks: taskSchema,
  timeBlocks: timeBlockSchema,
  updateDrafts: updateDraftSchema,
  teammates: teammateSchema,
  timer: runningTimerSchema,
  imports: importRecordSchema,
  invoices: invoiceSchema,
  payments: paymentSchema,
};

export function trashTable<K extends TrashableTable>(db: TandemDb, table: K): Table<TrashRecordTypes[K], string> {
  return db.table<TrashRecordTypes[K], string>(table);
}

/** Every table a move to or from the trash may touch, for the transaction scope. */
export function trashScope(db: TandemDb) {
  return [
    db.clients,
    db.projects,
    db.timeEntries,
    db.expenses,
    db.tasks,
    db.timeBlocks,
    db.updateDrafts,
    db.teammates,
    db.timer,
    db.imports,
    db.invoices,
    db.payments,
    db.trash,
    db.projectTotals,
    db.projectMonths,
    db.switchingMonths,
    // read only: the teammate this computer is used by cannot be deleted (collect.ts)
    db.settings,
  ];
}

/** Removed records grouped by table and id (a record reached twice is stored once). */
export class TrashBag {
  private readonly tables = new Map<TrashableTable, Map<string, unknown>>();

  add<K extends TrashableTable>(table: K, records: readonly TrashRecordTypes[K][]): void {
    let map = this.tables.get(table);
    if (!map) {
      map = new Map();
      this.tables.set(table, map);
    }
    for (const record of records) map.set(record.id, record);
  }

  has(table: TrashableTable, id: string): boolean {
    return this.tables.get(table)?.has(id) ?? false;
  }

  list<K extends TrashableTable>(table: K): TrashRecordTypes[K][] {
    // Only add() fills a table's map, with that table's record type.
    return [...(this.tables.get(table)?.values() ?? [])] as TrashRecordTypes[K][];
  }

  count(table: TrashableTable): number {
    return this.tables.get(table)?.size ?? 0;
  }

  tableNames(): TrashableTable[] {
    return [...this.tables.keys()];
  }
}
