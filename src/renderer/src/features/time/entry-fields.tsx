import { Checkbox } from '../../components/ui/checkbox';
import { Field, describedBy } from '../../components/ui/field';
import { ProjectOptions } from '../../components/ui/project-options';
import { SelectField } from '../../components/ui/select-field';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import type { ProjectGroup } from '../../db/queries/time-projects';
import { HATS, HAT_LABELS, hatSchema } from '../../domain/model/hat';
import type { Project } from '../../domain/model/project';
import type { FieldErrors } from '../../domain/validation';
import { defaultBillable } from './entry-form';
import type { EntryFormValues } from './entry-form';

export interface EntryFieldsProps {
  /** prefixes the control ids: two forms can be on screen at once */
  idPrefix: string;
  values: EntryFormValues;
  onChange: (values: EntryFormValues) => void;
  errors: FieldErrors;
  groups: readonly ProjectGroup[];
  /** the entry's own project when the pickers leave it out (done or archived) */
  currentProject?: Project | undefined;
  /** offer an end time as an alternative to the duration (the Log time dialog) */
  withEnd?: boolean;
}

const HAT_OPTIONS = HATS.map((hat) => ({ value: hat, label: HAT_LABELS[hat] }));

export function EntryFields({ idPrefix, values, onChange, errors, groups, currentProject, withEnd = false }: EntryFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = <K extends keyof EntryFormValues>(key: K, value: EntryFormValues[K]) => onChange({ ...values, [key]: value });
  const projectError = errors.projectId;

  function chooseProject(projectId: string) {
    const project = groups.flatMap((group) => group.projects).find((candidate) => candidate.id === projectId);
    // A project's billing sets the default: non-billable projects default to not billable.
    onChange({ ...values, projectId, billable: defaultBillable(project) });
  }

  return (
    <div className="form-grid entry-fields">
      <Field id={id('project')} label="Project" error={projectError} className="span-2">
        <select
          id={id('project')}
          className="input select"
          value={values.projectId}
          aria-invalid={projectError ? true : undefined}
          aria-describedby={describedBy(id('project'), projectError)}
          onChange={(event) => chooseProject(event.target.value)}
        >
          <option value="">Choose a project…</option>
          <ProjectOptions groups={groups} current={currentProject?.id === values.projectId ? currentProject : undefined} />
        </select>
      </Field>
      <SelectField
        id={id('hat')}
        label="Hat"
        options={HAT_OPTIONS}
        value={values.hat}
        error={errors.hat}
        onChange={(event) => set('hat', hatSchema.catch(values.hat).parse(event.target.value))}
      />
      <TextField
        id={id('day')}
        label="Date"
        type="date"
        value={values.day}
        error={errors.day}
        onChange={(event) => set('day', event.target.value)}
      />
      <TextField
        id={id('start')}
        label="Start"
        type="time"
        value={values.start}
        error={errors.startedAt}
        hint={withEnd ? 'Empty: after the day’s last entry' : undefined}
        onChange={(event) => set('start', event.target.value)}
      />
      <TextField
        id={id('duration')}
        label="Duration"
        value={values.duration}
        error={errors.minutes}
        hint="1:30, 90m or 1.5h"
        autoComplete="off"
        onChange={(event) => set('duration', event.target.value)}
      />
      {withEnd ? (
        <TextField
          id={id('end')}
          label="End (instead of a duration)"
          type="time"
          value={values.end}
          error={errors.end}
          onChange={(event) => set('end', event.target.value)}
        />
      ) : null}
      <Checkbox
        id={id('billable')}
        label="Billable"
        className={withEnd ? 'entry-billable' : 'entry-billable span-2'}
        checked={values.billable}
        onChange={(event) => set('billable', event.target.checked)}
      />
      <TextArea
        id={id('note')}
        label="Note"
        className="span-2"
        rows={2}
        value={values.note}
        error={errors.note}
        onChange={(event) => set('note', event.target.value)}
      />
    </div>
  );
}
