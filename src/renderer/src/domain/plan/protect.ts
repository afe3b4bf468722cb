import type { Span } from './grid';
import { overlapsOf, type PlanBlock } from './overlap';

// Deep work is protected: anything placed over a deep-work block is asked about first.

export interface Placement extends Span {
  /** the block being moved or edited; absent for a new one */
  id?: string;
  day: string;
}

/** Deep-work blocks the placement would cover (the placed block itself excluded). */
export function deepWorkConflicts<T extends PlanBlock>(blocks: readonly T[], placement: Placement): T[] {
  return overlapsOf(blocks, placement).filter((block) => block.kind === 'deep_work');
}

/**
 * Deep-work blocks a change newly covers: those already under the block's previous placement were
 * asked about before, so nudging a block that already sits over deep work does not ask again.
 */
export function newDeepWorkConflicts<T extends PlanBlock>(blocks: readonly T[], next: Placement, previous?: Placement): T[] {
  const before = new Set(previous ? deepWorkConflicts(blocks, previous).map((block) => block.id) : []);
  return deepWorkConflicts(blocks, next).filter((block) => !before.has(block.id));
}
