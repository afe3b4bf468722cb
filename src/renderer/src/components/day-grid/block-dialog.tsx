import { useId, useState } from 'react';
import { BLOCK_KINDS, BLOCK_KIND_LABELS } from '../../domain/model/time-block';
import type { Project } from '../../domain/model/project';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { Field, describedBy } from '../ui/field';
import { ProjectOptions, type ProjectOptionGroup } from '../ui/project-options';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { useFormSubmit } from '../ui/use-form-submit';
import { blockFormValues, parseBlockForm, parseKind } from './block-form';
import type { BlockDraft } from './types';

export interface BlockDialogProps {
  mode: 'create' | 'edit';
  draft: BlockDraft;
  taskTitles: readonly string[];
  projectGroups: readonly ProjectOptionGroup[];
  /** the block's own project when the picker leaves it out (done or archived) */
  currentProject?: Project | undefined;
  /** Saves; resolves false when the user chose to keep deep work free (the dialog stays open). */
  onSave: (draft: BlockDraft) => Promise<boolean>;
  onClose: () => void;
  onDelete?: (() => void) | undefined;
  onStartTimer?: (() => void) | undefined;
}

/** Fields with a control of their own; any other message (the whole block's, its tasks') goes on top. */
const PLACED_FIELDS = ['kind', 'projectId', 'title', 'day', 'startMinute', 'endMinute'];
const KIND_OPTIONS = BLOCK_KINDS.map((kind) => ({ value: kind, label: BLOCK_KIND_LABELS[kind] }));

/** New or edit block: kind, title, project, date and times. Nothing is saved while a field is invalid. */
export function BlockDialog(props: BlockDialogProps) {
  const { mode, draft, taskTitles, projectGroups, currentProject, onSave, onClose, onDelete, onStartTimer } = props;
  const [values, setValues] = useState(() => blockFormValues(draft));
  const { errors, submitting, submit } = useFormSubmit();
  const prefix = useId();
  const formId = `${prefix}-form`;
  const id = (name: string) => `${prefix}-${name}`;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let placed = false;
    const saved = await submit(async () => {
      placed = await onSave(parseBlockForm(values, draft.taskIds));
    });
    if (saved && placed) onClose();
  }

  return (
    <Dialog
      title={mode === 'create' ? 'New block' : 'Edit block'}
      onClose={onClose}
      footer={
        <>
          {onDelete ? (
            <Button variant="danger" className="dialog-footer-start" onClick={onDelete}>
              Delete block
            </Button>
          ) : null}
          {onStartTimer ? <Button onClick={onStartTimer}>Start timer</Button> : null}
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form={formId} disabled={submitting}>
            {mode === 'create' ? 'Add block' : 'Save block'}
          </Button>
        </>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        {Object.entries(errors)
          .filter(([field]) => !PLACED_FIELDS.includes(field))
          .map(([field, message]) => (
            <p key={field} className="field-error span-2" role="alert">
              {message}
            </p>
          ))}
        <SelectField
          id={id('kind')}
          label="Kind"
          options={KIND_OPTIONS}
          value={values.kind}
          error={errors.kind}
          onChange={(event) => setValues({ ...values, kind: parseKind(event.target.value, values.kind) })}
        />
        <Field id={id('project')} label="Project" error={errors.projectId}>
          <select
            id={id('project')}
            className="input select"
            value={values.projectId}
            aria-invalid={errors.projectId ? true : undefined}
            aria-describedby={describedBy(id('project'), errors.projectId)}
            onChange={(event) => setValues({ ...values, projectId: event.target.value })}
          >
            <option value="">No project</option>
            <ProjectOptions
              groups={projectGroups}
              current={currentProject?.id === values.projectId ? currentProject : undefined}
            />
          </select>
        </Field>
        <TextField
          id={id('title')}
          label="Title"
          className="span-2"
          value={values.title}
          error={errors.title}
          placeholder="What is this time for?"
          onChange={(event) => setValues({ ...values, title: event.target.value })}
        />
        <TextField
          id={id('day')}
          label="Date"
          type="date"
          className="span-2"
          value={values.day}
          error={errors.day}
          onChange={(event) => setValues({ ...values, day: event.target.value })}
        />
        <TextField
          id={id('start')}
          label="Start"
          type="time"
          step={900}
          value={values.start}
          error={errors.startMinute}
          onChange={(event) => setValues({ ...values, start: event.target.value })}
        />
        <TextField
          id={id('end')}
          label="End"
          type="time"
          step={900}
          value={values.end}
          error={errors.endMinute}
          onChange={(event) => setValues({ ...values, end: event.target.value })}
        />
        {taskTitles.length > 0 ? (
          <p className="span-2 muted">
            For {taskTitles.length === 1 ? 'the task' : 'the tasks'} {taskTitles.map((title) => `“${title}”`).join(', ')}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
