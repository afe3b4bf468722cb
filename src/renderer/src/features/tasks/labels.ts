import type { Project } from '../../domain/model/project';
import type { TaskStatus } from '../../domain/model/task';
import { ASSIGNEE_ME } from '../../domain/model/task';
import type { Teammate } from '../../domain/model/teammate';

/** 'Inbox' or 'AFW · Website relaunch'. */
export function listLabel(project: Pick<Project, 'code' | 'name'> | null | undefined): string {
  return project ? `${project.code} · ${project.name}` : 'Inbox';
}

export function assigneeName(assignee: string, teammates: ReadonlyMap<string, Teammate>): string {
  if (assignee === ASSIGNEE_ME) return 'Me';
  return teammates.get(assignee)?.name ?? 'Former teammate';
}

export const STATUS_CLASSES: Record<TaskStatus, string> = {
  todo: 'task-status-todo',
  doing: 'task-status-doing',
  waiting: 'task-status-waiting',
  done: 'task-status-done',
};

/** The route parameter of a list: 'inbox' or the project id. */
export function listParam(projectId: string | null): string {
  return projectId ?? 'inbox';
}
