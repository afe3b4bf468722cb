import { FormDialog } from '../../components/ui/form-dialog';
import { TextField } from '../../components/ui/text-field';
import { useDialogForm } from '../../components/ui/use-dialog-form';
import { formatMinutes } from '../../domain/format/format-duration';
import { moneyToDecimalText } from '../../domain/format/format-money';
import type { ChangeRequest } from '../../domain/model/project-parts';
import type { DayKey } from '../../domain/time/day-key';
import { money } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import { notify } from '../../stores/toast-store';
import { saveEstimate } from './change-request-writes';
import type { EstimateText } from './change-request-writes';

export interface EstimateDialogProps {
  projectId: string;
  currency: CurrencyCode;
  today: DayKey;
  /** absent: a new change request */
  request?: ChangeRequest;
  onClose: () => void;
}

const FIELDS = ['title', 'estimateMinutes', 'amount', 'askedAt'];

/** Records a new change request, or the estimate of one that was only asked for. */
export function EstimateDialog({ projectId, currency, today, request, onClose }: EstimateDialogProps) {
  const form = useDialogForm(onClose, (): EstimateText => ({
    title: request?.title ?? '',
    estimate: request && request.estimateMinutes > 0 ? formatMinutes(request.estimateMinutes) : '',
    amount: request && request.amount > 0 ? moneyToDecimalText(money(request.amount, currency)) : '',
    askedAt: request?.askedAt ?? today,
  }));
  const save = () =>
    void form.save(async () => {
      const saved = await saveEstimate(projectId, currency, form.values, request);
      notify(request ? `Estimate saved for “${saved.title}”` : `Change request “${saved.title}” added`, undefined, 'success');
    });

  return (
    <FormDialog
      title={request ? `Estimate “${request.title}”` : 'Add change request'}
      submitLabel={request ? 'Save estimate' : 'Add change request'}
      description={
        request
          ? 'What the change would add, before the client decides.'
          : 'What the client asked for; add the estimate now or later.'
      }
      form={form}
      onSubmit={save}
      fields={FIELDS}
    >
      {request ? null : <TextField label="Title" className="span-2" {...form.field('title')} required />}
      <TextField label="Estimate hours" hint="e.g. 8h or 1:30" {...form.field('estimate', { error: 'estimateMinutes' })} />
      <TextField label={`Amount (${currency})`} hint="e.g. 1,200.00" inputMode="decimal" {...form.field('amount')} />
      {request ? null : <TextField label="Asked on" type="date" {...form.field('askedAt')} required />}
    </FormDialog>
  );
}
