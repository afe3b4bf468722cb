import type { Task } from '../../domain/model/task';
import { spanFrom } from '../../domain/plan/grid';
import { DEFAULT_TASK_BLOCK_MINUTES, kindForHat } from '../../domain/plan/kind-hat';
import type { DayKey } from '../../domain/time/day-key';
import { NEW_BLOCK_MINUTES, type BlockDraft } from './types';

/** A new block at a slot: an hour of deep work unless the user picks otherwise. */
export function draftAt(day: DayKey, startMinute: number, length: number = NEW_BLOCK_MINUTES): BlockDraft {
  return { ...spanFrom(startMinute, length), day, kind: 'deep_work', title: '', projectId: undefined, taskIds: [] };
}

/** A block for a task: its estimate long (half an hour without one), its hat's kind, its project. */
export function draftForTask(task: Task, at: { day: DayKey; startMinute: number }): BlockDraft {
  return {
    ...spanFrom(at.startMinute, task.estimateMinutes ?? DEFAULT_TASK_BLOCK_MINUTES),
    day: at.day,
    kind: kindForHat(task.hat),
    title: task.title,
    projectId: task.projectId ?? undefined,
    taskIds: [task.id],
  };
}
