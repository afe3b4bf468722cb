import type { TimeBlock } from '../model/time-block';
import type { DayKey } from '../time/day-key';
import { sequenceFigures } from './day-figures';
import type { SequenceFigures } from './day-figures';
import { sequenceOfBlocks } from './sequence';

// The plan's switching figures are computed when shown, not rolled up: blocks are few (about six a
// working day) and a range's blocks are one read of the 'day' index.

/** Figures per day that has planned work (breaks alone do not count). */
export function plannedByDay(blocks: readonly TimeBlock[]): Map<DayKey, SequenceFigures> {
  const byDay = new Map<DayKey, TimeBlock[]>();
  for (const block of blocks) {
    const list = byDay.get(block.day);
    if (list) list.push(block);
    else byDay.set(block.day, [block]);
  }
  const figures = new Map<DayKey, SequenceFigures>();
  for (const [day, list] of byDay) {
    const sequence = sequenceOfBlocks(list);
    if (sequence.length > 0) figures.set(day, sequenceFigures(sequence));
  }
  return figures;
}
