import { useEffect, useRef, type RefObject } from 'react';
import type { TimeBlock } from '../../domain/model/time-block';
import { moveSpanTo, resizeEndTo, slotOf } from '../../domain/plan/grid';
import type { DayKey } from '../../domain/time/day-key';
import { blockKeyAction } from './block-keys';
import type { DayGridActions } from './types';
import type { useGridWrites } from './use-grid-writes';

export interface BlockKeysOptions {
  days: readonly DayKey[];
  rootRef: RefObject<HTMLElement | null>;
  writes: ReturnType<typeof useGridWrites>;
  actions: DayGridActions;
  openEdit: (block: TimeBlock) => void;
  /** after a delete: focus goes to the slot where the block was */
  focusSlot: (day: DayKey, minute: number) => void;
}

/**
 * Arrows, Shift+arrows, Enter, Delete and T on a focused block. A block moved to another day is
 * drawn in another column (a new element): focus follows it there.
 */
export function useBlockKeys({ days, rootRef, writes, actions, openEdit, focusSlot }: BlockKeysOptions) {
  const refocusId = useRef<string | null>(null);

  useEffect(() => {
    const id = refocusId.current;
    const body = id ? rootRef.current?.querySelector<HTMLElement>(`[data-block-id="${id}"] .dg-block-body`) : null;
    if (!body || document.activeElement === body) return;
    // Only take focus back when it fell to the page (its element was replaced), never from a dialog.
    if (document.activeElement === null || document.activeElement === document.body) body.focus();
    else refocusId.current = null;
  });

  function onKeyDown(shownBlock: TimeBlock, event: React.KeyboardEvent<HTMLElement>) {
    const action = blockKeyAction(event);
    if (!action) return;
    const block = writes.latest(shownBlock);
    event.preventDefault();
    event.stopPropagation();
    refocusId.current = block.id;
    switch (action.type) {
      case 'move':
        void writes.place(block, { day: block.day, ...moveSpanTo(block, block.startMinute + action.minutes) });
        return;
      case 'resize':
        void writes.place(block, { day: block.day, ...resizeEndTo(block, block.endMinute + action.minutes) });
        return;
      case 'day': {
        const day = days[days.indexOf(block.day) + action.step];
        if (day) void writes.place(block, { day, startMinute: block.startMinute, endMinute: block.endMinute });
        return;
      }
      case 'edit':
        openEdit(block);
        return;
      case 'delete':
        refocusId.current = null;
        focusSlot(block.day, slotOf(block.startMinute, { startMinute: 0, endMinute: 1440 }));
        void actions.remove(block);
        return;
      case 'start':
        writes.startBlock(block);
        return;
    }
  }

  return {
    onKeyDown,
    /** keep focus on a block whose element may be replaced (edited onto another day) */
    refocus: (id: string) => {
      refocusId.current = id;
    },
  };
}
