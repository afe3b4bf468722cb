import { validate } from '../../domain/validation';
import { teammateSchema } from '../../domain/model/teammate';
import type { Teammate, TeammateInput } from '../../domain/model/teammate';
import type { TandemDb } from '../db';
import { editRecord } from './record-edits';
import { trashRepo } from './trash-repo';

// Teammates tasks can be assigned to. Deleting one hands their tasks back to the user.
export function teammatesRepo(db: TandemDb) {
  return {
    async create(input: TeammateInput): Promise<Teammate> {
      const teammate = validate(teammateSchema, input);
      await db.teammates.add(teammate);
      return teammate;
    },

    update(id: string, patch: Partial<Omit<TeammateInput, 'id'>>): Promise<Teammate> {
      return editRecord(db.teammates, 'teammate', teammateSchema, id, (current) => ({ ...current, ...patch }));
    },

    delete(id: string) {
      return trashRepo(db).moveToTrash('teammates', id);
    },
  };
}
