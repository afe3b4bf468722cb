import { useId } from 'react';
import { Checkbox } from '../../components/ui/checkbox';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import type { Client } from '../../domain/model/client';
import type { FieldErrors } from '../../domain/validation';
import { BILLING_LABELS, STATUS_LABELS, optionsOf } from './labels';
import type { ProjectFormValues } from './project-form-values';

/** Every path the project form shows next to a control (the dialog lists any other message on top). */
export const PROJECT_FORM_FIELDS = [
  'clientId',
  'name',
  'code',
  'billing',
  'status',
  'budgetMinutes',
  'budgetAmount',
  'defaultRate',
  'startDay',
  'endDay',
  'retainer',
  'retainer.allowanceMinutesPerMonth',
  'retainer.cycleStartDay',
] as const;

const CYCLE_DAYS = Array.from({ length: 28 }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }));

export interface ProjectFormFieldsProps {
  values: ProjectFormValues;
  onChange: (patch: Partial<ProjectFormValues>) => void;
  errors: FieldErrors;
  clients: readonly Client[];
  /** the chosen client's currency, named in the money labels */
  currency: string;
}

export function ProjectFormFields({ values, onChange, errors, clients, currency }: ProjectFormFieldsProps) {
  const id = useId();
  const text = (field: keyof ProjectFormValues) => (event: { target: { value: string } }) =>
    onChange({ [field]: event.target.value });
  return (
    <>
      <SelectField
        id={`${id}-client`}
        label="Client"
        placeholder="Choose a client"
        options={clients.map((client) => ({ value: client.id, label: client.name }))}
        value={values.clientId}
        onChange={text('clientId')}
        error={errors.clientId}
        required
      />
      <SelectField
        id={`${id}-status`}
        label="Status"
        options={optionsOf(STATUS_LABELS)}
        value={values.status}
        onChange={text('status')}
        error={errors.status}
      />
      <TextField id={`${id}-name`} label="Name" value={values.name} onChange={text('name')} error={errors.name} required />
      <TextField
        id={`${id}-code`}
        label="Code"
        hint="2–8 letters or digits, unique, e.g. ACW"
        value={values.code}
        onChange={text('code')}
        error={errors.code}
        autoCapitalize="characters"
        spellCheck={false}
        required
      />
      <SelectField
        id={`${id}-billing`}
        label="Billing type"
        options={optionsOf(BILLING_LABELS)}
        value={values.billing}
        onChange={text('billing')}
        error={errors.billing}
      />
      <TextField
        id={`${id}-rate`}
        label={`Default rate per hour (${currency})`}
        value={values.defaultRate}
        onChange={text('defaultRate')}
        error={errors.defaultRate}
        inputMode="decimal"
      />
      <TextField
        id={`${id}-hours`}
        label="Budget hours"
        hint="e.g. 40h, 12:30 or 90m; leave empty for none"
        value={values.budgetHours}
        onChange={text('budgetHours')}
        error={errors.budgetMinutes}
      />
      <TextField
        id={`${id}-amount`}
        label={`Budget amount (${currency})`}
        hint="Leave empty for none"
        value={values.budgetAmount}
        onChange={text('budgetAmount')}
        error={errors.budgetAmount}
        inputMode="decimal"
      />
      <TextField
        id={`${id}-start`}
        label="Start date"
        type="date"
        value={values.startDay}
        onChange={text('startDay')}
        error={errors.startDay}
      />
      <TextField
        id={`${id}-end`}
        label="End date"
        type="date"
        value={values.endDay}
        onChange={text('endDay')}
        error={errors.endDay}
      />
      {values.billing === 'retainer' ? (
        <fieldset className="projects-retainer span-2">
          <legend>Retainer terms</legend>
          <div className="form-grid">
            <TextField
              id={`${id}-allowance`}
              label="Allowance hours per month"
              value={values.allowanceHours}
              onChange={text('allowanceHours')}
              error={errors['retainer.allowanceMinutesPerMonth'] ?? errors.retainer}
              required
            />
            <SelectField
              id={`${id}-cycle`}
              label="Cycle starts on day"
              options={CYCLE_DAYS}
              value={values.cycleStartDay}
              onChange={text('cycleStartDay')}
              error={errors['retainer.cycleStartDay']}
            />
            <Checkbox
              id={`${id}-rollover`}
              className="span-2"
              label="Roll unused hours over to the next cycle"
              checked={values.rollover}
              onChange={(event) => onChange({ rollover: event.target.checked })}
            />
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
