import { SLOT_MINUTES } from '../../domain/plan/grid';

// The keyboard on a focused block does what the mouse does on the grid.

export type BlockKeyAction =
  | { type: 'move'; minutes: number }
  | { type: 'day'; step: -1 | 1 }
  | { type: 'resize'; minutes: number }
  | { type: 'edit' }
  | { type: 'delete' }
  | { type: 'start' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The action for a key on a block, or null to let the key through (Tab, Ctrl shortcuts, …). */
export function blockKeyAction(press: KeyPress): BlockKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const step = press.shiftKey ? 'resize' : 'move';
  switch (press.key) {
    case 'ArrowUp':
      return { type: step, minutes: -SLOT_MINUTES };
    case 'ArrowDown':
      return { type: step, minutes: SLOT_MINUTES };
    case 'ArrowLeft':
      return press.shiftKey ? null : { type: 'day', step: -1 };
    case 'ArrowRight':
      return press.shiftKey ? null : { type: 'day', step: 1 };
    case 'Enter':
      return { type: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case 't':
    case 'T':
      return { type: 'start' };
    default:
      return null;
  }
}

/** The keys, for the visible hint under the grid and the command palette. */
export const GRID_KEYS: readonly { keys: string; does: string }[] = [
  { keys: 'Arrows', does: 'move a block 15 min (← → another day)' },
  { keys: 'Shift+↑↓', does: 'resize' },
  { keys: 'Enter', does: 'edit' },
  { keys: 'Delete', does: 'remove' },
  { keys: 'T', does: 'start timer' },
  { keys: 'N', does: 'new block at the focused slot' },
];
