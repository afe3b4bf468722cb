import Dexie from 'dexie';
import { assigneeOf } from '../../domain/model/person';
import type { PersonFilter } from '../../domain/model/person';
import type { Project } from '../../domain/model/project';
import type { RunningTimer } from '../../domain/model/running-timer';
import type { Settings } from '../../domain/model/settings';
import type { Task, TaskStatus } from '../../domain/model/task';
import type { TimeBlock } from '../../domain/model/time-block';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { DayKey } from '../../domain/time/day-key';
import { weekDays } from '../../domain/time/week';
import type { TandemDb } from '../db';
import { blocksForDayRange } from './plan';
import { getRunningTimer, getSettings } from './singletons';
import { entriesForDayRange } from './time';

// What the Today and Planner grids show: one day or one week of blocks and logged time, the
// running timer, the task list beside the grid, and the projects and tasks those refer to.
// Only the shown days are read (through the 'day' indexes); tasks through [status+due] and status.
// One person's board ("Mine") shows their blocks and entries; everyone's shows all of them. The task
// list beside the grid is always this computer's person's: it is what they plan their own day from.

export interface PlanBoard {
  days: DayKey[];
  from: DayKey;
  to: DayKey;
  /** whose board: one person's, or undefined for everyone's */
  person: PersonFilter;
  settings: Settings;
  blocks: TimeBlock[];
  entries: TimeEntry[];
  timer: RunningTimer | undefined;
  /** this computer's person's open tasks due by the last shown day, and everything in progress */
  tasks: Task[];
  /** how many such tasks there are in all (the list is cut at TASK_LIST_LIMIT) */
  taskCount: number;
  /** projects referred to by blocks, entries, tasks and the timer */
  projects: Map<string, Project>;
  /** tasks linked to the shown blocks */
  linkedTasks: Map<string, Task>;
}

export const TASK_LIST_LIMIT = 60;

const dueBy = (db: TandemDb, status: TaskStatus, day: DayKey) =>
  db.tasks.where('[status+due]').between([status, Dexie.minKey], [status, day], true, true).toArray();

/** A person's open tasks due on or before `day` plus those in progress: doing first, then by due date and order. */
async function tasksDueBy(db: TandemDb, day: DayKey, personId: string): Promise<Task[]> {
  const lists = await Promise.all([
    db.tasks.where('status').equals('doing').toArray(),
    dueBy(db, 'todo', day),
    dueBy(db, 'waiting', day),
  ]);
  const assignee = assigneeOf(personId);
  return lists
    .flat()
    .filter((task) => task.assignee === assignee)
    .sort(
      (a, b) =>
        Number(b.status === 'doing') - Number(a.status === 'doing') ||
        (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
        a.order - b.order,
    );
}

async function readBoard(db: TandemDb, days: DayKey[], settings: Settings, person: PersonFilter): Promise<PlanBoard> {
  const from = days[0];
  const to = days[days.length - 1];
  if (!from || !to) throw new RangeError('A plan board shows at least one day');
  const [blocks, entries, timer, allTasks] = await Promise.all([
    blocksForDayRange(db, from, to, person),
    entriesForDayRange(db, from, to, undefined, person),
    getRunningTimer(db),
    tasksDueBy(db, to, settings.devicePersonId),
  ]);
  const tasks = allTasks.slice(0, TASK_LIST_LIMIT);
  const linkedIds = [...new Set(blocks.flatMap((block) => block.taskIds))];
  const linked = await db.tasks.bulkGet(linkedIds);
  const linkedTasks = new Map(linked.flatMap((task) => (task ? [[task.id, task] as const] : [])));
  const projectIds = new Set<string>();
  for (const item of [...blocks, ...tasks, ...linkedTasks.values()]) if (item.projectId) projectIds.add(item.projectId);
  for (const entry of entries) projectIds.add(entry.projectId);
  if (timer) projectIds.add(timer.projectId);
  const projects = await db.projects.bulkGet([...projectIds]);
  return {
    days,
    from,
    to,
    person,
    settings,
    blocks,
    entries,
    timer,
    tasks,
    taskCount: allTasks.length,
    projects: new Map(projects.flatMap((project) => (project ? [[project.id, project] as const] : []))),
    linkedTasks,
  };
}

/** One day (Today); `person`: only theirs. */
export async function planDay(db: TandemDb, day: DayKey, person?: PersonFilter): Promise<PlanBoard> {
  return readBoard(db, [day], await getSettings(db), person);
}

/** The week holding `anchor` (Planner); `person`: only theirs. */
export async function planWeek(db: TandemDb, anchor: DayKey, person?: PersonFilter): Promise<PlanBoard> {
  const settings = await getSettings(db);
  return readBoard(db, weekDays(anchor, settings), settings, person);
}
