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
  const form = useDialogForm(onClose, {
    name: milestone?.name ?? '',
    due: milestone?.due ?? '',
    doneAt: milestone?.doneAt ?? '',
  });

  const save = () =>
    void form.save(async () => {
      const { name, due, doneAt } = form.values;
      const read = formReader();
      // '' never reaches the repository: finish() throws the 'required' message first
      const input = {
        id: milestone?.id,
        name,
        due: read.day('due', due, { required: 'Due date is required' }) ?? '',
        doneAt: read.day('doneAt', doneAt),
      };
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
      <TextField label="Milestone name" className="span-2" {...form.field('name')} required />
      <TextField label="Due date" type="date" {...form.field('due')} required />
      <TextField label="Done on" type="date" hint="Leave empty while it is open" {...form.field('doneAt')} />
    </FormDialog>
  );
}
