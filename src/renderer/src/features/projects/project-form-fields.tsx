import { Checkbox } from '../../components/ui/checkbox';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import type { Form } from '../../components/ui/use-form';
import type { Client } from '../../domain/model/client';
import { BILLING_TYPES, PROJECT_STATUSES } from '../../domain/model/project';
import { oneOf } from '../../domain/parse/form-reader';
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
  form: Form<ProjectFormValues>;
  clients: readonly Client[];
  /** the chosen client's currency, named in the money labels */
  currency: string;
}

export function ProjectFormFields({ form, clients, currency }: ProjectFormFieldsProps) {
  const { values, errors } = form;
  return (
    <>
      <SelectField
        label="Client"
        placeholder="Choose a client"
        options={clients.map((client) => ({ value: client.id, label: client.name }))}
        {...form.field('clientId')}
        required
      />
      <SelectField
        label="Status"
        options={optionsOf(STATUS_LABELS)}
        {...form.field('status', { read: oneOf(PROJECT_STATUSES) })}
      />
      <TextField label="Name" {...form.field('name')} required />
      <TextField
        label="Code"
        hint="2–8 letters or digits, unique, e.g. ACW"
        {...form.field('code')}
        autoCapitalize="characters"
        spellCheck={false}
        required
      />
      <SelectField
        label="Billing type"
        options={optionsOf(BILLING_LABELS)}
        {...form.field('billing', { read: oneOf(BILLING_TYPES) })}
      />
      <TextField label={`Default rate per hour (${currency})`} {...form.field('defaultRate')} inputMode="decimal" />
      <TextField
        label="Budget hours"
        hint="e.g. 40h, 12:30 or 90m; leave empty for none"
        {...form.field('budgetHours', { error: 'budgetMinutes' })}
      />
      <TextField
        label={`Budget amount (${currency})`}
        hint="Leave empty for none"
        {...form.field('budgetAmount')}
        inputMode="decimal"
      />
      <TextField label="Start date" type="date" {...form.field('startDay')} />
      <TextField label="End date" type="date" {...form.field('endDay')} />
      {values.billing === 'retainer' ? (
        <fieldset className="projects-retainer span-2">
          <legend>Retainer terms</legend>
          <div className="form-grid">
            <TextField
              label="Allowance hours per month"
              {...form.field('allowanceHours', { error: 'retainer.allowanceMinutesPerMonth' })}
              error={errors['retainer.allowanceMinutesPerMonth'] ?? errors.retainer}
              required
            />
            <SelectField
              label="Cycle starts on day"
              options={CYCLE_DAYS}
              {...form.field('cycleStartDay', { error: 'retainer.cycleStartDay' })}
            />
            <Checkbox className="span-2" label="Roll unused hours over to the next cycle" {...form.check('rollover')} />
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
