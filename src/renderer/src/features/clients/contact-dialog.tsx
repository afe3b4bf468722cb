import { Checkbox } from '../../components/ui/checkbox';
import { TextField } from '../../components/ui/text-field';
import type { Contact } from '../../domain/model/client';
import { clientWrites } from './client-writes';
import { FormDialog } from '../../components/ui/form-dialog';
import { itemDialogLabels, useDialogForm } from '../../components/ui/use-dialog-form';

const FIELDS = ['name', 'email', 'role'];
export interface ContactDialogProps {
  clientId: string;
  /** null adds a new contact */
  contact: Contact | null;
  /** the current primary contact, so the form can say who stops being primary */
  primary: Contact | undefined;
  onClose: () => void;
}

export function ContactDialog({ clientId, contact, primary, onClose }: ContactDialogProps) {
  const form = useDialogForm(onClose, () => ({
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    role: contact?.role ?? '',
    primary: contact?.primary ?? primary === undefined,
    billing: contact?.billing ?? false,
  }));
  const { values } = form;
  const replacesPrimary = values.primary && primary !== undefined && primary.id !== contact?.id;

  function onSubmit() {
    void form.save(() =>
      clientWrites.saveContact(clientId, {
        ...(contact ? { id: contact.id } : {}),
        ...values,
        email: values.email.trim(),
      }),
    );
  }

  return (
    <FormDialog {...itemDialogLabels('contact', contact !== null)} form={form} fields={FIELDS} onSubmit={onSubmit}>
      <TextField label="Name" {...form.field('name')} autoComplete="off" />
      <TextField label="Role" {...form.field('role')} />
      <TextField label="Email" type="email" className="span-2" {...form.field('email')} autoComplete="off" />
      <div className="span-2 contact-flags">
        <Checkbox label="Primary contact" {...form.check('primary')} />
        <Checkbox label="Receives invoices (billing)" {...form.check('billing')} />
        {replacesPrimary ? (
          <p className="field-hint" role="status">
            {primary.name} will no longer be the primary contact.
          </p>
        ) : null}
      </div>
    </FormDialog>
  );
}
