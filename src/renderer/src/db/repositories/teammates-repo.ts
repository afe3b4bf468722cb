import { ValidationError, validate } from '../../domain/validation';
import { teammateSchema, teammateWithNameOf } from '../../domain/model/teammate';
import type { Teammate, TeammateInput } from '../../domain/model/teammate';
import type { TandemDb } from '../db';
import { editRecord } from './record-edits';
import { trashRepo } from './trash-repo';

// Teammates: the people besides the owner whose time, plans and tasks the agency keeps. Deleting one
// is moving them to the trash (db/trash/collect.ts): their tasks go back to the owner, their entries
// and blocks stay, and the person whose computer this is cannot be deleted.

/** Refuses a name another teammate has (teammateWithNameOf). Teammates are a handful, so reading them all is cheap. */
async function refuseTakenName(db: TandemDb, teammate: Teammate): Promise<void> {
  const taken = teammateWithNameOf(await db.teammates.toArray(), teammate);
  if (taken) throw ValidationError.single('name', `${taken.name} is already on the team`);
}

export function teammatesRepo(db: TandemDb) {
  return {
    /** A new teammate; the name is trimmed and must not be another teammate's (field 'name'). */
    create(input: TeammateInput): Promise<Teammate> {
      const teammate = validate(teammateSchema, input);
      return db.transaction('rw', db.teammates, async () => {
        await refuseTakenName(db, teammate);
        await db.teammates.add(teammate);
        return teammate;
      });
    },

    /**
     * Renames (with the same rule as create) or changes the role or rates. Only a patch that names
     * the teammate is checked: saving rates never fails over two names that sync brought together.
     */
    update(id: string, patch: Partial<Omit<TeammateInput, 'id'>>): Promise<Teammate> {
      return db.transaction('rw', db.teammates, async () => {
        const saved = await editRecord(db.teammates, 'teammate', teammateSchema, id, (current) => ({ ...current, ...patch }));
        // throwing here aborts the transaction, so a taken name is never stored
        if (patch.name !== undefined) await refuseTakenName(db, saved);
        return saved;
      });
    },

    delete(id: string) {
      return trashRepo(db).moveToTrash('teammates', id);
    },
  };
}
