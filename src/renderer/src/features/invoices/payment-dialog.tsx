import { FormDialog } from '../../components/ui/form-dialog';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import { useDialogForm } from '../../components/ui/use-dialog-form';
import { moneyToDecimalText } from '../../domain/format/format-money';
import type { Invoice } from '../../domain/model/invoice';
import { paymentSchema } from '../../domain/model/payment';
import { formReader } from '../../domain/parse/form-reader';
import { money } from '../../domain/units/money';
import { notify } from '../../stores/toast-store';
import { useToday } from '../../stores/use-clock';
import { payments } from './invoices-data';
import { formatAmount } from './labels';

export interface PaymentDialogProps {
  invoice: Invoice;
  /** what is still owed: the amount offered first */
  balance: number;
  onClose: () => void;
}

/** Money received against a sent invoice: a date and an amount (the balance offered), several allowed, never more than is owed. */
export function PaymentDialog({ invoice, balance, onClose }: PaymentDialogProps) {
  const today = useToday();
  const currency = invoice.currency;
  const form = useDialogForm(onClose, () => ({
    date: String(today),
    amount: moneyToDecimalText(money(balance, currency)),
    note: '',
  }));

  const save = () =>
    void form.save(async () => {
      const read = formReader(currency);
      const date = read.day('date', form.values.date, { required: 'Enter the day the money arrived' });
      const amount = read.money('amount', form.values.amount, { required: true });
      read.finish(paymentSchema, { invoiceId: invoice.id, date, amount, currency, note: form.values.note });
      await payments.recordPayment(
        { invoiceId: invoice.id, date: date ?? '', amount: amount ?? 0, note: form.values.note },
        today,
      );
      notify(`Payment of ${formatAmount(amount ?? 0, currency)} recorded on invoice ${invoice.number}`, undefined, 'success');
    });

  return (
    <FormDialog
      title="Record payment"
      submitLabel="Record payment"
      description={`Invoice ${invoice.number}: ${formatAmount(balance, currency)} still owed.`}
      form={form}
      onSubmit={save}
      fields={['date', 'amount', 'note']}
    >
      <TextField label="Date" type="date" {...form.field('date')} required />
      <TextField label={`Amount (${currency})`} inputMode="decimal" {...form.field('amount')} required />
      <TextArea label="Note" className="span-2" rows={2} {...form.field('note')} />
    </FormDialog>
  );
}
