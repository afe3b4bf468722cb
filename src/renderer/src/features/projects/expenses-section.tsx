import { useState } from 'react';
import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { formatDay } from '../../domain/format/format-day';
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
  const newestFirst = [...expenses].reverse();
  const label = (expense: Expense) =>
    expense.note || `${formatAmount(expense.amount, expense.currency)} on ${formatDay(expense.day)}`;

  const columns: Column<Expense>[] = [
    { key: 'day', header: 'Date', width: '120px', cell: (expense) => formatDay(expense.day) },
    { key: 'note', header: 'Note', cell: (expense) => expense.note || <span className="muted">No note</span> },
    {
      key: 'billable',
      header: 'Billable',
      width: '90px',
      cell: (expense) => (expense.billable ? 'Billable' : <span className="muted">Not billable</span>),
    },
    {
      key: 'amount',
      header: 'Amount',
      numeric: true,
      width: '120px',
      cell: (expense) => formatAmount(expense.amount, expense.currency),
    },
    actionsColumn<Expense>('expense', label, setEditing, (expense) => moveToTrashWithUndo('expenses', expense.id)),
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
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
