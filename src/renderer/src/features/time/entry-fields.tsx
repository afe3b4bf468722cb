import { Checkbox } from '../../components/ui/checkbox';
import { Field, describedBy } from '../../components/ui/field';
import { ProjectOptions } from '../../components/ui/project-options';
import { SelectField } from '../../components/ui/select-field';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import type { Form } from '../../components/ui/use-form';
import type { ProjectGroup } from '../../db/queries/time-projects';
import { HATS, HAT_LABELS } from '../../domain/model/hat';
import type { Project } from '../../domain/model/project';
import { oneOf } from '../../domain/parse/form-reader';
import { defaultBillable } from './entry-form';
import type { EntryFormValues } from './entry-form';

export interface EntryFieldsProps {
  /** the form's ids are unique to it (useForm's idPrefix): two forms can be on screen at once */
  form: Form<EntryFormValues>;
  groups: readonly ProjectGroup[];
  /** the entry's own project when the pickers leave it out (done or archived) */
  currentProject?: Project | undefined;
  /** offer an end time as an alternative to the duration (the Log time dialog) */
  withEnd?: boolean;
}

const HAT_OPTIONS = HATS.map((hat) => ({ value: hat, label: HAT_LABELS[hat] }));

export function EntryFields({ form, groups, currentProject, withEnd = false }: EntryFieldsProps) {
  const { values, id } = form;
  const projectError = form.errors.projectId;

  function chooseProject(projectId: string) {
    const project = groups.flatMap((group) => group.projects).find((candidate) => candidate.id === projectId);
    // A project's billing sets the default: non-billable projects default to not billable.
    form.setValues((current) => ({ ...current, projectId, billable: defaultBillable(project) }));
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
      <SelectField label="Hat" options={HAT_OPTIONS} {...form.field('hat', { read: oneOf(HATS) })} />
      <TextField label="Date" type="date" {...form.field('day')} />
      <TextField
        label="Start"
        type="time"
        {...form.field('start', { error: 'startedAt' })}
        hint={withEnd ? 'Empty: after the day’s last entry' : undefined}
      />
      <TextField label="Duration" {...form.field('duration', { error: 'minutes' })} hint="1:30, 90m or 1.5h" autoComplete="off" />
      {withEnd ? <TextField label="End (instead of a duration)" type="time" {...form.field('end')} /> : null}
      <Checkbox label="Billable" className={withEnd ? 'entry-billable' : 'entry-billable span-2'} {...form.check('billable')} />
      <TextArea label="Note" className="span-2" rows={2} {...form.field('note')} />
    </div>
  );
}
