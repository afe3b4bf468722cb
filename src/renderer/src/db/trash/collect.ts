import Dexie from 'dexie';
import type { ClearedLink, TrashableTable } from '../../domain/model/trash-item';
import type { Invoice } from '../../domain/model/invoice';
import type { Project } from '../../domain/model/project';
import { ValidationError } from '../../domain/validation';
import type { TandemDb } from '../db';
import { RecordNotFoundError } from '../errors';
import { readSettings } from '../repositories/lookups';
import { TrashBag } from './trash-records';

// Gathers what a delete removes: the record, its dependents, and the links to it that must be
// cleared in records that stay. Runs inside the trash transaction (reads only).

export type UserTrashTable = Exclude<TrashableTable, 'timer'>;

export interface Collected {
  bag: TrashBag;
  cleared: ClearedLink[];
  /** the deleted record's own name for the trash list */
  name: string;
}

function projectRange(projectId: string): [[string, unknown], [string, unknown]] {
  return [
    [projectId, Dexie.minKey],
    [projectId, Dexie.maxKey],
  ];
}

async function collectProject(db: TandemDb, project: Project, bag: TrashBag): Promise<void> {
  const [lower, upper] = projectRange(project.id);
  bag.add('projects', [project]);
  bag.add('timeEntries', await db.timeEntries.where('[projectId+day]').between(lower, upper, true, true).toArray());
  bag.add('expenses', await db.expenses.where('[projectId+day]').between(lower, upper, true, true).toArray());
  bag.add('tasks', await db.tasks.where('[projectId+order]').between(lower, upper, true, true).toArray());
  bag.add('timeBlocks', await db.timeBlocks.where('projectId').equals(project.id).toArray());
  const timer = await db.timer.toCollection().first();
  if (timer?.projectId === project.id) bag.add('timer', [timer]);
}

/** An invoice goes with its payments (a draft has none: payments need a sent invoice). */
async function collectInvoice(db: TandemDb, invoice: Invoice, bag: TrashBag): Promise<void> {
  bag.add('invoices', [invoice]);
  bag.add('payments', await db.payments.where('invoiceId').equals(invoice.id).toArray());
}

/** Links from records that stay to tasks that go: entries' taskId, blocks' taskIds, the timer. */
async function clearTaskLinks(db: TandemDb, bag: TrashBag, cleared: ClearedLink[]): Promise<void> {
  const taskIds = bag.list('tasks').map((task) => task.id);
  if (taskIds.length === 0) return;
  await db.timeEntries
    .where('taskId')
    .anyOf(taskIds)
    .each((entry) => {
      if (!bag.has('timeEntries', entry.id) && entry.taskId) {
        cleared.push({ table: 'timeEntries', recordId: entry.id, field: 'taskId', value: entry.taskId, kind: 'value' });
      }
    });
  const gone = new Set(taskIds);
  await db.timeBlocks
    .where('taskIds')
    .anyOf(taskIds)
    .distinct()
    .each((block) => {
      if (bag.has('timeBlocks', block.id)) return;
      block.taskIds.forEach((taskId, index) => {
        if (gone.has(taskId))
          cleared.push({ table: 'timeBlocks', recordId: block.id, field: 'taskIds', value: taskId, kind: 'arrayElement', index });
      });
    });
  const timer = await db.timer.toCollection().first();
  if (timer?.taskId && gone.has(timer.taskId) && !bag.has('timer', timer.id)) {
    cleared.push({ table: 'timer', recordId: timer.id, field: 'taskId', value: timer.taskId, kind: 'value' });
  }
}

/**
 * Time and expenses on a sent invoice stay for the records: a project or an import holding any is refused
 * (one entry or expense alone goes after the user confirms, see repositories/invoiced-lock.ts).
 */
async function refuseInvoicedWork(db: TandemDb, bag: TrashBag, what: string, instead: string): Promise<void> {
  const ids = new Set<string>();
  for (const record of [...bag.list('timeEntries'), ...bag.list('expenses')]) if (record.invoiceId) ids.add(record.invoiceId);
  if (ids.size === 0) return;
  const numbers = (await db.invoices.bulkGet([...ids])).map((invoice) => invoice?.number ?? '').filter(Boolean);
  throw ValidationError.single(
    '',
    `${what} has time or expenses on sent invoices (${numbers.sort().join(', ')}): they are kept for the records, so it cannot be deleted. ${instead}`,
  );
}

