import { ASSIGNEE_ME } from '../model/task';
import type { Task } from '../model/task';
import type { DayKey } from '../time/day-key';

// The task list's filters. All but 'done' show open tasks only (to do, doing, waiting on client).
//   today     due today                 overdue    due before today
//   waiting   waiting on the client     delegated  assigned to a teammate, not me

export const TASK_FILTERS = ['open', 'today', 'overdue', 'waiting', 'delegated', 'done'] as const;
export type TaskFilter = (typeof TASK_FILTERS)[number];

export const TASK_FILTER_LABELS: Record<TaskFilter, string> = {
  open: 'All open',
  today: 'Due today',
  overdue: 'Overdue',
  waiting: 'Waiting on client',
  delegated: 'Delegated',
  done: 'Done',
};

type FilterFields = Pick<Task, 'status' | 'due' | 'assignee'>;

export function isOpen(task: Pick<Task, 'status'>): boolean {
  return task.status !== 'done';
}

export function matchesFilter(task: FilterFields, filter: TaskFilter, today: DayKey): boolean {
  if (filter === 'done') return task.status === 'done';
  if (!isOpen(task)) return false;
  switch (filter) {
    case 'open':
      return true;
    case 'today':
      return task.due === today;
    case 'overdue':
      return task.due !== undefined && task.due < today;
    case 'waiting':
      return task.status === 'waiting';
    case 'delegated':
      return task.assignee !== ASSIGNEE_ME;
  }
}

export function countByFilter(tasks: readonly FilterFields[], today: DayKey): Record<TaskFilter, number> {
  const counts: Record<TaskFilter, number> = { open: 0, today: 0, overdue: 0, waiting: 0, delegated: 0, done: 0 };
  for (const task of tasks) {
    for (const filter of TASK_FILTERS) if (matchesFilter(task, filter, today)) counts[filter] += 1;
  }
  return counts;
}

/** How a due date reads against today: 'overdue' and 'today' only while the task is open. */
export function dueState(task: Pick<Task, 'status' | 'due'>, today: DayKey): 'overdue' | 'today' | 'later' | 'none' {
  if (task.due === undefined) return 'none';
  if (!isOpen(task)) return 'later';
  return task.due < today ? 'overdue' : task.due === today ? 'today' : 'later';
}
