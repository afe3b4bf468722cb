import { validate } from '../../domain/validation';
import { updateDraftSchema } from '../../domain/model/update-draft';
import type { UpdateDraft, UpdateDraftInput } from '../../domain/model/update-draft';
import type { TandemDb } from '../db';
import { mustGet, requireClient } from './lookups';
import { trashRepo } from './trash-repo';
import { readClock } from '../../platform/clock';

export type UpdateDraftPatch = Partial<Omit<UpdateDraftInput, 'id'>>;

// Client update drafts: generated elsewhere, edited here, marked sent.
export function updateDraftsRepo(db: TandemDb) {
  const scope = () => [db.updateDrafts, db.clients];

  async function update(id: string, patch: UpdateDraftPatch): Promise<UpdateDraft> {
    return db.transaction('rw', scope(), async () => {
      const previous = await mustGet('update draft', id, (key) => db.updateDrafts.get(key));
      const draft = validate(updateDraftSchema, { ...previous, ...patch, id });
      await requireClient(db, draft.clientId);
      await db.updateDrafts.put(draft);
      return draft;
    });
  }

  return {
    async create(input: UpdateDraftInput): Promise<UpdateDraft> {
      return db.transaction('rw', scope(), async () => {
        const draft = validate(updateDraftSchema, input);
        await requireClient(db, draft.clientId);
        await db.updateDrafts.add(draft);
        return draft;
      });
    },

    update,

    markSent(id: string, at: Date = readClock()): Promise<UpdateDraft> {
      return update(id, { status: 'sent', sentAt: at.toISOString() });
    },

    /** Back to draft (sent by mistake); the sent time is cleared. */
    markDraft(id: string): Promise<UpdateDraft> {
      return update(id, { status: 'draft', sentAt: undefined });
    },

    delete(id: string) {
      return trashRepo(db).moveToTrash('updateDrafts', id);
    },
  };
}
