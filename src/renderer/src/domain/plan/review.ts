import { BLOCK_KINDS, type BlockKind } from '../model/time-block';
import { spanLength, type Span } from './grid';
import type { ActualSpan } from './actual';
import type { PlanBlock } from './overlap';

// The end-of-day review: what was planned against what was logged, per kind of block.
//
// Planned minutes of a kind are its blocks' lengths. Each logged minute counts for the kind of the
// block it falls in; where blocks overlap, for the block that starts later (the one put over the
// other). Logged minutes outside every block are unplanned. So Σ actual per kind + unplanned =
// all logged minutes (entries that overlap each other count twice, as they were logged).

export interface KindFigures {
  kind: BlockKind;
  plannedMinutes: number;
  actualMinutes: number;
}

export interface UnplannedPiece extends Span {
  projectId: string;
}

export interface DayReview {
  /** every kind, in BLOCK_KINDS order */
  kinds: KindFigures[];
  plannedMinutes: number;
  loggedMinutes: number;
  unplannedMinutes: number;
  /** logged time outside every block, in time order */
  unplanned: UnplannedPiece[];
  /** deep-work blocks' lengths (deep work done is a switching figure: db/queries/switching-today) */
  plannedDeepWorkMinutes: number;
}

/** The block on top at [from, to): the covering block that starts latest (then ends earliest). */
function topBlock(blocks: readonly PlanBlock[], from: number, to: number): PlanBlock | undefined {
  let top: PlanBlock | undefined;
  for (const block of blocks) {
    if (block.startMinute > from || block.endMinute < to) continue;
    if (!top || block.startMinute > top.startMinute || (block.startMinute === top.startMinute && block.endMinute < top.endMinute))
      top = block;
  }
  return top;
}

/** One day's review from its blocks and logged spans (both of that day). */
export function reviewDay(blocks: readonly PlanBlock[], spans: readonly ActualSpan[]): DayReview {
  const planned = new Map<BlockKind, number>();
  const actual = new Map<BlockKind, number>();
  for (const block of blocks) planned.set(block.kind, (planned.get(block.kind) ?? 0) + spanLength(block));
  const unplanned: UnplannedPiece[] = [];

  for (const span of [...spans].sort((a, b) => a.startMinute - b.startMinute)) {
    const cuts = new Set([span.startMinute, span.endMinute]);
    for (const block of blocks) {
      for (const edge of [block.startMinute, block.endMinute])
        if (edge > span.startMinute && edge < span.endMinute) cuts.add(edge);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let index = 0; index + 1 < points.length; index += 1) {
      const from = points[index] ?? 0;
      const to = points[index + 1] ?? from;
      const block = topBlock(blocks, from, to);
      if (block) {
        actual.set(block.kind, (actual.get(block.kind) ?? 0) + to - from);
        continue;
      }
      const last = unplanned[unplanned.length - 1];
      if (last && last.projectId === span.projectId && last.endMinute === from) last.endMinute = to;
      else unplanned.push({ startMinute: from, endMinute: to, projectId: span.projectId });
    }
  }

  const kinds = BLOCK_KINDS.map((kind) => ({
    kind,
    plannedMinutes: planned.get(kind) ?? 0,
    actualMinutes: actual.get(kind) ?? 0,
  }));
  return {
    kinds,
    plannedMinutes: kinds.reduce((sum, figures) => sum + figures.plannedMinutes, 0),
    loggedMinutes: spans.reduce((sum, span) => sum + spanLength(span), 0),
    unplannedMinutes: unplanned.reduce((sum, piece) => sum + spanLength(piece), 0),
    unplanned,
    plannedDeepWorkMinutes: planned.get('deep_work') ?? 0,
  };
}
