import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { db } from '../../db/db';
import { invoiceNumbers } from '../../db/queries/invoice-source';
import { formatDay } from '../../domain/format/format-day';
import { invoicedConfirmLabel, invoicedMarker, invoicedQuestion, invoicedTitle } from '../../domain/invoices/invoiced-lock';
import type { Expense } from '../../domain/model/expense';
import type { Project } from '../../domain/model/project';
import type { CurrencyCode } from '../../domain/units/money';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { DetailSection, actionsColumn } from './detail-section';
import { ExpenseDialog } from './expense-dialog';
import { formatAmount } from './labels';

export interface ExpensesSectionProps {
  project: Project;
  currency: CurrencyCode;
  /** the project's expenses in day order, as getProjectDetail reads them */
  expenses: readonly Expense[];
}

export function ExpensesSection({ project, currency, expenses }: ExpensesSectionProps) {
  const [editing, setEditing] = useState<Expense | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Expense | null>(null);
  const newestFirst = [...expenses].reverse();
  const label = (expense: Expense) =>
    expense.note || `${formatAmount(expense.amount, expense.currency)} on ${formatDay(expense.day)}`;
  // The numbers of the sent invoices that bill these expenses: the Invoiced marker and the confirmations.
  const invoiceIds = [...new Set(expenses.flatMap((expense) => (expense.invoiceId ? [expense.invoiceId] : [])))].sort();
  const numbers = useLiveQuery(() => invoiceNumbers(db, invoiceIds), [invoiceIds.join(' ')]);
  const numberOf = (expense: Expense) => (expense.invoiceId ? numbers?.get(expense.invoiceId) : undefined);
  const remove = (expense: Expense): Promise<void> => {
    if (!expense.invoiceId) return moveToTrashWithUndo('expenses', expense.id);
    setDeleting(expense);
    return Promise.resolve();
  };

  const columns: Column<Expense>[] = [
    { key: 'day', header: 'Date', width: '120px', cell: (expense) => formatDay(expense.day) },
    { key: 'note', header: 'Note', cell: (expense) => expense.note || <span className="muted">No note</span> },
    {
      key: 'billable',
      header: 'Billable',
      width: '90px',
      cell: (expense) => (
        <>
          {expense.billable ? 'Billable' : <span className="muted">Not billable</span>}
          {expense.invoiceId ? (
            <>
              {' '}
              <span className="badge badge-accent">{invoicedMarker(numberOf(expense))}</span>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'amount',
      header: 'Amount',
      numeric: true,
      width: '120px',
      cell: (expense) => formatAmount(expense.amount, expense.currency),
    },
    actionsColumn<Expense>('expense', label, setEditing, remove),
  ];

  return (
    <>
      <DetailSection
        title="Expenses"
        addLabel="Add expense"
        onAdd={() => setEditing('new')}
        isEmpty={expenses.length === 0}
        emptyText="No expenses yet. Add stock photos, hosting or travel so they count towards what the project has spent."
      >
        <DataTable caption="Expenses" columns={columns} rows={newestFirst} rowKey={(expense) => expense.id} />
      </DetailSection>
      {editing ? (
        <ExpenseDialog
          project={project}
          currency={currency}
          expense={editing === 'new' ? undefined : editing}
          invoiceNumber={editing === 'new' ? undefined : numberOf(editing)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={invoicedTitle('expense', 'delete')}
          message={invoicedQuestion('expense', numberOf(deleting), 'delete')}
          confirmLabel={invoicedConfirmLabel('delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null);
            void moveToTrashWithUndo('expenses', deleting.id, { confirmInvoiced: true });
          }}
        />
      ) : null}
    </>
  );
}
