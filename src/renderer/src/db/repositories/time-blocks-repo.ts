import { ValidationError, validate } from '../../domain/validation';
import { timeBlockSchema } from '../../domain/model/time-block';
import type { TimeBlock, TimeBlockInput } from '../../domain/model/time-block';
import type { TandemDb } from '../db';
import { mustGet, readSettings, requireProject } from './lookups';
import { trashRepo } from './trash-repo';

export type TimeBlockPatch = Partial<Omit<TimeBlockInput, 'id'>>;

// Planned blocks on the day grid. Whether a block may cover a deep-work block is the planner's
// question to ask; the repository only keeps blocks valid (end after start, links that exist). A new
// block is this computer's person's plan; an edit keeps whose plan it is.
export function timeBlocksRepo(db: TandemDb) {
  const scope = () => [db.timeBlocks, db.projects, db.tasks, db.settings];

  async function check(block: TimeBlock): Promise<TimeBlock> {
    if (block.projectId !== undefined) await requireProject(db, block.projectId);
    const tasks = await db.tasks.bulkGet(block.taskIds);
    if (tasks.some((task) => task === undefined)) throw ValidationError.single('taskIds', 'Choose tasks that exist');
    return block;
  }

  return {
    async create(input: TimeBlockInput): Promise<TimeBlock> {
      return db.transaction('rw', scope(), async () => {
        const { devicePersonId } = await readSettings(db);
        const block = await check(validate(timeBlockSchema, { ...input, personId: devicePersonId }));
        await db.timeBlocks.add(block);
        return block;
      });
    },

    /** Edits a block: moving (day, start) and resizing (end) included. */
    async update(id: string, patch: TimeBlockPatch): Promise<TimeBlock> {
      return db.transaction('rw', scope(), async () => {
        const previous = await mustGet('time block', id, (key) => db.timeBlocks.get(key));
        const block = await check(validate(timeBlockSchema, { ...previous, ...patch, id, personId: previous.personId }));
        await db.timeBlocks.put(block);
        return block;
      });
    },

    delete(id: string) {
      return trashRepo(db).moveToTrash('timeBlocks', id);
    },
  };
}
