import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { formatMinutes } from '../../domain/format/format-duration';
import { SCOPE_ITEM_STATUSES, scopeItemSchema } from '../../domain/model/project-parts';
import type { ScopeItem } from '../../domain/model/project-parts';
import { FormDialog } from '../../components/ui/form-dialog';
import { formReader, oneOf } from '../../domain/parse/form-reader';
import { SCOPE_STATUS_LABELS, optionsOf } from './labels';
import { projects } from './projects-data';
import { itemDialogLabels, useDialogForm } from '../../components/ui/use-dialog-form';

export interface ScopeItemDialogProps {
  projectId: string;
  item?: ScopeItem;
  onClose: () => void;
}

export function ScopeItemDialog({ projectId, item, onClose }: ScopeItemDialogProps) {
  const form = useDialogForm(onClose, () => ({
    title: item?.title ?? '',
    estimate: item ? formatMinutes(item.estimateMinutes) : '',
    status: item?.status ?? 'in_scope',
  }));

  const save = () =>
    void form.save(async () => {
      const { title, estimate, status } = form.values;
      const read = formReader();
      // 0 never reaches the repository when the text did not parse: finish() throws first
      const input = {
        id: item?.id,
        title,
        status,
        estimateMinutes: read.minutes('estimateMinutes', estimate, { required: true }) ?? 0,
      };
      read.finish(scopeItemSchema, input);
      await projects.saveScopeItem(projectId, input);
    });

  return (
    <FormDialog
      {...itemDialogLabels('scope item', item !== undefined)}
      form={form}
      onSubmit={save}
      fields={['title', 'estimateMinutes', 'status']}
    >
      <TextField label="Title" className="span-2" {...form.field('title')} required />
      <TextField
        label="Estimate"
        hint="e.g. 6h, 1:30 or 45m"
        {...form.field('estimate', { error: 'estimateMinutes' })}
        required
      />
      <SelectField
        label="Status"
        options={optionsOf(SCOPE_STATUS_LABELS)}
        {...form.field('status', { read: oneOf(SCOPE_ITEM_STATUSES) })}
      />
    </FormDialog>
  );
}
