import { ValidationError, validate } from '../../domain/validation';
import { checkInSchema, clientSchema, contactSchema, opportunitySchema } from '../../domain/model/client';
import type { CheckIn, Client, ClientInput, Contact, Opportunity } from '../../domain/model/client';
import type { TandemDb } from '../db';
import { editRecord, removeItem, savedItem, upsertItem } from './record-edits';
import type { ItemInput } from './record-edits';
import { newId } from '../../domain/ids';
import { mustGet } from './lookups';
import { trashRepo } from './trash-repo';

export type ClientPatch = Partial<Omit<ClientInput, 'id'>>;

// Clients and the lists kept inside them (contacts, check-ins, opportunities).
export function clientsRepo(db: TandemDb) {
  const edit = (id: string, change: (client: Client) => object) => editRecord(db.clients, 'client', clientSchema, id, change);

  async function hasLoggedWork(clientId: string): Promise<boolean> {
    const projectIds = await db.projects.where('clientId').equals(clientId).primaryKeys();
    const totals = await db.projectTotals.bulkGet(projectIds);
    return totals.some((row) => row !== undefined);
  }

  return {
    async create(input: ClientInput): Promise<Client> {
      const client = validate(clientSchema, input);
      await db.clients.add(client);
      return client;
    },

    /** The currency is fixed once time or expenses are logged: amounts are never converted. */
    async update(id: string, patch: ClientPatch): Promise<Client> {
      return db.transaction('rw', [db.clients, db.projects, db.projectTotals], async () => {
        const current = await mustGet('client', id, (key) => db.clients.get(key));
        if (
          patch.currency !== undefined &&
          patch.currency.trim().toUpperCase() !== current.currency &&
          (await hasLoggedWork(id))
        ) {
          throw ValidationError.single('currency', 'The currency cannot change once time or expenses are logged for this client');
        }
        return edit(id, (client) => ({ ...client, ...patch }));
      });
    },

    setArchived(id: string, archived: boolean): Promise<Client> {
      return edit(id, (client) => ({ ...client, archived }));
    },

    /** Moves the client, its projects (with their time, expenses, tasks, blocks) and drafts to the trash. */
    delete(id: string) {
      return trashRepo(db).moveToTrash('clients', id);
    },

    /** Adds or replaces a contact; making one primary makes the others not primary. */
    async saveContact(clientId: string, input: ItemInput<typeof contactSchema>): Promise<Contact> {
      const id = input.id ?? newId();
      const client = await edit(clientId, (current) => {
        const { items, item } = upsertItem(current.contacts, contactSchema, { ...input, id });
        return { ...current, contacts: item.primary ? items.map((c) => ({ ...c, primary: c.id === id })) : items };
      });
      return savedItem(client.contacts, id);
    },

    removeContact(clientId: string, contactId: string): Promise<Client> {
      return edit(clientId, (client) => ({ ...client, contacts: removeItem(client.contacts, contactId) }));
    },

    /** Check-ins are kept in date order. */
    async saveCheckIn(clientId: string, input: ItemInput<typeof checkInSchema>): Promise<CheckIn> {
      const id = input.id ?? newId();
      const client = await edit(clientId, (current) => {
        const { items } = upsertItem(current.checkIns, checkInSchema, { ...input, id });
        return { ...current, checkIns: items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
      });
      return savedItem(client.checkIns, id);
    },

    removeCheckIn(clientId: string, checkInId: string): Promise<Client> {
      return edit(clientId, (client) => ({ ...client, checkIns: removeItem(client.checkIns, checkInId) }));
    },

    async saveOpportunity(clientId: string, input: ItemInput<typeof opportunitySchema>): Promise<Opportunity> {
      const id = input.id ?? newId();
      const client = await edit(clientId, (current) => ({
        ...current,
        opportunities: upsertItem(current.opportunities, opportunitySchema, { ...input, id }).items,
      }));
      return savedItem(client.opportunities, id);
    },

    removeOpportunity(clientId: string, opportunityId: string): Promise<Client> {
      return edit(clientId, (client) => ({ ...client, opportunities: removeItem(client.opportunities, opportunityId) }));
    },
  };
}
