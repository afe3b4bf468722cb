import type { Hat } from '../model/hat';
import type { BlockKind } from '../model/time-block';

// Which hat a block's time is worn in when the timer starts from it, and which kind of block a
// task gets when it is dropped on the grid. Meetings are mostly with the client, so account.

const HAT_OF_KIND: Record<BlockKind, Hat | undefined> = {
  deep_work: 'production',
  client: 'account',
  pm_admin: 'project',
  meeting: 'account',
  break: undefined,
};

const KIND_OF_HAT: Record<Hat, BlockKind> = { production: 'deep_work', account: 'client', project: 'pm_admin' };

/** The hat for timing a block of this kind; undefined for breaks (nothing to time). */
export function hatForKind(kind: BlockKind): Hat | undefined {
  return HAT_OF_KIND[kind];
}

export function kindForHat(hat: Hat): BlockKind {
  return KIND_OF_HAT[hat];
}

/** A task dropped without an estimate gets half an hour. */
export const DEFAULT_TASK_BLOCK_MINUTES = 30;
