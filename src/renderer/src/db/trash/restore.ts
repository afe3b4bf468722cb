import { ValidationError, validate } from '../../domain/validation';
import { TRASHABLE_TABLES, trashPayloadSchema } from '../../domain/model/trash-item';
import { paidAmount } from '../../domain/invoices/status';
import { teammateWithNameOf } from '../../domain/model/teammate';
import { invoiceTotals } from '../../domain/invoices/totals';
import type { TrashableTable, TrashItem } from '../../domain/model/trash-item';
import type { TandemDb } from '../db';
import { applyEntryChanges } from '../rollups';
import { applyLinks } from './links';
import { TRASH_SCHEMAS, TrashBag, trashTable } from './trash-records';

// Putting a trash item back. Runs inside the trash transaction; refuses (ValidationError) when a
// parent it needs is gone, or its project code or teammate's name was taken meanwhile, and then
// changes nothing.

function fillBag<K extends TrashableTable>(bag: TrashBag, table: K, rows: readonly unknown[]): void {
  bag.add(
    table,
    rows.map((row) => validate(TRASH_SCHEMAS[table], row)),
  );
}

async function missingIds(ids: Set<string>, exists: (ids: string[]) => Promise<unknown[]>): Promise<boolean> {
  const list = [...ids];
  if (list.length === 0) return false;
  return (await exists(list)).some((record) => record === undefined);
}

async function checkParents(db: TandemDb, bag: TrashBag): Promise<void> {
  const clientIds = new Set(
    [...bag.list('projects'), ...bag.list('updateDrafts'), ...bag.list('invoices')]
      .map((record) => record.clientId)
      .filter((id) => !bag.has('clients', id)),
  );
  if (await missingIds(clientIds, (ids) => db.clients.bulkGet(ids))) {
    throw ValidationError.single('', 'Its client has been deleted since. Restore the client first.');
  }
  const projectIds = new Set<string>();
  for (const record of [
    ...bag.list('timeEntries'),
    ...bag.list('expenses'),
    ...bag.list('timeBlocks'),
    ...bag.list('tasks'),
    ...bag.list('timer'),
  ]) {
    if (record.projectId && !bag.has('projects', record.projectId)) projectIds.add(record.projectId);
  }
  if (await missingIds(projectIds, (ids) => db.projects.bulkGet(ids))) {
    throw ValidationError.single('', 'Its project has been deleted since. Restore the project first.');
  }
  await checkPayments(db, bag);
  for (const project of bag.list('projects')) {
    const holder = await db.projects.where('code').equals(project.code).first();
    if (holder && holder.id !== project.id) {
      throw ValidationError.single('code', `Another project now uses the code ${project.code}. Change that code, then restore.`);
    }
  }
  if (bag.count('teammates') > 0) {
    const team = await db.teammates.toArray();
    for (const teammate of bag.list('teammates')) {
      const holder = teammateWithNameOf(team, teammate);
      if (holder) throw ValidationError.single('name', `Another teammate is now called ${holder.name}. Rename them, then restore.`);
    }
  }
}

/**
 * Payments coming back on their own need their invoice, still sent, and must not take its balance
 * below zero (other payments may have been recorded meanwhile).
 */
async function checkPayments(db: TandemDb, bag: TrashBag): Promise<void> {
  const returning = bag.list('payments').filter((payment) => !bag.has('invoices', payment.invoiceId));
  for (const invoiceId of new Set(returning.map((payment) => payment.invoiceId))) {
    const invoice = await db.invoices.get(invoiceId);
    if (!invoice) throw ValidationError.single('', 'Its invoice has been deleted since.');
    if (invoice.status !== 'sent') throw ValidationError.single('', `Invoice ${invoice.number || '(draft)'} is no longer open: it takes no payments.`);
    const ids = new Set(returning.map((payment) => payment.id));
    const others = (await db.payments.where('invoiceId').equals(invoiceId).toArray()).filter((payment) => !ids.has(payment.id));
    const payments = [...others, ...returning.filter((payment) => payment.invoiceId === invoiceId)];
    if (invoiceTotals(invoice).total - paidAmount(invoiceId, payments) < 0) {
      throw ValidationError.single('', `Invoice ${invoice.number} has been paid since: putting this payment back would take its balance below zero.`);
    }
  }
}

/** Entries and blocks keep task links only to tasks that still exist (or come back with them). */
async function dropDeadTaskLinks(db: TandemDb, bag: TrashBag): Promise<void> {
  const wanted = new Set<string>();
  for (const entry of bag.list('timeEntries')) if (entry.taskId) wanted.add(entry.taskId);
  for (const block of bag.list('timeBlocks')) for (const id of block.taskIds) wanted.add(id);
  const outside = [...wanted].filter((id) => !bag.has('tasks', id));
  const found = await db.tasks.bulkGet(outside);
  const dead = new Set(outside.filter((_, index) => found[index] === undefined));
  if (dead.size === 0) return;
  for (const entry of bag.list('timeEntries')) if (entry.taskId && dead.has(entry.taskId)) delete entry.taskId;
  for (const block of bag.list('timeBlocks')) block.taskIds = block.taskIds.filter((id) => !dead.has(id));
}

/**
 * An entry or expense comes back marked invoiced only while its invoice is still sent: an invoice voided
 * (or gone) since it was deleted freed it, as voiding frees the ones that stayed.
 */
async function dropStaleInvoiceLinks(db: TandemDb, bag: TrashBag): Promise<void> {
  const records = [...bag.list('timeEntries'), ...bag.list('expenses')];
  const outside = (id: string | undefined): id is string => id !== undefined && !bag.has('invoices', id);
  const ids = [...new Set(records.map((record) => record.invoiceId).filter(outside))];
  if (ids.length === 0) return;
  const invoices = await db.invoices.bulkGet(ids);
  const stale = new Set(ids.filter((_, index) => invoices[index]?.status !== 'sent'));
  for (const record of records) if (record.invoiceId && stale.has(record.invoiceId)) delete record.invoiceId;
}

export async function restoreTrashItem(db: TandemDb, item: TrashItem): Promise<void> {
  const payload = trashPayloadSchema.parse(item.payload);
  const bag = new TrashBag();
  for (const table of TRASHABLE_TABLES) {
    const rows = payload.records[table];
    if (rows) fillBag(bag, table, rows);
  }
  await checkParents(db, bag);
  await dropDeadTaskLinks(db, bag);
  await dropStaleInvoiceLinks(db, bag);
  // A timer running now wins over the one that was discarded with its project.
  const skipTimer = bag.count('timer') > 0 && (await db.timer.count()) > 0;

  // Records restored over ones that exist again (a backup restored meanwhile) replace them,
  // so their old figures come out of the rollups first.
  const entries = bag.list('timeEntries');
  const expenses = bag.list('expenses');
  const replacedEntries = (await db.timeEntries.bulkGet(entries.map((entry) => entry.id))).filter((entry) => entry !== undefined);
  const replacedExpenses = (await db.expenses.bulkGet(expenses.map((expense) => expense.id))).filter(
    (expense) => expense !== undefined,
  );

  for (const table of bag.tableNames()) {
    if (table === 'timer' && skipTimer) continue;
    await trashTable(db, table).bulkPut(bag.list(table));
  }
  await applyLinks(db, payload.cleared, 'restore');
  await applyEntryChanges(db, {
    removedEntries: replacedEntries,
    addedEntries: entries,
    removedExpenses: replacedExpenses,
    addedExpenses: expenses,
  });
}
