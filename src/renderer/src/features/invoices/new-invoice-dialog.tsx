import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Checkbox } from '../../components/ui/checkbox';
import { FormDialog } from '../../components/ui/form-dialog';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { useDialogForm } from '../../components/ui/use-dialog-form';
import { db } from '../../db/db';
import { loadInvoiceChoices } from '../../db/queries/invoice-source';
import type { InvoiceChoices, InvoiceProjectChoice } from '../../db/queries/invoice-source';
import { listInvoiceClients } from '../../db/queries/invoices-list';
import { defaultExportRange } from '../../domain/csv/export';
import { formatDay } from '../../domain/format/format-day';
import { LINE_GROUPINGS } from '../../domain/model/invoice';
import type { FixedFeeBilling, LineGrouping } from '../../domain/model/invoice';
import { formReader, oneOf } from '../../domain/parse/form-reader';
import { navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { useToday } from '../../stores/use-clock';
import { invoices } from './invoices-data';
import { GROUPING_LABELS, formatAmount } from './labels';

/** What a checked fixed-fee project bills: 'fee', 'percent', or 'milestone:<id>'. */
interface ProjectPick {
  checked: boolean;
  bill: string;
  percent: string;
}

interface NewInvoiceValues {
  clientId: string;
  from: string;
  to: string;
  grouping: LineGrouping;
  projects: Record<string, ProjectPick>;
}

/**
 * Checked at first: time-and-materials projects with uninvoiced work and active retainers. A fixed
 * fee is billed when the user says so (the whole fee, a milestone or a percentage), never by default.
 */
function firstPick(project: InvoiceProjectChoice): ProjectPick {
  const checked =
    project.billing === 'time_and_materials'
      ? (project.uninvoicedMinor ?? 0) > 0
      : project.billing === 'retainer' && project.status === 'active';
  return { checked, bill: 'fee', percent: '' };
}

function projectSummary(project: InvoiceProjectChoice, currency: string): string {
  if (project.billing === 'time_and_materials') {
    const open = project.uninvoicedMinor ?? 0;
    return open > 0 ? `${formatAmount(open, currency)} uninvoiced` : 'Nothing uninvoiced';
  }
  if (project.billing === 'retainer') return 'Retainer: allowance per cycle, plus hours over it';
  const fee = project.fixedFee?.feeMinor;
  return fee === null || fee === undefined ? 'Fixed fee: no fee set' : `Fixed fee of ${formatAmount(fee, currency)}`;
}

/** Client, period, projects and line grouping → a draft from the client's billable, not yet invoiced work. */
export function NewInvoiceDialog({ onClose }: { onClose: () => void }) {
  const today = useToday();
  const clients = useLiveQuery(() => listInvoiceClients(db), [], undefined);
  const form = useDialogForm<NewInvoiceValues>(onClose, () => ({
    clientId: '',
    ...defaultExportRange(today),
    grouping: 'project',
    projects: {},
  }));
  const { values, setValues, errors } = form;
  const choices = useLiveQuery(
    async (): Promise<InvoiceChoices | null> =>
      values.clientId ? ((await loadInvoiceChoices(db, values.clientId, today)) ?? null) : null,
    [values.clientId, today],
    undefined,
  );

  // A client's choices set the period (from its earliest uninvoiced day to today) and clear what was picked for another client.
  const loadedFor = choices?.client.id;
  useEffect(() => {
    if (!choices) return;
    setValues((current) => ({
      ...current,
      from: choices.earliestUninvoicedDay ?? defaultExportRange(choices.today).from,
      to: choices.today,
      projects: {},
    }));
    // only when another client's choices arrive, not when the same client's figures refresh
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedFor]);

  const pick = (project: InvoiceProjectChoice): ProjectPick => values.projects[project.id] ?? firstPick(project);
  const setPick = (project: InvoiceProjectChoice, patch: Partial<ProjectPick>) =>
    setValues((current) => ({
      ...current,
      projects: { ...current.projects, [project.id]: { ...(current.projects[project.id] ?? firstPick(project)), ...patch } },
    }));

  const save = () =>
    void form.save(async () => {
      const read = formReader();
      if (!values.clientId) read.fail('clientId', 'Choose the client to invoice');
      const from = read.day('from', values.from, { required: 'Enter the first day to bill' });
      const to = read.day('to', values.to, { required: 'Enter the last day to bill' });
      if (from && to && to < from) read.fail('to', 'The last day must be on or after the first');
      if (to && to > today) read.fail('to', 'Work after today cannot be billed yet: the last day is today at the latest');
      const chosen = (choices?.projects ?? []).filter((project) => pick(project).checked);
      if (values.clientId && chosen.length === 0) read.fail('projectIds', 'Choose at least one project to bill');
      const fixedFee: Record<string, FixedFeeBilling> = {};
      for (const project of chosen) {
        if (project.billing !== 'fixed_fee') continue;
        const { bill, percent } = pick(project);
        if (bill === 'percent') {
          const basisPoints = read.percent(`percent.${project.id}`, percent, { required: true });
          if (basisPoints === 0) read.fail(`percent.${project.id}`, 'The percentage must be more than 0');
          if (basisPoints) fixedFee[project.id] = { kind: 'percent', basisPoints };
        } else if (bill.startsWith('milestone:')) {
          fixedFee[project.id] = { kind: 'milestone', milestoneId: bill.slice('milestone:'.length) };
        } else {
          fixedFee[project.id] = { kind: 'fee' };
        }
      }
      read.finish();
      if (!from || !to) return;
      const draft = await invoices.createFromWork({
        clientId: values.clientId,
        from,
        to,
        projectIds: chosen.map((project) => project.id),
        grouping: values.grouping,
        fixedFee,
        issueDate: today,
      });
      notify(`Draft created with ${draft.lines.length} ${draft.lines.length === 1 ? 'line' : 'lines'}`, undefined, 'success');
      navigate('invoices', draft.id);
    });

  const currency = choices?.currency ?? '';
  const fields = [
    'clientId',
    'from',
    'to',
    'grouping',
    'projectIds',
    ...(choices?.projects ?? []).map((project) => `percent.${project.id}`),
  ];

  return (
    <FormDialog
      title="New invoice"
      submitLabel="Create draft"
      description="A draft from the client’s billable time and expenses not yet on a sent invoice. You can edit it before sending."
      form={form}
      onSubmit={save}
      fields={fields}
      size="lg"
    >
      <SelectField
        label="Client"
        className="span-2"
        {...form.field('clientId')}
        placeholder={clients?.length === 0 ? 'No client yet: add one on Clients' : 'Choose a client'}
        options={(clients ?? []).map((client) => ({ value: client.id, label: client.name }))}
      />
      <TextField label="From" type="date" {...form.field('from')} />
      <TextField label="To" type="date" {...form.field('to')} />
      {values.clientId && choices ? (
        <fieldset
          className="new-invoice-projects span-2"
          aria-describedby={errors.projectIds ? form.id('projectIds-error') : undefined}
        >
          <legend>Projects</legend>
          {choices.projects.length === 0 ? (
            <p className="muted">{choices.client.name} has no billable project.</p>
          ) : (
            choices.projects.map((project) => (
              <ProjectRow
                key={project.id}
                project={project}
                currency={currency}
                pick={pick(project)}
                idPrefix={form.id(`project-${project.id}`)}
                percentError={errors[`percent.${project.id}`]}
                onChange={(patch) => setPick(project, patch)}
              />
            ))
          )}
          {choices.earliestUninvoicedDay ? (
            <p className="field-hint">Uninvoiced time and expenses start on {formatDay(choices.earliestUninvoicedDay)}.</p>
          ) : null}
          {errors.projectIds ? (
            <p id={form.id('projectIds-error')} className="field-error" role="alert">
              {errors.projectIds}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <SelectField
        label="Time lines"
        className="span-2"
        {...form.field('grouping', { read: oneOf(LINE_GROUPINGS) })}
        options={LINE_GROUPINGS.map((value) => ({ value, label: GROUPING_LABELS[value] }))}
      />
    </FormDialog>
  );
}

interface ProjectRowProps {
  project: InvoiceProjectChoice;
  currency: string;
  pick: ProjectPick;
  idPrefix: string;
  percentError: string | undefined;
  onChange: (patch: Partial<ProjectPick>) => void;
}

function ProjectRow({ project, currency, pick, idPrefix, percentError, onChange }: ProjectRowProps) {
  const fee = project.fixedFee;
  return (
    <div className="new-invoice-project">
      <Checkbox
        id={idPrefix}
        label={`${project.name} (${project.code})${project.archived ? ', archived' : ''}`}
        checked={pick.checked}
        onChange={(event) => onChange({ checked: event.target.checked })}
      />
      <span className="muted">{projectSummary(project, currency)}</span>
      {pick.checked && fee ? (
        <div className="new-invoice-fee">
          <SelectField
            id={`${idPrefix}-bill`}
            label={`Bill for ${project.name}`}
            value={pick.bill}
            onChange={(event) => onChange({ bill: event.target.value })}
            options={[
              {
                value: 'fee',
                label: fee.feeMinor === null ? 'The whole fee' : `The whole fee (${formatAmount(fee.feeMinor, currency)})`,
              },
              ...fee.milestones.map((milestone) => ({
                value: `milestone:${milestone.id}`,
                label: `Milestone “${milestone.name}” (${formatAmount(milestone.shareMinor, currency)})${milestone.billed ? ', on a sent invoice' : ''}`,
                disabled: milestone.billed,
              })),
              { value: 'percent', label: 'A percentage of the fee' },
            ]}
          />
          {pick.bill === 'percent' ? (
            <TextField
              id={`${idPrefix}-percent`}
              label="Percentage of the fee"
              inputMode="decimal"
              value={pick.percent}
              error={percentError}
              onChange={(event) => onChange({ percent: event.target.value })}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
