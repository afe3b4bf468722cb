import { BLOCK_KINDS, BLOCK_KIND_LABELS } from '../../domain/model/time-block';
import type { Project } from '../../domain/model/project';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { Field, describedBy } from '../ui/field';
import { ProjectOptions, type ProjectOptionGroup } from '../ui/project-options';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { useForm } from '../ui/use-form';
import { oneOf } from '../../domain/parse/form-reader';
import { blockFormValues, parseBlockForm } from './block-form';
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
  const form = useForm(() => blockFormValues(draft));
  const { errors, submitting, submit } = form;
  const formId = form.id('form');
  const project = form.field('projectId');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let placed = false;
    const saved = await submit(async () => {
      placed = await onSave(parseBlockForm(form.values, draft.taskIds));
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
        <SelectField label="Kind" options={KIND_OPTIONS} {...form.field('kind', { read: oneOf(BLOCK_KINDS) })} />
        <Field id={project.id} label="Project" error={project.error}>
          <select
            id={project.id}
            className="input select"
            value={project.value}
            aria-invalid={project.error ? true : undefined}
            aria-describedby={describedBy(project.id, project.error)}
            onChange={project.onChange}
          >
            <option value="">No project</option>
            <ProjectOptions groups={projectGroups} current={currentProject?.id === project.value ? currentProject : undefined} />
          </select>
        </Field>
        <TextField label="Title" className="span-2" {...form.field('title')} placeholder="What is this time for?" />
        <TextField label="Date" type="date" className="span-2" {...form.field('day')} />
        <TextField label="Start" type="time" step={900} {...form.field('start', { error: 'startMinute' })} />
        <TextField label="End" type="time" step={900} {...form.field('end', { error: 'endMinute' })} />
        {taskTitles.length > 0 ? (
          <p className="span-2 muted">
            For {taskTitles.length === 1 ? 'the task' : 'the tasks'} {taskTitles.map((title) => `“${title}”`).join(', ')}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
