import { useState } from 'react';
import { Checkbox } from '../../components/ui/checkbox';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import { moneyToDecimalText } from '../../domain/format/format-money';
import { invoicedConfirmLabel, invoicedQuestion, invoicedTitle } from '../../domain/invoices/invoiced-lock';
import { expenseSchema } from '../../domain/model/expense';
import type { Expense } from '../../domain/model/expense';
import type { Project } from '../../domain/model/project';
import { money } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import { FormDialog } from '../../components/ui/form-dialog';
import { formReader } from '../../domain/parse/form-reader';
import { projects } from './projects-data';
import { itemDialogLabels, useDialogForm } from '../../components/ui/use-dialog-form';
import { useToday } from '../../stores/use-clock';

export interface ExpenseDialogProps {
  project: Project;
  currency: CurrencyCode;
  expense?: Expense;
  /** the number of the sent invoice that bills the expense (undefined while it is read) */
  invoiceNumber?: string | undefined;
  onClose: () => void;
}

/** Adds or edits an expense; one on a sent invoice is saved only after the user confirms, told which invoice it changes. */
export function ExpenseDialog({ project, currency, expense, invoiceNumber, onClose }: ExpenseDialogProps) {
  const [asking, setAsking] = useState(false);
  const today: string = useToday();
  const form = useDialogForm(onClose, () => ({
    day: expense?.day ?? today,
    amount: expense ? moneyToDecimalText(money(expense.amount, currency)) : '',
    // Expenses on billable work are passed on to the client unless the user says otherwise.
    billable: expense?.billable ?? project.billing !== 'non_billable',
    note: expense?.note ?? '',
  }));

  const save = (confirmInvoiced: boolean) =>
    void form.save(async () => {
      const { day, amount, billable, note } = form.values;
      const read = formReader(currency);
      const input = {
        projectId: project.id,
        day: read.day('day', day, { required: 'Date is required' }),
        amount: read.money('amount', amount, { required: true }),
        billable,
        note,
      };
      read.finish(expenseSchema, { ...input, currency });
      // finish() threw unless the day and amount are there; the repository validates the rest.
      const fields = { ...input, day: input.day ?? '', amount: input.amount ?? 0 };
      if (expense) await projects.updateExpense(expense.id, fields, { confirmInvoiced });
      else await projects.createExpense(fields);
    });

  return (
    <>
      <FormDialog
        {...itemDialogLabels('expense', expense !== undefined)}
        form={form}
        onSubmit={() => (expense?.invoiceId ? setAsking(true) : save(false))}
        fields={['day', 'amount', 'billable', 'note']}
      >
        <TextField label="Date" type="date" {...form.field('day')} required />
        <TextField label={`Amount (${currency})`} inputMode="decimal" {...form.field('amount')} required />
        <Checkbox className="span-2" label="Billable to the client" {...form.check('billable')} />
        <TextArea label="Note" className="span-2" rows={2} {...form.field('note')} />
      </FormDialog>
      {asking ? (
        <ConfirmDialog
          title={invoicedTitle('expense', 'change')}
          message={invoicedQuestion('expense', invoiceNumber, 'change')}
          confirmLabel={invoicedConfirmLabel('change')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            save(true);
          }}
        />
      ) : null}
    </>
  );
}
