import { db } from '../../db/db';
import { tasksRepo } from '../../db/repositories/tasks-repo';
import { timerRepo } from '../../db/repositories/timer-repo';
import { TASK_STATUS_LABELS } from '../../domain/model/task';
import type { Task, TaskStatus } from '../../domain/model/task';
import type { Placement } from '../../domain/tasks/reorder';
import { notify } from '../../stores/toast-store';
import { errorText } from '@shared/error-text';

// The Tasks screen's writes, each reporting failure in a toast (nothing here is a form).

function failed(what: string, error: unknown): void {
  notify(`Could not ${what}: ${errorText(error)}`, undefined, 'error');
}

export async function changeStatus(task: Task, status: TaskStatus): Promise<void> {
  if (status === task.status) return;
  try {
    // Undo restores the status that was stored, not the one `task` shows: the list may not have
    // re-rendered since the last change.
    const { previousStatus } = await tasksRepo(db).setStatus(task.id, status);
    // Marking done takes the task out of most views: say so and offer the way back.
    if (status === 'done' && previousStatus !== 'done') {
      notify(`“${task.title}” done`, {
        label: 'Undo',
        run: () => changeStatus({ ...task, status: 'done' }, previousStatus),
      });
    }
  } catch (error) {
    failed(`set “${task.title}” to ${TASK_STATUS_LABELS[status]}`, error);
  }
}

export async function placeTask(id: string, placement: Placement): Promise<boolean> {
  try {
    if (placement.kind === 'order') await tasksRepo(db).update(id, { order: placement.order });
    else await tasksRepo(db).reorder(placement.ids);
    return true;
  } catch (error) {
    failed('move the task', error);
    return false;
  }
}

/**
 * Starts the one timer on the task's project with its hat (stopping a running one into an entry).
 * Time is always logged on a project, so an inbox task asks for one first. A task still to do
 * becomes 'doing': starting the clock on it is starting it.
 */
export async function startTimerOn(task: Task, listName: string, chooseProject: () => void): Promise<void> {
  if (task.projectId === null) {
    notify(`“${task.title}” is in the inbox: move it to a project first, time is always logged on a project`, {
      label: 'Choose a project',
      run: chooseProject,
    });
    return;
  }
  try {
    await timerRepo(db).start({ projectId: task.projectId, taskId: task.id, hat: task.hat });
    if (task.status === 'todo') await tasksRepo(db).setStatus(task.id, 'doing');
    notify(`Timer started on “${task.title}” (${listName})`, undefined, 'success');
  } catch (error) {
    failed('start the timer', error);
  }
}
