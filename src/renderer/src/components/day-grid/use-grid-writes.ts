import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Project } from '../../domain/model/project';
import type { Task } from '../../domain/model/task';
import type { TimeBlock } from '../../domain/model/time-block';
import { hatForKind } from '../../domain/plan/kind-hat';
import type { Span } from '../../domain/plan/grid';
import type { DayKey } from '../../domain/time/day-key';
import { notify } from '../../stores/toast-store';
import { blockName, projectLabel } from './labels';
import type { BlockDraft, DayGridActions } from './types';
import { useDeepWorkGuard } from './use-deep-work-guard';
import { errorText } from '@shared/error-text';

export interface Placed extends Span {
  day: DayKey;
}

const samePlace = (a: Placed, b: Placed) => a.day === b.day && a.startMinute === b.startMinute && a.endMinute === b.endMinute;

/**
 * The grid's writes: every placement passes the deep-work guard first; moves show at once (an
 * optimistic override until the stored block agrees), so quick key presses build on each other.
 */
export function useGridWrites(blocks: readonly TimeBlock[], projects: ReadonlyMap<string, Project>, actions: DayGridActions) {
  const guard = useDeepWorkGuard(projects);
  const [pending, setPendingState] = useState<ReadonlyMap<string, Placed>>(new Map());
  // The same map, current between renders: a second key press before React re-renders builds on the first.
  const pendingRef = useRef<ReadonlyMap<string, Placed>>(pending);
  const setPending = useCallback((update: (current: ReadonlyMap<string, Placed>) => ReadonlyMap<string, Placed>) => {
    pendingRef.current = update(pendingRef.current);
    setPendingState(pendingRef.current);
  }, []);
  const forget = useCallback(
    (id: string) => setPending((current) => new Map([...current].filter(([key]) => key !== id))),
    [setPending],
  );

  // Drop overrides the database has caught up with (or whose block is gone).
  useEffect(() => {
    setPending((current) => {
      const next = new Map(
        [...current].filter(([id, place]) => {
          const stored = blocks.find((block) => block.id === id);
          return stored !== undefined && !samePlace(stored, place);
        }),
      );
      return next.size === current.size ? current : next;
    });
  }, [blocks, setPending]);

  const shown = useMemo(() => blocks.map((block) => ({ ...block, ...pending.get(block.id) })), [blocks, pending]);
  const projectOf = useCallback((id: string | undefined) => (id ? projects.get(id) : undefined), [projects]);

  /** The block where it is last placed, pending writes included. */
  const latest = (block: TimeBlock): TimeBlock => ({ ...block, ...pendingRef.current.get(block.id) });

  /** Moves or resizes; drawn at once where it goes, put back if the user keeps deep work free or the write fails. */
  async function place(block: TimeBlock, next: Placed): Promise<void> {
    const previous = latest(block);
    if (samePlace(previous, next)) return;
    const others = shown.filter((candidate) => candidate.id !== block.id);
    setPending((current) => new Map(current).set(block.id, next));
    const what = blockName({ ...block, ...next }, projectOf(block.projectId));
    if (!(await guard.allow(others, { ...next, id: block.id }, what, previous))) {
      setPending((current) =>
        samePlace(block, previous)
          ? new Map([...current].filter(([id]) => id !== block.id))
          : new Map(current).set(block.id, previous),
      );
      return;
    }
    try {
      await actions.update(block.id, next);
    } catch (error) {
      forget(block.id);
      notify(`Could not move the block: ${errorText(error)}`, undefined, 'error');
    }
  }

  /** Creates after the guard; false when the user kept deep work free. Throws what the repository throws. */
  async function create(draft: BlockDraft): Promise<boolean> {
    if (!(await guard.allow(shown, draft, blockName(draft, projectOf(draft.projectId))))) return false;
    await actions.create(draft);
    return true;
  }

  async function edit(block: TimeBlock, draft: BlockDraft): Promise<boolean> {
    if (!(await guard.allow(shown, { ...draft, id: block.id }, blockName(draft, projectOf(draft.projectId)), block)))
      return false;
    await actions.update(block.id, draft);
    return true;
  }

  async function createFromTask(task: Task, draft: BlockDraft): Promise<void> {
    try {
      if (await create(draft)) notify(`Planned “${task.title}”`, undefined, 'success');
    } catch (error) {
      notify(`Could not plan the task: ${errorText(error)}`, undefined, 'error');
    }
  }

  function startBlock(block: TimeBlock): void {
    const project = projectOf(block.projectId);
    if (!project) {
      notify('Choose a project for this block first: time is always logged on a project', undefined, 'error');
      return;
    }
    // A linked task of the same project goes on the entry; its hat then wins over the kind's.
    const taskId = block.taskIds[0];
    void actions.startTimer({
      projectId: project.id,
      taskId,
      hat: taskId ? undefined : hatForKind(block.kind),
      label: projectLabel(project),
    });
  }

  function startTask(task: Task): void {
    const project = projectOf(task.projectId ?? undefined);
    if (project) void actions.startTimer({ projectId: project.id, taskId: task.id, label: projectLabel(project) });
  }

  return { shown, guardDialog: guard.dialog, latest, place, create, edit, createFromTask, startBlock, startTask };
}
