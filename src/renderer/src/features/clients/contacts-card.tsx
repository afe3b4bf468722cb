import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { IconButton } from '../../components/ui/icon-button';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import type { Client, Contact } from '../../domain/model/client';
import { clientWrites } from './client-writes';
import { ContactDialog } from './contact-dialog';
import { removeWithUndo } from '../../actions/with-undo';
import { SectionCard } from './section-card';
import { useItemDialog } from './use-item-dialog';

// The primary contact comes first, then by name.
function ordered(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort((a, b) => Number(b.primary) - Number(a.primary) || a.name.localeCompare(b.name));
}

export function ContactsCard({ client }: { client: Client }) {
  const dialog = useItemDialog<Contact>();
  const [busy, setBusy] = useState(false);
  const primary = client.contacts.find((contact) => contact.primary);

  async function remove(contact: Contact) {
    setBusy(true);
    await removeWithUndo(
      `Contact “${contact.name}”`,
      () => clientWrites.removeContact(client.id, contact.id),
      () => clientWrites.saveContact(client.id, contact),
    );
    setBusy(false);
  }

  return (
    <SectionCard
      title="Contacts"
      action={
        <Button size="sm" onClick={dialog.openNew}>
          <PlusIcon />
          Add contact
        </Button>
      }
    >
      {client.contacts.length === 0 ? (
        <p className="muted client-empty">No contacts yet. Add the person you talk to first: they become the primary contact.</p>
      ) : (
        <ul className="client-items" aria-label="Contacts">
          {ordered(client.contacts).map((contact) => (
            <li key={contact.id} className="client-item">
              <div className="client-item-main">
                <div className="client-item-title">
                  <strong>{contact.name}</strong>
                  {contact.primary ? <span className="badge badge-accent">Primary</span> : null}
                  {contact.billing ? <span className="badge">Billing</span> : null}
                </div>
                <div className="muted client-item-meta">
                  {contact.role ? <span>{contact.role}</span> : null}
                  {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
                </div>
              </div>
              <Button size="sm" variant="ghost" aria-label={`Edit ${contact.name}`} onClick={() => dialog.openEdit(contact)}>
                Edit
              </Button>
              <IconButton
                label={`Remove ${contact.name}`}
                icon={<TrashIcon />}
                disabled={busy}
                onClick={() => void remove(contact)}
              />
            </li>
          ))}
        </ul>
      )}
      {dialog.editing !== undefined ? (
        <ContactDialog clientId={client.id} contact={dialog.editing} primary={primary} onClose={dialog.close} />
      ) : null}
    </SectionCard>
  );
}
