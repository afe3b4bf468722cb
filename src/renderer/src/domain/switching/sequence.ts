import type { Hat } from '../model/hat';
import type { BlockKind, TimeBlock } from '../model/time-block';
import type { TimeEntry } from '../model/time-entry';
import { spanLength } from '../plan/grid';
import { localDateAt } from '../time/wall-clock';

// A day's work as a sequence: what the switching figures are computed from. Actual time comes
// from time entries, planned time from time blocks; both become the same item shape.
//
// How the switching definitions (docs/product.md, "Switching, focus and deep work") are read here
// (tests pin each reading):
// - A day is the entry's `day`, the local day it STARTED on: an entry across midnight belongs
//   wholly to the day it started, and the next day's sequence never sees it. Switches are counted
//   within one day only (the first entry of a day is never a switch).
// - Entries under 2 minutes are left out of the sequence entirely: they are neither a switch nor
//   a break in a focus stretch, and their minutes count towards no stretch. They are still time
//   logged, so the minutes per hat include them.
// - Order is by real start instant (ties: shorter first, then project, hat, id) so the order, and
//   with it every figure, is the same whichever way the entries were read or written.
// - Gaps are real elapsed time between one item's end and the next one's start, so a gap across
//   a daylight-saving jump is measured as the clock on the wall did NOT show it (01:55 → 03:00
//   on a spring-forward day is 5 minutes). Overlapping items have a gap below zero: no gap.
// - Planned blocks count wall-clock minutes, as the grid draws them and every other planned figure
//   counts them (docs/decisions.md, "Time edges"): 01:30–03:30 is 120 planned minutes even on the
//   spring-forward day. So a day's blocks lie on a wall-clock line from its local midnight, where
//   their lengths and the gaps between them agree.

/** Entries shorter than this are noise for switching (a stray timer start, a quick check). */
export const MIN_COUNTED_MINUTES = 2;

export interface SequenceItem {
  /** start, ms since the epoch: the real instant for an entry, local midnight + wall-clock minutes for a block */
  startMs: number;
  /** real minutes for an entry, wall-clock minutes for a block */
  minutes: number;
  /** null: a planned block with no project ("no project" is one key of its own) */
  projectId: string | null;
  /** null: a planned meeting, whose hat the plan does not say (a key of its own) */
  hat: Hat | null;
  /** the record's id: the last key of the order, so equal items still sort one way */
  tieBreak: string;
}

export function compareItems(a: SequenceItem, b: SequenceItem): number {
  return (
    a.startMs - b.startMs ||
    a.minutes - b.minutes ||
    compareText(a.projectId ?? '', b.projectId ?? '') ||
    compareText(a.hat ?? '', b.hat ?? '') ||
    compareText(a.tieBreak, b.tieBreak)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type EntryLike = Pick<TimeEntry, 'id' | 'projectId' | 'startedAt' | 'minutes' | 'hat'>;

export function itemOfEntry(entry: EntryLike): SequenceItem {
  return {
    startMs: Date.parse(entry.startedAt),
    minutes: entry.minutes,
    projectId: entry.projectId,
    hat: entry.hat,
    tieBreak: entry.id,
  };
}

/** The counted sequence of one day's entries: short ones dropped, in start order. */
export function sequenceOfEntries(entries: readonly EntryLike[]): SequenceItem[] {
  return countedSequence(entries.map(itemOfEntry));
}

/** Drops items under the minimum and sorts the rest into the day's order. */
export function countedSequence(items: readonly SequenceItem[]): SequenceItem[] {
  return items.filter((item) => item.minutes >= MIN_COUNTED_MINUTES).sort(compareItems);
}

/**
 * What each kind of block means as a hat. Deep work is the producer's work; client time the
 * account manager's; PM/admin the project manager's; a meeting could be any hat. Breaks are not
 * work and are left out, so a break longer than 5 minutes ends a focus stretch as any gap does.
 */
export const BLOCK_HATS: Record<Exclude<BlockKind, 'break'>, Hat | null> = {
  deep_work: 'production',
  client: 'account',
  pm_admin: 'project',
  meeting: null,
};

/** The planned sequence of one day's blocks, on the wall clock (see the note at the top). */
export function sequenceOfBlocks(blocks: readonly TimeBlock[]): SequenceItem[] {
  const items: SequenceItem[] = [];
  for (const block of blocks) {
    if (block.kind === 'break') continue;
    items.push({
      startMs: localDateAt(block.day, 0).getTime() + block.startMinute * 60_000,
      minutes: spanLength(block),
      projectId: block.projectId ?? null,
      hat: BLOCK_HATS[block.kind],
      tieBreak: block.id,
    });
  }
  return countedSequence(items);
}
