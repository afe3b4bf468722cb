import { useEffect, useId, useRef, useState } from 'react';
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
import type { Task, TaskStatus } from '../../domain/model/task';
import type { Hat } from '../../domain/model/hat';
import type { Teammate } from '../../domain/model/teammate';
import { parseDuration } from '../../domain/parse/parse-duration';
import { ValidationError, fieldErrorsOf } from '../../domain/validation';
import type { FieldErrors } from '../../domain/validation';
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
  const id = useId();
  const listRef = useRef<HTMLSelectElement>(null);
  const [title, setTitle] = useState(task.title);
  const [notes, setNotes] = useState(task.notes);
  const [list, setList] = useState(task.projectId ?? INBOX);
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [hat, setHat] = useState<Hat>(task.hat);
  const [assignee, setAssignee] = useState(task.assignee);
  const [estimate, setEstimate] = useState(task.estimateMinutes !== undefined ? formatMinutes(task.estimateMinutes) : '');
  const [due, setDue] = useState<string>(task.due ?? '');
  const form = useDialogForm(onClose);
  const { errors } = form;
  const listed =
    task.projectId === null || groups.some((group) => group.projects.some((project) => project.id === task.projectId));

  useEffect(() => {
    if (focusList) listRef.current?.focus();
  }, [focusList]);

  const save = () =>
    void form.save(async () => {
      const problems: FieldErrors = {};
      const minutes = estimate.trim() === '' ? undefined : parseDuration(estimate);
      if (minutes && !minutes.ok) problems.estimateMinutes = minutes.error;
      const patch = {
        title,
        notes,
        projectId: list === INBOX ? null : list,
        status,
        hat,
        assignee,
        estimateMinutes: minutes?.ok ? minutes.value : undefined,
        due: due === '' ? undefined : due,
      };
      // Every message at once: the estimate's own, then the schema's for the rest.
      const all = { ...fieldErrorsOf(taskSchema, { ...task, ...patch }), ...problems };
      if (Object.keys(all).length > 0) throw new ValidationError(all);
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
      <TextField
        id={`${id}-title`}
        label="Title"
        className="span-2"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        required
      />
      <TextArea
        id={`${id}-notes`}
        label="Notes"
        className="span-2"
        rows={3}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        error={errors.notes}
      />
      <Field
        id={`${id}-list`}
        label="List"
        error={errors.projectId}
        hint="Time is logged on a project: inbox tasks need one to start the timer"
      >
        <select
          ref={listRef}
          id={`${id}-list`}
          className="input select"
          value={list}
          aria-invalid={errors.projectId ? true : undefined}
          aria-describedby={errors.projectId ? `${id}-list-error` : `${id}-list-hint`}
          onChange={(event) => setList(event.target.value)}
        >
          <option value={INBOX}>Inbox</option>
          {!listed && ownProject ? <option value={ownProject.id}>{listLabel(ownProject)}</option> : null}
          <ProjectOptions groups={groups} />
        </select>
      </Field>
      <SelectField
        id={`${id}-status`}
        label="Status"
        value={status}
        onChange={(event) => setStatus(TASK_STATUSES.find((value) => value === event.target.value) ?? status)}
        error={errors.status}
        options={TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] }))}
      />
      <SelectField
        id={`${id}-hat`}
        label="Hat"
        value={hat}
        onChange={(event) => setHat(HATS.find((value) => value === event.target.value) ?? hat)}
        error={errors.hat}
        options={HATS.map((value) => ({ value, label: HAT_LABELS[value] }))}
      />
      <SelectField
        id={`${id}-assignee`}
        label="Who does it"
        value={assignee}
        onChange={(event) => setAssignee(event.target.value)}
        error={errors.assignee}
        options={[
          { value: ASSIGNEE_ME, label: 'Me' },
          ...teammates.map((teammate) => ({ value: teammate.id, label: teammate.name })),
        ]}
      />
      <TextField
        id={`${id}-estimate`}
        label="Estimate"
        hint="For example 45m, 1.5h or 1h 30m; empty for none"
        value={estimate}
        onChange={(event) => setEstimate(event.target.value)}
        error={errors.estimateMinutes}
      />
      <TextField
        id={`${id}-due`}
        label="Due date"
        type="date"
        value={due}
        onChange={(event) => setDue(event.target.value)}
        error={errors.due}
      />
    </FormDialog>
  );
}
