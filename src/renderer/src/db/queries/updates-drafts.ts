import type { Client } from '../../domain/model/client';
import type { UpdateDraft } from '../../domain/model/update-draft';
import type { TandemDb } from '../db';

// The Updates screen's lists: clients to write to (name order, archived ones left out) and one
// client's drafts through the clientId index, newest period first.

export function listUpdateClients(db: TandemDb): Promise<Client[]> {
  return db.clients
    .orderBy('name')
    .filter((client) => !client.archived)
    .toArray();
}

export async function listClientDrafts(db: TandemDb, clientId: string): Promise<UpdateDraft[]> {
  const drafts = await db.updateDrafts.where('clientId').equals(clientId).toArray();
  const key = (draft: UpdateDraft) => `${draft.periodEnd} ${draft.periodStart} ${draft.id}`;
  return drafts.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}
