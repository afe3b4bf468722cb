import { useId, useState } from 'react';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { formatMinutes } from '../../domain/format/format-duration';
import { moneyToDecimalText } from '../../domain/format/format-money';
import { CHANGE_REQUEST_STATUSES, changeRequestSchema } from '../../domain/model/project-parts';
import type { ChangeRequest, ChangeRequestStatus } from '../../domain/model/project-parts';
import { money } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import { FormDialog } from '../../components/ui/form-dialog';
import { formReader } from '../../domain/parse/form-reader';
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

function isRequestStatus(value: string): value is ChangeRequestStatus {
  return CHANGE_REQUEST_STATUSES.some((status) => status === value);
}

export function ChangeRequestDialog({ projectId, currency, request, onClose }: ChangeRequestDialogProps) {
  const id = useId();
  const today = useToday();
  const [values, setValues] = useState(() => ({
    title: request?.title ?? '',
    estimate: request ? formatMinutes(request.estimateMinutes) : '',
    amount: request ? moneyToDecimalText(money(request.amount, currency)) : '',
    askedAt: request?.askedAt ?? today,
    decidedBy: request?.decidedBy ?? '',
    decidedAt: request?.decidedAt ?? '',
    communicatedAt: request?.communicatedAt ?? '',
  }));
  const [status, setStatus] = useState<ChangeRequestStatus>(request?.status ?? 'asked');
  const form = useDialogForm(onClose);
  const { errors } = form;
  const field = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  const save = () =>
    void form.save(async () => {
      const read = formReader(currency);
      const input = {
        id: request?.id,
        title: values.title,
        status,
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
      <TextField id={`${id}-title`} label="Title" className="span-2" {...field('title')} error={errors.title} required />
      <TextField
        id={`${id}-estimate`}
        label="Estimate hours"
        hint="e.g. 8h or 1:30; empty for none yet"
        {...field('estimate')}
        error={errors.estimateMinutes}
      />
      <TextField
        id={`${id}-amount`}
        label={`Amount (${currency})`}
        hint="Empty for none yet"
        inputMode="decimal"
        {...field('amount')}
        error={errors.amount}
      />
      <SelectField
        id={`${id}-status`}
        label="Status"
        options={optionsOf(CHANGE_REQUEST_STATUS_LABELS)}
        value={status}
        onChange={(event) => isRequestStatus(event.target.value) && setStatus(event.target.value)}
        error={errors.status}
      />
      <TextField id={`${id}-asked`} label="Asked on" type="date" {...field('askedAt')} error={errors.askedAt} required />
      <TextField
        id={`${id}-decided-by`}
        label="Decided by"
        hint="Who said yes or no at the client"
        {...field('decidedBy')}
        error={errors.decidedBy}
      />
      <TextField id={`${id}-decided-at`} label="Decided on" type="date" {...field('decidedAt')} error={errors.decidedAt} />
      <TextField
        id={`${id}-communicated`}
        label="Communicated on"
        type="date"
        hint="When you passed the decision on"
        {...field('communicatedAt')}
        error={errors.communicatedAt}
      />
    </FormDialog>
  );
}
