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
  const settings = useLiveQuery(() => getSettings(db), [], undefined);
  // Until the user picks one (currency '' here), a new client is billed in the workspace's home currency.
  const form = useDialogForm(onClose, () => ({
    name: client?.name ?? '',
    owner: client?.owner ?? '',
    notes: '',
    currency: client?.currency ?? '',
  }));
  const { name, owner, notes } = form.values;
  const currency = form.values.currency || (settings?.homeCurrency ?? 'EUR');

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
      <TextField label="Name" className="span-2" {...form.field('name')} autoComplete="off" />
      <SelectField
        label="Currency"
        options={currencyOptions(currency)}
        {...form.field('currency')}
        value={currency}
        hint="Fixed once time is logged"
      />
      <TextField label="Owner" {...form.field('owner')} hint="Who owns the relationship" />
      {client ? null : <TextArea label="Notes" className="span-2" rows={3} {...form.field('notes')} />}
    </FormDialog>
  );
}
