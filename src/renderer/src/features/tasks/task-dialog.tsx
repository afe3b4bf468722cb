import { useEffect, useRef } from 'react';
import { Field } from '../../components/ui/field';
import { FormDialog } from '../../components/ui/form-dialog';
import { ProjectOptions } from '../../components/ui/project-options';
import type { ProjectOptionGroup } from '../../components/ui/project-options';
import { SelectField } from '../../components/ui/select-field';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import { useDialogForm } from '../../components/ui/use-dialog-form';
import { db } from '../../db/db';
import { tasksRepo } from '../../db/repositories/tasks-repo';
import { formatMinutes } from '../../domain/format/format-duration';
import { HATS, HAT_LABELS } from '../../domain/model/hat';
import type { Project } from '../../domain/model/project';
import { ASSIGNEE_ME, TASK_STATUSES, TASK_STATUS_LABELS, taskSchema } from '../../domain/model/task';
import type { Task } from '../../domain/model/task';
import type { Teammate } from '../../domain/model/teammate';
import { formReader, oneOf } from '../../domain/parse/form-reader';
import { validate } from '../../domain/validation';
import { listLabel } from './labels';

export interface TaskDialogProps {
  task: Task;
  groups: readonly ProjectOptionGroup[];
  /** the task's own project when it is not among the groups (done or archived) */
  ownProject: Project | null;
  teammates: readonly Teammate[];
  /** open with the list picker focused (the timer asked for a project) */
  focusList?: boolean;
  onClose: () => void;
}

const INBOX = 'inbox';

/** Every field of a task; the estimate is typed like time entries (45m, 1.5h, 1:30). */
export function TaskDialog({ task, groups, ownProject, teammates, focusList, onClose }: TaskDialogProps) {
  const listRef = useRef<HTMLSelectElement>(null);
  const form = useDialogForm(onClose, () => ({
    title: task.title,
    notes: task.notes,
    list: task.projectId ?? INBOX,
    status: task.status,
    hat: task.hat,
    assignee: task.assignee,
    estimate: task.estimateMinutes !== undefined ? formatMinutes(task.estimateMinutes) : '',
    due: task.due ?? '',
  }));
  const list = form.field('list', { error: 'projectId' });
  const listed =
    task.projectId === null || groups.some((group) => group.projects.some((project) => project.id === task.projectId));

  useEffect(() => {
    if (focusList) listRef.current?.focus();
  }, [focusList]);

  const save = () =>
    void form.save(async () => {
      const { values } = form;
      const read = formReader();
      const patch = {
        title: values.title,
        notes: values.notes,
        projectId: values.list === INBOX ? null : values.list,
        status: values.status,
        hat: values.hat,
        assignee: values.assignee,
        estimateMinutes: read.minutes('estimateMinutes', values.estimate),
        due: read.day('due', values.due),
      };
      // Every message at once: the estimate's own, then the schema's for the rest (checked here too).
      read.finish(taskSchema, { ...task, ...patch });
      validate(taskSchema, { ...task, ...patch });
      await tasksRepo(db).update(task.id, patch);
    });

  return (
    <FormDialog
      title="Edit task"
      submitLabel="Save task"
      form={form}
      onSubmit={save}
      size="lg"
      fields={['title', 'notes', 'projectId', 'status', 'hat', 'assignee', 'estimateMinutes', 'due']}
    >
      <TextField label="Title" className="span-2" {...form.field('title')} required />
      <TextArea label="Notes" className="span-2" rows={3} {...form.field('notes')} />
      <Field
        id={list.id}
        label="List"
        error={list.error}
        hint="Time is logged on a project: inbox tasks need one to start the timer"
      >
        <select
          ref={listRef}
          id={list.id}
          className="input select"
          value={list.value}
          aria-invalid={list.error ? true : undefined}
          aria-describedby={list.error ? `${list.id}-error` : `${list.id}-hint`}
          onChange={list.onChange}
        >
          <option value={INBOX}>Inbox</option>
          {!listed && ownProject ? <option value={ownProject.id}>{listLabel(ownProject)}</option> : null}
          <ProjectOptions groups={groups} />
        </select>
      </Field>
      <SelectField
        label="Status"
        {...form.field('status', { read: oneOf(TASK_STATUSES) })}
        options={TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] }))}
      />
      <SelectField
        label="Hat"
        {...form.field('hat', { read: oneOf(HATS) })}
        options={HATS.map((value) => ({ value, label: HAT_LABELS[value] }))}
      />
      <SelectField
        label="Who does it"
        {...form.field('assignee')}
        options={[
          { value: ASSIGNEE_ME, label: 'Me' },
          ...teammates.map((teammate) => ({ value: teammate.id, label: teammate.name })),
        ]}
      />
      <TextField
        label="Estimate"
        hint="For example 45m, 1.5h or 1h 30m; empty for none"
        {...form.field('estimate', { error: 'estimateMinutes' })}
      />
      <TextField label="Due date" type="date" {...form.field('due')} />
    </FormDialog>
  );
}
