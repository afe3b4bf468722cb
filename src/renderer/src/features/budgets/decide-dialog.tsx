import { FormDialog } from '../../components/ui/form-dialog';
import { TextField } from '../../components/ui/text-field';
import { useDialogForm } from '../../components/ui/use-dialog-form';
import { formatMinutes } from '../../domain/format/format-duration';
import { formatMoney } from '../../domain/format/format-money';
import type { ChangeRequest } from '../../domain/model/project-parts';
import type { DayKey } from '../../domain/time/day-key';
import { money } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import { notify } from '../../stores/toast-store';
import { decide } from './change-request-writes';

export interface DecideDialogProps {
  projectId: string;
  request: ChangeRequest;
  decision: 'approved' | 'declined';
  currency: CurrencyCode;
  today: DayKey;
  onClose: () => void;
}

const FIELDS = ['decidedBy', 'decidedAt'];

/** Records the client's yes or no: who decided and on which day. */
export function DecideDialog({ projectId, request, decision, currency, today, onClose }: DecideDialogProps) {
  const form = useDialogForm(onClose, (): { decidedBy: string; decidedAt: string } => ({
    decidedBy: request.decidedBy ?? '',
    decidedAt: today,
  }));
  const approve = decision === 'approved';
  const adds = [
    request.estimateMinutes > 0 ? formatMinutes(request.estimateMinutes) : '',
    request.amount > 0 ? formatMoney(money(request.amount, currency)) : '',
  ].filter(Boolean);
  const description = approve
    ? adds.length > 0
      ? `Approving adds ${adds.join(' and ')} to the budget baseline from the day it was decided.`
      : 'It has no estimate yet, so approving it does not move the baseline.'
    : 'Declining keeps the baseline as it is; the no stays on record.';
  const save = () =>
    void form.save(async () => {
      await decide(projectId, request, decision, form.values.decidedBy, form.values.decidedAt);
      notify(`“${request.title}” ${approve ? 'approved' : 'declined'}`, undefined, 'success');
    });

  return (
    <FormDialog
      title={`${approve ? 'Approve' : 'Decline'} “${request.title}”`}
      submitLabel={approve ? 'Approve' : 'Decline'}
      description={description}
      form={form}
      onSubmit={save}
      fields={FIELDS}
      size="sm"
    >
      <TextField label="Decided by" hint="Who at the client said it" className="span-2" {...form.field('decidedBy')} required />
      <TextField label="Decided on" type="date" className="span-2" {...form.field('decidedAt')} required />
    </FormDialog>
  );
}
