import { useId, useState } from 'react';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { formatMinutes } from '../../domain/format/format-duration';
import { scopeItemSchema } from '../../domain/model/project-parts';
import type { ScopeItem } from '../../domain/model/project-parts';
import { FormDialog } from '../../components/ui/form-dialog';
import { formReader } from '../../domain/parse/form-reader';
import { SCOPE_STATUS_LABELS, optionsOf } from './labels';
import { projects } from './projects-data';
import { itemDialogLabels, useDialogForm } from '../../components/ui/use-dialog-form';

export interface ScopeItemDialogProps {
  projectId: string;
  item?: ScopeItem;
  onClose: () => void;
}

function isScopeStatus(value: string): value is ScopeItem['status'] {
  return value in SCOPE_STATUS_LABELS;
}

export function ScopeItemDialog({ projectId, item, onClose }: ScopeItemDialogProps) {
  const id = useId();
  const [title, setTitle] = useState(item?.title ?? '');
  const [estimate, setEstimate] = useState(item ? formatMinutes(item.estimateMinutes) : '');
  const [status, setStatus] = useState<ScopeItem['status']>(item?.status ?? 'in_scope');
  const form = useDialogForm(onClose);
  const { errors } = form;

  const save = () =>
    void form.save(async () => {
      const read = formReader();
      // 0 never reaches the repository when the text did not parse: finish() throws first
      const input = { id: item?.id, title, status, estimateMinutes: read.minutes('estimateMinutes', estimate, { required: true }) ?? 0 };
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
      <TextField
        id={`${id}-title`}
        label="Title"
        className="span-2"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        required
      />
      <TextField
        id={`${id}-estimate`}
        label="Estimate"
        hint="e.g. 6h, 1:30 or 45m"
        value={estimate}
        onChange={(event) => setEstimate(event.target.value)}
        error={errors.estimateMinutes}
        required
      />
      <SelectField
        id={`${id}-status`}
        label="Status"
        options={optionsOf(SCOPE_STATUS_LABELS)}
        value={status}
        onChange={(event) => isScopeStatus(event.target.value) && setStatus(event.target.value)}
        error={errors.status}
      />
    </FormDialog>
  );
}
