import { FormDialog } from '../../components/ui/form-dialog';
import { TextField } from '../../components/ui/text-field';
import { useDialogForm } from '../../components/ui/use-dialog-form';
import type { Invoice } from '../../domain/model/invoice';
import { formatDay } from '../../domain/format/format-day';
import { formReader } from '../../domain/parse/form-reader';
import { notify } from '../../stores/toast-store';
import { useToday } from '../../stores/use-clock';
import { invoices } from './invoices-data';

export interface MarkSentDialogProps {
  invoice: Invoice;
  paymentTermsDays: number;
  onClose: () => void;
}

/** Sends a draft on a day (today by default): it takes the next number and its due date follows by the payment terms. */
export function MarkSentDialog({ invoice, paymentTermsDays, onClose }: MarkSentDialogProps) {
  const today: string = useToday();
  const form = useDialogForm(onClose, () => ({ issueDate: today }));

  const save = () =>
    void form.save(async () => {
      const read = formReader();
      const issueDate = read.day('issueDate', form.values.issueDate, { required: 'Enter the day the invoice is sent' });
      read.finish();
      const sent = await invoices.markSent(invoice.id, { issueDate });
      notify(`Invoice ${sent.number} marked sent: due ${formatDay(sent.dueDate)}`, undefined, 'success');
    });

  return (
    <FormDialog
      title="Mark sent"
      submitLabel="Mark sent"
      description={`The invoice takes the next number and can no longer be edited; the time and expenses on it are marked invoiced. It is due ${paymentTermsDays} days after this day (payment terms in Settings).`}
      form={form}
      onSubmit={save}
      fields={['issueDate']}
      size="sm"
    >
      <TextField label="Sent on" type="date" className="span-2" {...form.field('issueDate')} required />
    </FormDialog>
  );
}
