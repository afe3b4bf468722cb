import { useMemo, useState } from 'react';
import type { Ref } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import type { ProjectOptionGroup } from '../../components/ui/project-options';
import type { TaskListView, TaskLists } from '../../db/queries/tasks-lists';
import type { RunningTimer } from '../../domain/model/running-timer';
import type { Task } from '../../domain/model/task';
import type { Teammate } from '../../domain/model/teammate';
import type { QuickAddContext } from '../../domain/tasks/quick-add';
import { countByFilter, matchesFilter } from '../../domain/tasks/task-filters';
import type { TaskFilter } from '../../domain/tasks/task-filters';
import type { DayKey } from '../../domain/time/day-key';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { listLabel } from './labels';
import { QuickAdd } from './quick-add';
import { TaskDialog } from './task-dialog';
import { TaskFilterBar } from './task-filter-bar';
import { TaskList } from './task-list';
import { changeStatus, startTimerOn } from './task-writes';
import { useTaskFilter } from './use-task-filter';

export interface TaskPanelProps {
  view: TaskListView;
  lists: TaskLists;
  teammates: readonly Teammate[];
  timer: RunningTimer | null;
  today: DayKey;
  quickAddRef: Ref<HTMLInputElement>;
}

const EMPTY_FILTER_TITLES: Record<Exclude<TaskFilter, 'open'>, string> = {
  today: 'Nothing due today in this list',
  overdue: 'Nothing overdue in this list',
  waiting: 'Nothing waiting on the client in this list',
  delegated: 'Nothing delegated to a teammate in this list',
  done: 'Nothing done yet in this list',
};

function projectGroups(lists: TaskLists): ProjectOptionGroup[] {
  const groups = new Map<string, ProjectOptionGroup>();
  for (const { project, client } of lists.projects) {
    if (!client) continue;
    const group = groups.get(client.id) ?? { client, projects: [] };
    groups.set(client.id, { client, projects: [...group.projects, project] });
  }
  return [...groups.values()].sort((a, b) => a.client.name.localeCompare(b.client.name));
}

/** One list: its quick add, filters, tasks and the task editor. */
export function TaskPanel({ view, lists, teammates, timer, today, quickAddRef }: TaskPanelProps) {
  const { filter: chosen, setFilter } = useTaskFilter();
  const [editing, setEditing] = useState<{ task: Task; focusList: boolean } | null>(null);
  const projectId = view.project?.id ?? null;
  const label = listLabel(view.project);
  // Done tasks leave the inbox (it is read through the open statuses), so it offers no 'Done' filter.
  const filter = projectId === null && chosen === 'done' ? 'open' : chosen;
  const counts = useMemo(() => countByFilter(view.tasks, today), [view.tasks, today]);
  const shown = useMemo(() => view.tasks.filter((task) => matchesFilter(task, filter, today)), [view.tasks, filter, today]);
  const teammatesById = useMemo(() => new Map(teammates.map((teammate) => [teammate.id, teammate])), [teammates]);
  const context = useMemo<QuickAddContext>(
    () => ({
      today,
      projects: lists.projects.map(({ project, client }) => ({
        id: project.id,
        code: project.code,
        name: project.name,
        ...(client ? { clientName: client.name } : {}),
      })),
      teammates,
    }),
    [today, lists, teammates],
  );

  return (
    <div className="tasks-main">
      <header className="tasks-list-header">
        <h2>{label}</h2>
        {view.client ? <span className="muted">{view.client.name}</span> : null}
      </header>
      <QuickAdd inputRef={quickAddRef} context={context} lists={lists} teammates={teammatesById} projectId={projectId} />
      <TaskFilterBar filter={filter} counts={counts} offerDone={projectId !== null} onFilter={setFilter} />
      {shown.length > 0 ? (
        <TaskList
          all={view.tasks}
          shown={shown}
          label={`Tasks in ${label}`}
          today={today}
          teammates={teammatesById}
          timingTaskId={timer?.taskId}
          onStatus={(task, status) => void changeStatus(task, status)}
          onEdit={(task) => setEditing({ task, focusList: false })}
          onStart={(task) => void startTimerOn(task, label, () => setEditing({ task, focusList: true }))}
          onDelete={(task) => void moveToTrashWithUndo('tasks', task.id)}
        />
      ) : filter === 'open' ? (
        <EmptyState title={projectId === null ? 'Your inbox is empty' : 'No open tasks in this project'}>
          Type a task in Quick add and press Enter. Add <kbd>+CODE</kbd> to file it under a project, <kbd>!fri</kbd> for a due
          date, <kbd>45m</kbd> for an estimate.
        </EmptyState>
      ) : (
        <EmptyState
          title={EMPTY_FILTER_TITLES[filter]}
          action={<Button onClick={() => setFilter('open')}>Show all open tasks</Button>}
        />
      )}
      {editing ? (
        <TaskDialog
          key={editing.task.id}
          task={view.tasks.find((task) => task.id === editing.task.id) ?? editing.task}
          groups={projectGroups(lists)}
          ownProject={view.project}
          teammates={teammates}
          focusList={editing.focusList}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
