import Dexie from 'dexie';
import { ValidationError, validate } from '../../domain/validation';
import { dayKeyOf } from '../../domain/time/day-key';
import { ASSIGNEE_ME, taskSchema } from '../../domain/model/task';
import type { Task, TaskInput, TaskStatus } from '../../domain/model/task';
import type { TandemDb } from '../db';
import { mustGet, requireProject } from './lookups';
import { trashRepo } from './trash-repo';
import { readClock } from '../../platform/clock';

export type TaskPatch = Partial<Omit<TaskInput, 'id'>>;

const OPEN_STATUSES: TaskStatus[] = ['todo', 'doing', 'waiting'];

// Tasks: the inbox (projectId null) and one ordered list per project. New tasks go to the end of
// their list; `doneAt` is kept by the repository (set when done, cleared when reopened).
export function tasksRepo(db: TandemDb) {
  const scope = () => [db.tasks, db.projects, db.teammates];

  async function nextOrder(projectId: string | null): Promise<number> {
    if (projectId !== null) {
      const last = await db.tasks.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).last();
      return (last?.order ?? -1) + 1;
    }
    let max = -1;
    await db.tasks
      .where('status')
      .anyOf(OPEN_STATUSES)
      .each((task) => {
        if (task.projectId === null) max = Math.max(max, task.order);
      });
    return max + 1;
  }

  async function check(task: Task): Promise<Task> {
    if (task.projectId !== null) await requireProject(db, task.projectId);
    if (task.assignee !== ASSIGNEE_ME && !(await db.teammates.get(task.assignee))) {
      throw ValidationError.single('assignee', 'Choose yourself or a teammate who exists');
    }
    return task;
  }

  function withDoneDay(task: Record<string, unknown>, previous?: Task): Record<string, unknown> {
    if (task.status !== 'done') return { ...task, doneAt: undefined };
    if (task.doneAt !== undefined && (previous?.status !== 'done' || task.doneAt !== previous.doneAt)) return task;
    return { ...task, doneAt: previous?.status === 'done' ? previous.doneAt : dayKeyOf(readClock()) };
  }

  async function update(id: string, patch: TaskPatch): Promise<Task> {
    return db.transaction('rw', scope(), async () => {
      const previous = await mustGet('task', id, (key) => db.tasks.get(key));
      const movesList = patch.projectId !== undefined && patch.projectId !== previous.projectId;
      const order = patch.order ?? (movesList ? await nextOrder(patch.projectId ?? null) : previous.order);
      const task = await check(validate(taskSchema, withDoneDay({ ...previous, ...patch, order, id }, previous)));
      await db.tasks.put(task);
      return task;
    });
  }

  return {
    async create(input: TaskInput): Promise<Task> {
      return db.transaction('rw', scope(), async () => {
        const projectId = input.projectId ?? null;
        const order = input.order ?? (await nextOrder(projectId));
        const task = await check(validate(taskSchema, withDoneDay({ ...input, projectId, order })));
        await db.tasks.add(task);
        return task;
      });
    },

    update,

    /** Sets the status; also says what the stored status was, which a screen may not have shown yet (for Undo). */
    setStatus(id: string, status: TaskStatus): Promise<{ task: Task; previousStatus: TaskStatus }> {
      return db.transaction('rw', scope(), async () => {
        const { status: previousStatus } = await mustGet('task', id, (key) => db.tasks.get(key));
        return { task: await update(id, { status }), previousStatus };
      });
    },

    /** Moves a task to another list (null = inbox) at `order` (default: the end of that list). */
    move(id: string, projectId: string | null, order?: number): Promise<Task> {
      return update(id, { projectId, order });
    },

    /** Renumbers a list in the given order (0, 1, 2…); ids not in the list are left alone. */
    async reorder(orderedIds: readonly string[]): Promise<void> {
      await db.transaction('rw', db.tasks, async () => {
        const tasks = await db.tasks.bulkGet([...orderedIds]);
        await db.tasks.bulkPut(tasks.flatMap((task, index) => (task ? [{ ...task, order: index }] : [])));
      });
    },

    /** Moves the task to the trash; entries and blocks that pointed at it lose the link until restored. */
    delete(id: string) {
      return trashRepo(db).moveToTrash('tasks', id);
    },
  };
}
