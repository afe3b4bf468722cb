import type { BlockKind } from '../model/time-block';
import type { Span } from './grid';

// Overlaps between planned blocks, and the lanes a calendar draws overlapping blocks in.

/** What the plan maths needs of a block (a TimeBlock fits). */
export interface PlanBlock extends Span {
  id: string;
  day: string;
  kind: BlockKind;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.startMinute < b.endMinute && b.startMinute < a.endMinute;
}

/** Other blocks of the candidate's day that it overlaps (the candidate's own id is skipped). */
export function overlapsOf<T extends PlanBlock>(blocks: readonly T[], candidate: Span & { id?: string; day: string }): T[] {
  return blocks.filter((block) => block.day === candidate.day && block.id !== candidate.id && spansOverlap(block, candidate));
}

/** Ids of blocks that overlap at least one other block. */
export function overlappingIds(blocks: readonly PlanBlock[]): Set<string> {
  const ids = new Set<string>();
  for (const block of blocks) if (overlapsOf(blocks, block).length > 0) ids.add(block.id);
  return ids;
}

export interface Lane {
  /** 0-based lane within its cluster */
  lane: number;
  /** lanes in its cluster: the block is drawn 1/lanes wide */
  lanes: number;
}

/**
 * Side-by-side lanes for one day's blocks, as calendar apps draw them: blocks that overlap,
 * directly or through a chain, form a cluster; each takes the first lane free at its start.
 */
export function layoutLanes(blocks: readonly PlanBlock[]): Map<string, Lane> {
  const sorted = [...blocks].sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute);
  const result = new Map<string, Lane>();
  let cluster: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const item of cluster) result.set(item.id, { lane: item.lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };
  for (const block of sorted) {
    if (block.startMinute >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= block.startMinute);
    if (lane === -1) lane = laneEnds.push(block.endMinute) - 1;
    else laneEnds[lane] = block.endMinute;
    cluster.push({ id: block.id, lane });
    clusterEnd = Math.max(clusterEnd, block.endMinute);
  }
  close();
  return result;
}

/** The first slot-aligned start at or after `from` where `length` minutes fit before `until` without overlap. */
export function firstFreeStart(blocks: readonly Span[], length: number, from: number, until: number, step = 15): number | null {
  for (let start = Math.ceil(from / step) * step; start + length <= until; start += step) {
    const candidate = { startMinute: start, endMinute: start + length };
    if (!blocks.some((block) => spansOverlap(block, candidate))) return start;
  }
  return null;
}
