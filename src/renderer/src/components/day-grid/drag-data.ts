import type { Task } from '../../domain/model/task';
import type { BlockKind, TimeBlock } from '../../domain/model/time-block';
import { kindForHat, DEFAULT_TASK_BLOCK_MINUTES } from '../../domain/plan/kind-hat';
import { moveSpanTo, resizeEndTo, resizeStartTo, slotOf, spanBetweenSlots, spanFrom, type Span } from '../../domain/plan/grid';
import type { DayKey } from '../../domain/time/day-key';

// What is being dragged, and where it would land: the grid draws that as a preview and commits it on drop.

export type DragData =
  { type: 'block' | 'resize-start' | 'resize-end'; block: TimeBlock } | { type: 'create' } | { type: 'task'; task: Task };

/** Measured once when a drag starts; minutes later come from the pointer's scroll-adjusted delta. */
export interface DragOrigin {
  /** the minute under the pointer when the drag started */
  minute: number;
  /** the day column the drag started in (creating a block stays in it) */
  day: DayKey | undefined;
}

export interface DropTarget extends Span {
  day: DayKey;
  kind: BlockKind;
  /** the block being moved or resized */
  blockId?: string;
}

/** Where the dragged thing lands with the pointer at `minute` over day `overDay` (null: nowhere). */
export function dropTarget(
  data: DragData,
  origin: DragOrigin,
  minute: number,
  overDay: DayKey | undefined,
  range: Span,
): DropTarget | null {
  switch (data.type) {
    case 'block': {
      const { block } = data;
      const moved = moveSpanTo(block, block.startMinute + minute - origin.minute);
      return { ...moved, day: overDay ?? block.day, kind: block.kind, blockId: block.id };
    }
    case 'resize-end':
      return { ...resizeEndTo(data.block, minute), day: data.block.day, kind: data.block.kind, blockId: data.block.id };
    case 'resize-start':
      return { ...resizeStartTo(data.block, minute), day: data.block.day, kind: data.block.kind, blockId: data.block.id };
    case 'create':
      if (!origin.day) return null;
      return { ...spanBetweenSlots(slotOf(origin.minute, range), slotOf(minute, range)), day: origin.day, kind: 'deep_work' };
    case 'task': {
      if (!overDay) return null;
      const length = data.task.estimateMinutes ?? DEFAULT_TASK_BLOCK_MINUTES;
      return { ...spanFrom(slotOf(minute, range), length), day: overDay, kind: kindForHat(data.task.hat) };
    }
  }
}

export function isDragData(value: unknown): value is DragData {
  return typeof value === 'object' && value !== null && 'type' in value;
}
