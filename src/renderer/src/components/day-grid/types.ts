import type { Hat } from '../../domain/model/hat';
import type { BlockKind, TimeBlock } from '../../domain/model/time-block';
import type { DayKey } from '../../domain/time/day-key';

// What the day grid hands back to the screen that owns it: the grid draws and asks, the screen writes.

/** A block as the grid creates or edits it. */
export interface BlockDraft {
  day: DayKey;
  startMinute: number;
  endMinute: number;
  kind: BlockKind;
  title: string;
  projectId?: string | undefined;
  taskIds: string[];
}

export interface TimerStart {
  projectId: string;
  taskId?: string | undefined;
  hat?: Hat | undefined;
  /** what the toast names: 'WEB Website' */
  label: string;
}

export interface DayGridActions {
  /** Saves a new block; a ValidationError becomes inline messages in the block dialog. */
  create(draft: BlockDraft): Promise<unknown>;
  /** Moves, resizes or edits a block. */
  update(id: string, patch: Partial<BlockDraft>): Promise<unknown>;
  /** Moves a block to the trash with an Undo toast. */
  remove(block: TimeBlock): Promise<void>;
  startTimer(start: TimerStart): Promise<void>;
}

/** Where a new block goes and how long it is by default when made from the keyboard. */
export const NEW_BLOCK_MINUTES = 60;