export async function collectForTrash(db: TandemDb, table: UserTrashTable, id: string): Promise<Collected> {
  const bag = new TrashBag();
  const cleared: ClearedLink[] = [];
  let name: string;
  switch (table) {
    case 'clients': {
      const client = await need('client', id, await db.clients.get(id));
      bag.add('clients', [client]);
      for (const project of await db.projects.where('clientId').equals(id).toArray()) await collectProject(db, project, bag);
      bag.add('updateDrafts', await db.updateDrafts.where('clientId').equals(id).toArray());
      const invoices = await db.invoices.where('clientId').equals(id).toArray();
      const numbered = invoices.filter((invoice) => invoice.status !== 'draft').map((invoice) => invoice.number);
      if (numbered.length > 0) {
        throw ValidationError.single(
          '',
          `${client.name} has sent invoices (${numbered.sort().join(', ')}): invoices are kept for the records, so the client cannot be deleted. Archive it instead.`,
        );
      }
      for (const draft of invoices) await collectInvoice(db, draft, bag);
      name = client.name;
      break;
    }
    case 'projects': {
      const project = await need('project', id, await db.projects.get(id));
      await collectProject(db, project, bag);
      await refuseInvoicedWork(db, bag, `${project.code} ${project.name}`, 'Archive it instead.');
      name = `${project.code} ${project.name}`;
      break;
    }
    case 'imports': {
      const record = await need('import', id, await db.imports.get(id));
      bag.add('imports', [record]);
      bag.add('timeEntries', await db.timeEntries.where('source.importId').equals(id).toArray());
      await refuseInvoicedWork(db, bag, `The import of ${record.fileName}`, 'Void those invoices first.');
      name = record.fileName;
      break;
    }
    case 'teammates': {
      const teammate = await need('teammate', id, await db.teammates.get(id));
      // Gone, they would still be stamped on all that is logged and planned here, under no name.
      if ((await readSettings(db)).devicePersonId === id) {
        throw ValidationError.single(
          '',
          `${teammate.name} uses this computer: choose who uses it under Settings → This computer first, then remove ${teammate.name}.`,
        );
      }
      bag.add('teammates', [teammate]);
      await db.tasks
        .filter((task) => task.assignee === id)
        .each((task) => cleared.push({ table: 'tasks', recordId: task.id, field: 'assignee', value: id, kind: 'value' }));
      name = teammate.name;
      break;
    }
    case 'invoices': {
      const invoice = await need('invoice', id, await db.invoices.get(id));
      if (invoice.status !== 'draft') {
        throw ValidationError.single(
          '',
          `Invoice ${invoice.number} was ${invoice.status === 'void' ? 'voided' : 'sent'}: only a draft can be deleted, and a sent invoice only voided (it keeps its number).`,
        );
      }
      await collectInvoice(db, invoice, bag);
      name = `draft of ${invoice.issueDate}`;
      break;
    }
    case 'payments': {
      const payment = await need('payment', id, await db.payments.get(id));
      bag.add('payments', [payment]);
      name = `received ${payment.date}`;
      break;
    }
    default:
      name = await collectSingle(db, table, id, bag);
  }
  await clearTaskLinks(db, bag, cleared);
  return { bag, cleared, name };
}

async function collectSingle(
  db: TandemDb,
  table: 'timeEntries' | 'expenses' | 'tasks' | 'timeBlocks' | 'updateDrafts',
  id: string,
  bag: TrashBag,
): Promise<string> {
  switch (table) {
    case 'timeEntries': {
      const entry = await need('time entry', id, await db.timeEntries.get(id));
      bag.add('timeEntries', [entry]);
      return `${entry.minutes} minutes on ${entry.day}`;
    }
    case 'expenses': {
      const expense = await need('expense', id, await db.expenses.get(id));
      bag.add('expenses', [expense]);
      return expense.note || `Expense on ${expense.day}`;
    }
    case 'tasks': {
      const task = await need('task', id, await db.tasks.get(id));
      bag.add('tasks', [task]);
      return task.title;
    }
    case 'timeBlocks': {
      const block = await need('time block', id, await db.timeBlocks.get(id));
      bag.add('timeBlocks', [block]);
      return block.title || `Block on ${block.day}`;
    }
    case 'updateDrafts': {
      const draft = await need('update draft', id, await db.updateDrafts.get(id));
      bag.add('updateDrafts', [draft]);
      return `Update ${draft.periodStart} – ${draft.periodEnd}`;
    }
  }
}

function need<T>(what: string, id: string, record: T | undefined): T {
  if (record === undefined) throw new RecordNotFoundError(what, id);
  return record;
}
