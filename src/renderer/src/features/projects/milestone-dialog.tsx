import { useId, useState } from 'react';
import { TextField } from '../../components/ui/text-field';
import { milestoneSchema } from '../../domain/model/project-parts';
import type { Milestone } from '../../domain/model/project-parts';
import { FormDialog } from '../../components/ui/form-dialog';
import { formReader } from '../../domain/parse/form-reader';
import { projects } from './projects-data';
import { itemDialogLabels, useDialogForm } from '../../components/ui/use-dialog-form';

export interface MilestoneDialogProps {
  projectId: string;
  milestone?: Milestone;
  onClose: () => void;
}

export function MilestoneDialog({ projectId, milestone, onClose }: MilestoneDialogProps) {
  const id = useId();
  const [name, setName] = useState(milestone?.name ?? '');
  const [due, setDue] = useState<string>(milestone?.due ?? '');
  const [doneAt, setDoneAt] = useState<string>(milestone?.doneAt ?? '');
  const form = useDialogForm(onClose);
  const { errors } = form;

  const save = () =>
    void form.save(async () => {
      const read = formReader();
      // '' never reaches the repository: finish() throws the 'required' message first
      const input = { id: milestone?.id, name, due: read.day('due', due, { required: 'Due date is required' }) ?? '', doneAt: read.day('doneAt', doneAt) };
      read.finish(milestoneSchema, input);
      await projects.saveMilestone(projectId, input);
    });

  return (
    <FormDialog
      {...itemDialogLabels('milestone', milestone !== undefined)}
      form={form}
      onSubmit={save}
      fields={['name', 'due', 'doneAt']}
    >
      <TextField
        id={`${id}-name`}
        label="Milestone name"
        className="span-2"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        required
      />
      <TextField
        id={`${id}-due`}
        label="Due date"
        type="date"
        value={due}
        onChange={(event) => setDue(event.target.value)}
        error={errors.due}
        required
      />
      <TextField
        id={`${id}-done`}
        label="Done on"
        type="date"
        hint="Leave empty while it is open"
        value={doneAt}
        onChange={(event) => setDoneAt(event.target.value)}
        error={errors.doneAt}
      />
    </FormDialog>
  );
}
