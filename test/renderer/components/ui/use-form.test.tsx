import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from '../../../../src/renderer/src/components/ui/checkbox';
import { FormDialog } from '../../../../src/renderer/src/components/ui/form-dialog';
import { SelectField } from '../../../../src/renderer/src/components/ui/select-field';
import { TextField } from '../../../../src/renderer/src/components/ui/text-field';
import { useDialogForm } from '../../../../src/renderer/src/components/ui/use-dialog-form';
import { useForm } from '../../../../src/renderer/src/components/ui/use-form';
import { formReader, oneOf } from '../../../../src/renderer/src/domain/parse/form-reader';
import { ValidationError } from '../../../../src/renderer/src/domain/validation';
import { renderApp } from '../../../support/render-app';

const STATUSES = ['asked', 'approved'] as const;
type Status = (typeof STATUSES)[number];

interface Values {
  title: string;
  estimate: string;
  status: Status;
  billable: boolean;
}

function Harness({ onSave }: { onSave: (values: Values, minutes: number | undefined) => Promise<void> }) {
  const form = useForm<Values>({ title: 'Sitemap', estimate: '', status: 'asked', billable: true }, { idPrefix: 'cr' });
  return (
    <form
      aria-label="Change request"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(async () => {
          const read = formReader();
          const minutes = read.minutes('estimateMinutes', form.values.estimate);
          read.finish();
          await onSave(form.values, minutes);
        });
      }}
    >
      <TextField label="Title" {...form.field('title')} />
      <TextField label="Estimate" {...form.field('estimate', { error: 'estimateMinutes' })} />
      <SelectField
        label="Status"
        options={[...STATUSES.map((value) => ({ value, label: value })), { value: 'maybe', label: 'maybe' }]}
        {...form.field('status', { read: oneOf(STATUSES) })}
      />
      <Checkbox label="Billable" {...form.check('billable')} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('useForm', () => {
  it('binds values by name, with ids from the prefix', async () => {
    const onSave = vi.fn(async () => {});
    const { user } = renderApp(<Harness onSave={onSave} />, { toaster: false });
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Sitemap');
    expect(title).toHaveAttribute('id', 'cr-title');
    expect(screen.getByRole('checkbox', { name: 'Billable' })).toHaveAttribute('id', 'cr-billable');

    await user.clear(title);
    await user.type(title, 'Home page');
    await user.type(screen.getByRole('textbox', { name: 'Estimate' }), '1:30');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'approved');
    await user.click(screen.getByRole('checkbox', { name: 'Billable' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).toHaveBeenCalledWith({ title: 'Home page', estimate: '1:30', status: 'approved', billable: false }, 90);
  });

  it('ignores a select value outside the union', async () => {
    const { user } = renderApp(<Harness onSave={async () => {}} />, { toaster: false });
    const status = screen.getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'maybe');
    expect(status).toHaveValue('asked');
  });

  it('shows a message under the path the field names', async () => {
    const onSave = vi.fn(async () => {});
    const { user } = renderApp(<Harness onSave={onSave} />, { toaster: false });
    await user.type(screen.getByRole('textbox', { name: 'Estimate' }), 'soon');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const estimate = screen.getByRole('textbox', { name: 'Estimate' });
    expect(estimate).toHaveAttribute('aria-invalid', 'true');
    expect(estimate).toHaveAccessibleDescription('Enter a duration like 1:30, 90m, 1.5h or 1h 30m');
    expect(onSave).not.toHaveBeenCalled();
  });
});

function NameDialog({ save, onClose }: { save: (name: string) => Promise<void>; onClose: () => void }) {
  const form = useDialogForm(onClose, { name: '' });
  return (
    <FormDialog
      title="Add contact"
      submitLabel="Add contact"
      form={form}
      fields={['name']}
      onSubmit={() => void form.save(() => save(form.values.name))}
    >
      <TextField label="Name" {...form.field('name')} />
    </FormDialog>
  );
}

describe('useDialogForm', () => {
  it('stays open with the messages while the save is refused, closes once it goes through', async () => {
    const onClose = vi.fn();
    const save = vi.fn(async (name: string) => {
      if (name.trim() === '') throw ValidationError.single('name', 'Name is required');
    });
    const { user } = renderApp(<NameDialog save={save} onClose={onClose} />, { toaster: false });

    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Name is required');
    expect(onClose).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(save).toHaveBeenLastCalledWith('Ana');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
