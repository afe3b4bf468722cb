import Dexie from 'dexie';
import { isShown } from '../../domain/model/person';
import type { PersonFilter } from '../../domain/model/person';
import type { DayKey } from '../../domain/time/day-key';
import type { Task } from '../../domain/model/task';
import type { TimeBlock } from '../../domain/model/time-block';
import type { TandemDb } from '../db';

// Planner and task lists.

/** Blocks from `from` to `to` (both included), by day then start minute; `person`: only theirs. */
export async function blocksForDayRange(db: TandemDb, from: DayKey, to: DayKey, person?: PersonFilter): Promise<TimeBlock[]> {
  if (to < from) return [];
  const blocks = await db.timeBlocks.where('day').between(from, to, true, true).toArray();
  return blocks.filter((block) => isShown(block, person)).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.startMinute - b.startMinute));
}

/** Blocks of one project from `from` on (planned spend), by day. */
export async function blocksForProject(db: TandemDb, projectId: string, from?: DayKey): Promise<TimeBlock[]> {
  const blocks = await db.timeBlocks.where('projectId').equals(projectId).toArray();
  return blocks
    .filter((block) => from === undefined || block.day >= from)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.startMinute - b.startMinute));
}

/** A project's tasks in list order; `null` gives the inbox (open tasks only, through the status index). */
export async function tasksOfList(db: TandemDb, projectId: string | null): Promise<Task[]> {
  if (projectId !== null) {
    return db.tasks.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).toArray();
  }
  // One equals() range per status: Dexie walks anyOf() with a cursor, several times slower at scale.
  const byStatus = await Promise.all(
    (['todo', 'doing', 'waiting'] as const).map((status) => db.tasks.where('status').equals(status).toArray()),
  );
  return byStatus
    .flat()
    .filter((task) => task.projectId === null)
    .sort((a, b) => a.order - b.order);
}

/** Open tasks due on or before `day` (overdue and due today), by due date. */
export async function openTasksDueBy(db: TandemDb, day: DayKey): Promise<Task[]> {
  const due = await db.tasks.where('due').belowOrEqual(day).toArray();
  return due.filter((task) => task.status !== 'done').sort((a, b) => ((a.due ?? '') < (b.due ?? '') ? -1 : 1));
}

/** Tasks in a status (e.g. 'waiting' for "decisions the client owes"). */
export function tasksWithStatus(db: TandemDb, status: Task['status']): Promise<Task[]> {
  return db.tasks.where('status').equals(status).toArray();
}
