import { useId, useState } from 'react';
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
  const id = useId();
  const [name, setName] = useState(contact?.name ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [role, setRole] = useState(contact?.role ?? '');
  const [isPrimary, setPrimary] = useState(contact?.primary ?? primary === undefined);
  const [billing, setBilling] = useState(contact?.billing ?? false);
  const form = useDialogForm(onClose);
  const { errors } = form;
  const replacesPrimary = isPrimary && primary !== undefined && primary.id !== contact?.id;

  function onSubmit() {
    void form.save(() =>
      clientWrites.saveContact(clientId, {
        ...(contact ? { id: contact.id } : {}),
        name,
        email: email.trim(),
        role,
        primary: isPrimary,
        billing,
      }),
    );
  }

  return (
    <FormDialog {...itemDialogLabels('contact', contact !== null)} form={form} fields={FIELDS} onSubmit={onSubmit}>
      <TextField
        id={`${id}-name`}
        label="Name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        autoComplete="off"
      />
      <TextField
        id={`${id}-role`}
        label="Role"
        value={role}
        onChange={(event) => setRole(event.target.value)}
        error={errors.role}
      />
      <TextField
        id={`${id}-email`}
        label="Email"
        type="email"
        className="span-2"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
        autoComplete="off"
      />
      <div className="span-2 contact-flags">
        <Checkbox
          id={`${id}-primary`}
          label="Primary contact"
          checked={isPrimary}
          onChange={(event) => setPrimary(event.target.checked)}
        />
        <Checkbox
          id={`${id}-billing`}
          label="Receives invoices (billing)"
          checked={billing}
          onChange={(event) => setBilling(event.target.checked)}
        />
        {replacesPrimary ? (
          <p className="field-hint" role="status">
            {primary.name} will no longer be the primary contact.
          </p>
        ) : null}
      </div>
    </FormDialog>
  );
}
