import { useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { EmptyState } from '../../components/ui/empty-state';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { getRunningTimer } from '../../db/queries/singletons';
import { listTeammates, taskListView, taskLists } from '../../db/queries/tasks-lists';
import { useRegisterCommands } from '../../stores/command-store';
import type { Command } from '../../stores/command-store';
import { hrefTo, navigate } from '../../platform/router';
import { TaskListNav } from './task-list-nav';
import { TaskPanel } from './task-panel';
import './tasks.css';
import { useToday } from '../../stores/use-clock';

/** '#/tasks' and '#/tasks/inbox' show the inbox; '#/tasks/<project id>' a project's list. */
export function TasksScreen({ params }: { params: string[] }) {
  const listParam = params[0];
  const projectId = listParam === undefined || listParam === 'inbox' ? null : listParam;
  const today = useToday();
  const lists = useLiveQuery(() => taskLists(db), [], undefined);
  const teammates = useLiveQuery(() => listTeammates(db), [], undefined);
  // null: no such project (a stale link); undefined: still loading
  const view = useLiveQuery(async () => (await taskListView(db, projectId)) ?? null, [projectId], undefined);
  const timer = useLiveQuery(async () => (await getRunningTimer(db)) ?? null, [], undefined);
  const quickAddRef = useRef<HTMLInputElement>(null);

  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'tasks:new',
        title: 'New task',
        group: 'Tasks',
        // After the palette has closed and handed focus back to where it was opened from.
        run: () => window.setTimeout(() => quickAddRef.current?.focus(), 0),
      },
      { id: 'tasks:inbox', title: 'Go to inbox', group: 'Tasks', run: () => navigate('tasks', 'inbox') },
    ],
    [],
  );
  useRegisterCommands(commands);

  const ready = lists !== undefined && teammates !== undefined && view !== undefined && timer !== undefined;
  return (
    <Screen id="tasks" title="Tasks" ready={ready}>
      {ready ? (
        <div className="tasks-layout">
          <TaskListNav lists={lists} current={projectId} />
          {view ? (
            <TaskPanel view={view} lists={lists} teammates={teammates} timer={timer} today={today} quickAddRef={quickAddRef} />
          ) : (
            <EmptyState
              title="This list does not exist"
              action={
                <a className="btn btn-primary" href={hrefTo('tasks', 'inbox')}>
                  Go to the inbox
                </a>
              }
            >
              Its project may have been deleted. Pick another list on the left.
            </EmptyState>
          )}
        </div>
      ) : null}
    </Screen>
  );
}
