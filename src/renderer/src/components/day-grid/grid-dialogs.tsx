import type { Project } from '../../domain/model/project';
import type { Task } from '../../domain/model/task';
import type { TimeBlock } from '../../domain/model/time-block';
import type { ProjectOptionGroup } from '../ui/project-options';
import { BlockDialog } from './block-dialog';
import { canStartTimer } from './labels';
import type { BlockDraft, DayGridActions } from './types';
import type { useGridWrites } from './use-grid-writes';

export type DialogState =
  { mode: 'create'; draft: BlockDraft; /** the task being planned */ taskTitles?: string[] } | { mode: 'edit'; block: TimeBlock };

export interface GridDialogsProps {
  dialog: DialogState | null;
  onClose: () => void;
  writes: ReturnType<typeof useGridWrites>;
  actions: DayGridActions;
  projects: ReadonlyMap<string, Project>;
  linkedTasks: ReadonlyMap<string, Task>;
  projectGroups: readonly ProjectOptionGroup[];
  /** after an edit: the block's element may be new (another day), focus follows it */
  onSaved: (id: string) => void;
}

/** The new/edit block dialog for whatever the grid asked for. */
export function GridDialogs({
  dialog,
  onClose,
  writes,
  actions,
  projects,
  linkedTasks,
  projectGroups,
  onSaved,
}: GridDialogsProps) {
  if (!dialog) return null;
  const draft = dialog.mode === 'create' ? dialog.draft : dialog.block;
  const block = dialog.mode === 'edit' ? dialog.block : undefined;
  const taskTitles =
    dialog.mode === 'create' && dialog.taskTitles
      ? dialog.taskTitles
      : draft.taskIds.flatMap((id) => linkedTasks.get(id)?.title ?? []);
  return (
    <BlockDialog
      // A new request (another slot, another block) starts a fresh form.
      key={block?.id ?? `${draft.day}-${draft.startMinute}-${draft.taskIds.join()}`}
      mode={dialog.mode}
      draft={draft}
      taskTitles={taskTitles}
      projectGroups={projectGroups}
      currentProject={draft.projectId ? projects.get(draft.projectId) : undefined}
      onClose={onClose}
      onSave={async (next) => {
        if (!block) return writes.create(next);
        const saved = await writes.edit(block, next);
        if (saved) onSaved(block.id);
        return saved;
      }}
      onDelete={
        block
          ? () => {
              onClose();
              void actions.remove(block);
            }
          : undefined
      }
      onStartTimer={
        block && canStartTimer(block)
          ? () => {
              onClose();
              writes.startBlock(block);
            }
          : undefined
      }
    />
  );
}
