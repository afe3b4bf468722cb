import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { formatMinutes } from '../../domain/format/format-duration';
import { moneyToDecimalText } from '../../domain/format/format-money';
import { CHANGE_REQUEST_STATUSES, changeRequestSchema } from '../../domain/model/project-parts';
import type { ChangeRequest } from '../../domain/model/project-parts';
import { money } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import { FormDialog } from '../../components/ui/form-dialog';
import { formReader, oneOf } from '../../domain/parse/form-reader';
import { CHANGE_REQUEST_STATUS_LABELS, optionsOf } from './labels';
import { projects } from './projects-data';
import { itemDialogLabels, useDialogForm } from '../../components/ui/use-dialog-form';
import { useToday } from '../../stores/use-clock';

export interface ChangeRequestDialogProps {
  projectId: string;
  currency: CurrencyCode;
  request?: ChangeRequest;
  onClose: () => void;
}

const FIELDS = ['title', 'estimateMinutes', 'amount', 'status', 'askedAt', 'decidedBy', 'decidedAt', 'communicatedAt'];

export function ChangeRequestDialog({ projectId, currency, request, onClose }: ChangeRequestDialogProps) {
  const today: string = useToday();
  const form = useDialogForm(onClose, () => ({
    title: request?.title ?? '',
    estimate: request ? formatMinutes(request.estimateMinutes) : '',
    amount: request ? moneyToDecimalText(money(request.amount, currency)) : '',
    askedAt: request?.askedAt ?? today,
    decidedBy: request?.decidedBy ?? '',
    decidedAt: request?.decidedAt ?? '',
    communicatedAt: request?.communicatedAt ?? '',
    status: request?.status ?? 'asked',
  }));

  const save = () =>
    void form.save(async () => {
      const { values } = form;
      const read = formReader(currency);
      const input = {
        id: request?.id,
        title: values.title,
        status: values.status,
        estimateMinutes: read.minutes('estimateMinutes', values.estimate),
        amount: read.money('amount', values.amount),
        // '' never reaches the repository: finish() throws the 'required' message first
        askedAt: read.day('askedAt', values.askedAt, { required: 'Asked on is required' }) ?? '',
        decidedBy: read.text('decidedBy', values.decidedBy),
        decidedAt: read.day('decidedAt', values.decidedAt),
        communicatedAt: read.day('communicatedAt', values.communicatedAt),
      };
      read.finish(changeRequestSchema, input);
      await projects.saveChangeRequest(projectId, input);
    });

  return (
    <FormDialog
      {...itemDialogLabels('change request', request !== undefined)}
      form={form}
      onSubmit={save}
      fields={FIELDS}
      size="lg"
    >
      <TextField label="Title" className="span-2" {...form.field('title')} required />
      <TextField
        label="Estimate hours"
        hint="e.g. 8h or 1:30; empty for none yet"
        {...form.field('estimate', { error: 'estimateMinutes' })}
      />
      <TextField label={`Amount (${currency})`} hint="Empty for none yet" inputMode="decimal" {...form.field('amount')} />
      <SelectField
        label="Status"
        options={optionsOf(CHANGE_REQUEST_STATUS_LABELS)}
        {...form.field('status', { read: oneOf(CHANGE_REQUEST_STATUSES) })}
      />
      <TextField label="Asked on" type="date" {...form.field('askedAt')} required />
      <TextField label="Decided by" hint="Who said yes or no at the client" {...form.field('decidedBy')} />
      <TextField label="Decided on" type="date" {...form.field('decidedAt')} />
      <TextField label="Communicated on" type="date" hint="When you passed the decision on" {...form.field('communicatedAt')} />
    </FormDialog>
  );
}
