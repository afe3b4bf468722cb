import { useId, useState } from 'react';
import { Checkbox } from '../../components/ui/checkbox';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import { moneyToDecimalText } from '../../domain/format/format-money';
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
  onClose: () => void;
}

export function ExpenseDialog({ project, currency, expense, onClose }: ExpenseDialogProps) {
  const id = useId();
  const today = useToday();
  const [day, setDay] = useState<string>(expense?.day ?? today);
  const [amount, setAmount] = useState(expense ? moneyToDecimalText(money(expense.amount, currency)) : '');
  // Expenses on billable work are passed on to the client unless the user says otherwise.
  const [billable, setBillable] = useState(expense?.billable ?? project.billing !== 'non_billable');
  const [note, setNote] = useState(expense?.note ?? '');
  const form = useDialogForm(onClose);
  const { errors } = form;

  const save = () =>
    void form.save(async () => {
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
      if (expense) await projects.updateExpense(expense.id, fields);
      else await projects.createExpense(fields);
    });

  return (
    <FormDialog
      {...itemDialogLabels('expense', expense !== undefined)}
      form={form}
      onSubmit={save}
      fields={['day', 'amount', 'billable', 'note']}
    >
      <TextField
        id={`${id}-day`}
        label="Date"
        type="date"
        value={day}
        onChange={(event) => setDay(event.target.value)}
        error={errors.day}
        required
      />
      <TextField
        id={`${id}-amount`}
        label={`Amount (${currency})`}
        inputMode="decimal"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        error={errors.amount}
        required
      />
      <Checkbox
        id={`${id}-billable`}
        className="span-2"
        label="Billable to the client"
        checked={billable}
        onChange={(event) => setBillable(event.target.checked)}
      />
      <TextArea
        id={`${id}-note`}
        label="Note"
        className="span-2"
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.note}
      />
    </FormDialog>
  );
}
