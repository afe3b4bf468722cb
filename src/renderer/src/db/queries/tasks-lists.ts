import type { Client } from '../../domain/model/client';
import type { Project, ProjectStatus } from '../../domain/model/project';
import type { Task, TaskStatus } from '../../domain/model/task';
import type { Teammate } from '../../domain/model/teammate';
import type { TandemDb } from '../db';
import { tasksOfList } from './plan';

// The Tasks screen's reads. Lists are the inbox and the projects still being worked on (planned,
// active, on hold; not archived), read through the projects' status index; open counts come from
// the open tasks read through the tasks' status index (done tasks, the bulk of a decade's 20,000,
// are never loaded). One equals() range per status rather than anyOf(): Dexie walks anyOf with a
// cursor, a single range with getAll, which measured several times faster in Chromium.

const WORKING_PROJECT_STATUSES: ProjectStatus[] = ['planned', 'active', 'on_hold'];
const OPEN_TASK_STATUSES: TaskStatus[] = ['todo', 'doing', 'waiting'];

export interface TaskListProject {
  project: Project;
  client: Client | undefined;
  /** tasks to do, doing or waiting on the client */
  open: number;
}

export interface TaskLists {
  inboxOpen: number;
  /** by code */
  projects: TaskListProject[];
}

async function readOpenTasks(db: TandemDb): Promise<Task[]> {
  const byStatus = await Promise.all(OPEN_TASK_STATUSES.map((status) => db.tasks.where('status').equals(status).toArray()));
  return byStatus.flat();
}

export async function taskLists(db: TandemDb): Promise<TaskLists> {
  const [projects, openTasks] = await Promise.all([
    db.projects.where('status').anyOf(WORKING_PROJECT_STATUSES).toArray(),
    readOpenTasks(db),
  ]);
  const counts = new Map<string | null, number>();
  for (const task of openTasks) counts.set(task.projectId, (counts.get(task.projectId) ?? 0) + 1);
  const shown = projects.filter((project) => !project.archived).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const clients = await db.clients.bulkGet([...new Set(shown.map((project) => project.clientId))]);
  const clientById = new Map<string, Client>();
  for (const client of clients) if (client) clientById.set(client.id, client);
  return {
    inboxOpen: counts.get(null) ?? 0,
    projects: shown.map((project) => ({ project, client: clientById.get(project.clientId), open: counts.get(project.id) ?? 0 })),
  };
}

export interface TaskListView {
  /** null for the inbox */
  project: Project | null;
  client: Client | undefined;
  /** in list order; the inbox holds open tasks only, a project's list every task */
  tasks: Task[];
}

/** One list through its index; undefined when the project does not exist (deleted, or a bad link). */
export async function taskListView(db: TandemDb, projectId: string | null): Promise<TaskListView | undefined> {
  if (projectId === null) {
    const inbox = (await readOpenTasks(db)).filter((task) => task.projectId === null);
    return { project: null, client: undefined, tasks: inbox.sort((a, b) => a.order - b.order) };
  }
  const [project, tasks] = await Promise.all([db.projects.get(projectId), tasksOfList(db, projectId)]);
  if (!project) return undefined;
  return { project, client: await db.clients.get(project.clientId), tasks };
}

/** Teammates by name, for assigning tasks. */
export async function listTeammates(db: TandemDb): Promise<Teammate[]> {
  const teammates = await db.teammates.toArray();
  return teammates.sort((a, b) => a.name.localeCompare(b.name));
}
