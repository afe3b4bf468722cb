import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { SelectField } from '../../components/ui/select-field';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import { db } from '../../db/db';
import { getSettings } from '../../db/queries/singletons';
import type { Client } from '../../domain/model/client';
import { clientWrites } from './client-writes';
import { currencyOptions } from '../../components/ui/currency-options';
import { FormDialog } from '../../components/ui/form-dialog';
import { useDialogForm } from '../../components/ui/use-dialog-form';

const FIELDS = ['name', 'currency', 'owner', 'notes'];
export interface ClientFormDialogProps {
  /** The client to edit; without it the dialog creates a new client. */
  client?: Client;
  onClose: () => void;
  onSaved: (client: Client) => void;
}

/** New client (name, currency, owner, notes) or edit of the header fields (notes have their own card). */
export function ClientFormDialog({ client, onClose, onSaved }: ClientFormDialogProps) {
  const id = useId();
  const settings = useLiveQuery(() => getSettings(db), [], undefined);
  const [name, setName] = useState(client?.name ?? '');
  const [owner, setOwner] = useState(client?.owner ?? '');
  const [notes, setNotes] = useState('');
  // Until the user picks one, a new client is billed in the workspace's home currency.
  const [picked, setPicked] = useState<string | undefined>(client?.currency);
  const currency = picked ?? settings?.homeCurrency ?? 'EUR';
  const form = useDialogForm(onClose);
  const { errors } = form;

  function onSubmit() {
    void form.save(async () => {
      const saved = client
        ? await clientWrites.update(client.id, { name, currency, owner })
        : await clientWrites.create({ name, currency, owner, notes });
      onSaved(saved);
    });
  }

  return (
    <FormDialog
      title={client ? 'Edit client' : 'New client'}
      submitLabel={client ? 'Save client' : 'Create client'}
      form={form}
      fields={FIELDS}
      onSubmit={onSubmit}
    >
      <TextField
        id={`${id}-name`}
        label="Name"
        className="span-2"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        autoComplete="off"
      />
      <SelectField
        id={`${id}-currency`}
        label="Currency"
        options={currencyOptions(currency)}
        value={currency}
        onChange={(event) => setPicked(event.target.value)}
        error={errors.currency}
        hint="Fixed once time is logged"
      />
      <TextField
        id={`${id}-owner`}
        label="Owner"
        value={owner}
        onChange={(event) => setOwner(event.target.value)}
        error={errors.owner}
        hint="Who owns the relationship"
      />
      {client ? null : (
        <TextArea
          id={`${id}-notes`}
          label="Notes"
          className="span-2"
          rows={3}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          error={errors.notes}
        />
      )}
    </FormDialog>
  );
}
