import type { z } from 'zod';
import { settingsSchema } from '../../domain/model/settings';
import { ASSIGNEE_ME } from '../../domain/model/task';
import { trashItemSchema } from '../../domain/model/trash-item';
import type { TandemDb } from '../db';
import { recordTables } from '../db';
import { TRASH_SCHEMAS } from '../trash/trash-records';

// What a restore checks in the temporary database before anything replaces the user's data:
// every record passes its schema, and every reference points at a record that is there.

export type RestoredRows = Map<string, Record<string, unknown>[]>;

export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

const SCHEMAS: Record<string, z.ZodType> = { ...TRASH_SCHEMAS, settings: settingsSchema, trash: trashItemSchema };

const RECORD_WORDS: Record<string, string> = {
  clients: 'client',
  projects: 'project',
  timeEntries: 'time entry',
  expenses: 'expense',
  tasks: 'task',
  timeBlocks: 'time block',
  updateDrafts: 'update draft',
  teammates: 'teammate',
  settings: 'settings record',
  timer: 'running timer',
  imports: 'import record',
  trash: 'trash item',
  invoices: 'invoice',
  payments: 'payment',
};

const MAX_LISTED = 3;

function describe(problems: string[], lead: string): string {
  const shown = problems.slice(0, MAX_LISTED).join('; ');
  const more = problems.length > MAX_LISTED ? `; and ${problems.length - MAX_LISTED} more` : '';
  return `${lead}: ${shown}${more}. Nothing was changed.`;
}

/** Reads every record table of `temp` and checks each row; returns the rows as stored (defaults filled in). */
export async function readValidRows(temp: TandemDb): Promise<RestoredRows> {
  const rows: RestoredRows = new Map();
  const problems: string[] = [];
  for (const table of recordTables(temp)) {
    const schema = SCHEMAS[table.name];
    const checked: Record<string, unknown>[] = [];
    for (const row of (await table.toArray()) as Record<string, unknown>[]) {
      if (!schema) {
        checked.push(row);
        continue;
      }
      const result = schema.safeParse(row);
      if (result.success) {
        // Defaults fill in what older records lack; fields the schema does not know are kept.
        checked.push({ ...row, ...(result.data as Record<string, unknown>) });
      } else {
        const issue = result.error.issues[0];
        problems.push(`${RECORD_WORDS[table.name] ?? table.name} ${String(row.id ?? '?')}: ${issue?.message ?? 'not valid'}`);
      }
    }
    rows.set(table.name, checked);
  }
  if (problems.length > 0) throw new RestoreError(describe(problems, 'The backup holds records Tandem cannot read'));
  checkReferences(rows);
  return rows;
}

interface Reference {
  from: string;
  field: string;
  to: string;
  /** for array fields */
  many?: boolean;
  /** a value that is not a reference ('me' as assignee) */
  except?: string;
}

const REFERENCES: Reference[] = [
  { from: 'projects', field: 'clientId', to: 'clients' },
  { from: 'timeEntries', field: 'projectId', to: 'projects' },
  { from: 'timeEntries', field: 'taskId', to: 'tasks' },
  { from: 'expenses', field: 'projectId', to: 'projects' },
  { from: 'tasks', field: 'projectId', to: 'projects' },
  { from: 'tasks', field: 'assignee', to: 'teammates', except: ASSIGNEE_ME },
  { from: 'timeBlocks', field: 'projectId', to: 'projects' },
  { from: 'timeBlocks', field: 'taskIds', to: 'tasks', many: true },
  { from: 'updateDrafts', field: 'clientId', to: 'clients' },
  { from: 'timer', field: 'projectId', to: 'projects' },
  { from: 'timer', field: 'taskId', to: 'tasks' },
  { from: 'invoices', field: 'clientId', to: 'clients' },
  { from: 'payments', field: 'invoiceId', to: 'invoices' },
];

function checkReferences(rows: RestoredRows): void {
  const ids = new Map<string, Set<unknown>>();
  const idsOf = (table: string) => {
    let set = ids.get(table);
    if (!set) {
      set = new Set((rows.get(table) ?? []).map((row) => row.id));
      ids.set(table, set);
    }
    return set;
  };
  const problems: string[] = [];
  for (const ref of REFERENCES) {
    const targets = idsOf(ref.to);
    for (const row of rows.get(ref.from) ?? []) {
      const raw = row[ref.field];
      const values = ref.many ? (Array.isArray(raw) ? raw : []) : [raw];
      for (const value of values) {
        if (value === undefined || value === null || value === ref.except) continue;
        if (!targets.has(value)) {
          problems.push(`${RECORD_WORDS[ref.from] ?? ref.from} ${String(row.id)} points at ${RECORD_WORDS[ref.to] ?? ref.to} ${String(value)}, which is missing`);
        }
      }
    }
  }
  if (problems.length > 0) throw new RestoreError(describe(problems, 'The backup refers to records it does not contain'));
}
