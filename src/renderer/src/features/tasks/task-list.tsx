import { useEffect, useMemo, useRef, useState } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors } from '@dnd-kit/core';
import type { Announcements, DragEndEvent, ScreenReaderInstructions } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Button } from '../../components/ui/button';
import type { Task, TaskStatus } from '../../domain/model/task';
import type { Teammate } from '../../domain/model/teammate';
import { placeAtShownIndex } from '../../domain/tasks/reorder';
import type { DayKey } from '../../domain/time/day-key';
import { placeTask } from './task-writes';
import { TaskRow } from './task-row';

/** Rows drawn at first; 'Show more' adds as many again. A project's list rarely comes near it. */
export const PAGE_SIZE = 150;

export interface TaskListProps {
  /** every task of the list in order (the filter's hidden ones too: moves land between them) */
  all: readonly Task[];
  shown: readonly Task[];
  label: string;
  today: DayKey;
  teammates: ReadonlyMap<string, Teammate>;
  timingTaskId: string | undefined;
  onStatus: (task: Task, status: TaskStatus) => void;
  onEdit: (task: Task) => void;
  onStart: (task: Task) => void;
  onDelete: (task: Task) => void;
}

const INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move a task, press Alt and the up or down arrow. Or press Space to pick it up, the arrow keys to move it, Space to drop it, Escape to cancel.',
};

/** The shown tasks, sortable by mouse (drag the handle) and keyboard (Alt+arrows, or the handle's Space). */
export function TaskList({
  all,
  shown,
  label,
  today,
  teammates,
  timingTaskId,
  onStatus,
  onEdit,
  onStart,
  onDelete,
}: TaskListProps) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const refocus = useRef<{ id: string; part: string } | null>(null);
  const visible = shown.slice(0, limit);
  const shownIds = useMemo(() => shown.map((task) => task.id), [shown]);
  const titleOf = (id: string | number) => shown.find((task) => task.id === id)?.title ?? 'task';
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // A moved row can lose focus when React re-inserts it: put focus back where the keyboard was.
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    // Only when focus fell to the page: a user who has moved on keeps their focus.
    const active = document.activeElement;
    if (active !== null && active !== document.body && active.isConnected) return;
    listRef.current?.querySelector<HTMLElement>(`[data-task-id="${target.id}"] [data-part="${target.part}"]`)?.focus();
  }, [shown]);

  async function moveTo(id: string, toIndex: number): Promise<void> {
    const placement = placeAtShownIndex(all, shownIds, id, toIndex);
    if (!placement) return;
    if (await placeTask(id, placement)) setAnnouncement(`Moved “${titleOf(id)}” to position ${toIndex + 1} of ${shown.length}.`);
  }

  function onMoveKey(task: Task, direction: -1 | 1, part: string | null) {
    const from = shownIds.indexOf(task.id);
    const to = from + direction;
    if (to < 0 || to >= shown.length) {
      setAnnouncement(`“${task.title}” is already ${direction < 0 ? 'first' : 'last'}.`);
      return;
    }
    refocus.current = { id: task.id, part: part ?? 'handle' };
    void moveTo(task.id, to);
  }

  function onDragEnd(event: DragEndEvent) {
    const overId = event.over?.id;
    if (overId === undefined || overId === event.active.id) return;
    void moveTo(String(event.active.id), shownIds.indexOf(String(overId)));
  }

  const position = (id: string | number) => `position ${shownIds.indexOf(String(id)) + 1} of ${shown.length}`;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up “${titleOf(active.id)}”, at ${position(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `“${titleOf(active.id)}” is over ${position(over.id)}.` : undefined),
    // The move itself is announced once it is saved (the live region below).
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => `Moving “${titleOf(active.id)}” was cancelled.`,
  };

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}
      >
        <SortableContext items={visible.map((task) => task.id)} strategy={verticalListSortingStrategy}>
          <ul ref={listRef} className="task-list" aria-label={label}>
            {visible.map((task) => (
              <TaskRow
                key={task.id}
                task={task}
                today={today}
                teammates={teammates}
                timing={task.id === timingTaskId}
                onStatus={onStatus}
                onEdit={onEdit}
                onStart={onStart}
                onDelete={onDelete}
                onMoveKey={onMoveKey}
              />
            ))}
          </ul>
        </SortableContext>
      </DndContext>
      {shown.length > limit ? (
        <Button className="task-more" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, shown.length - limit)} more of {shown.length - limit}
        </Button>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
