import { useRef, useState, type RefObject } from 'react';
import { PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { DragEndEvent, DragMoveEvent, DragStartEvent } from '@dnd-kit/core';
import type { Task } from '../../domain/model/task';
import { minuteAtOffset, type Span } from '../../domain/plan/grid';
import { isDayKey, type DayKey } from '../../domain/time/day-key';
import { dropTarget, isDragData, type DragData, type DragOrigin, type DropTarget } from './drag-data';

export interface GridDragHandlers {
  /** a block moved or resized */
  onPlace: (target: DropTarget & { blockId: string }) => void;
  /** a span drawn on empty space */
  onDraw: (target: DropTarget) => void;
  onDropTask: (task: Task, target: DropTarget) => void;
}

const clientYOf = (event: Event | null): number =>
  event && 'clientY' in event && typeof event.clientY === 'number' ? event.clientY : 0;

function overDayOf(event: DragMoveEvent): DayKey | undefined {
  const day: unknown = event.over?.data.current?.day;
  return isDayKey(day) ? day : undefined;
}

/** Slot day of the element a drag started on (the grid's cells carry data-day). */
function startDayOf(event: Event | null): DayKey | undefined {
  const target = event?.target;
  const day = target instanceof Element ? target.closest<HTMLElement>('[data-day]')?.dataset.day : undefined;
  return isDayKey(day) ? day : undefined;
}

/**
 * dnd-kit wiring for the grid: pointer drags (a small distance first, so a click stays a click)
 * become previews snapped to 15-minute slots and, on drop, one call to the screen.
 */
export function useGridDrag(
  canvasRef: RefObject<HTMLElement | null>,
  range: Span,
  pxPerMinute: number,
  handlers: GridDragHandlers,
) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const [preview, setPreview] = useState<DropTarget | null>(null);
  const [active, setActive] = useState<DragData | null>(null);
  const origin = useRef<DragOrigin & { pointerY: number; canvasTop: number }>({
    minute: 0,
    day: undefined,
    pointerY: 0,
    canvasTop: 0,
  });

  const minuteOf = (event: DragMoveEvent) => {
    const { pointerY, canvasTop } = origin.current;
    return minuteAtOffset(pointerY + event.delta.y - canvasTop, pxPerMinute, range);
  };
  const targetOf = (event: DragMoveEvent): DropTarget | null => {
    const data = event.active.data.current;
    return isDragData(data) ? dropTarget(data, origin.current, minuteOf(event), overDayOf(event), range) : null;
  };

  function onDragStart(event: DragStartEvent) {
    const data = event.active.data.current;
    if (!isDragData(data)) return;
    const pointerY = clientYOf(event.activatorEvent);
    const canvasTop = canvasRef.current?.getBoundingClientRect().top ?? 0;
    origin.current = {
      pointerY,
      canvasTop,
      day: startDayOf(event.activatorEvent),
      minute: minuteAtOffset(pointerY - canvasTop, pxPerMinute, range),
    };
    setActive(data);
  }

  function onDragMove(event: DragMoveEvent) {
    const next = targetOf(event);
    setPreview((current) =>
      current &&
      next &&
      current.day === next.day &&
      current.startMinute === next.startMinute &&
      current.endMinute === next.endMinute
        ? current
        : next,
    );
  }

  function onDragEnd(event: DragEndEvent) {
    const data = event.active.data.current;
    const target = targetOf(event);
    setPreview(null);
    setActive(null);
    if (!isDragData(data) || !target) return;
    if (data.type === 'create') handlers.onDraw(target);
    else if (data.type === 'task') handlers.onDropTask(data.task, target);
    else if (target.blockId) handlers.onPlace({ ...target, blockId: target.blockId });
  }

  function onDragCancel() {
    setPreview(null);
    setActive(null);
  }

  return { sensors, preview, active, onDragStart, onDragMove, onDragEnd, onDragCancel };
}
