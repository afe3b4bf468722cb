import { personOf } from '../model/person';
import type { TimeBlock } from '../model/time-block';
import type { DayKey } from '../time/day-key';
import { sequenceFigures } from './day-figures';
import type { SequenceFigures } from './day-figures';
import { addFigures } from './people';
import { sequenceOfBlocks } from './sequence';

// The plan's switching figures are computed when shown, not rolled up: blocks are few (about six a
// working day) and a range's blocks are one read of the 'day' index.

/**
 * Figures per day that has planned work (breaks alone do not count). Each person's plan is its own
 * sequence; several people's figures of a day are added up (people.ts).
 */
export function plannedByDay(blocks: readonly TimeBlock[]): Map<DayKey, SequenceFigures> {
  const byPersonDay = new Map<string, { day: DayKey; blocks: TimeBlock[] }>();
  for (const block of blocks) {
    const key = `${block.day}\u0000${personOf(block)}`;
    const slot = byPersonDay.get(key);
    if (slot) slot.blocks.push(block);
    else byPersonDay.set(key, { day: block.day, blocks: [block] });
  }
  const figures = new Map<DayKey, SequenceFigures>();
  for (const { day, blocks: list } of byPersonDay.values()) {
    const sequence = sequenceOfBlocks(list);
    if (sequence.length === 0) continue;
    const mine = sequenceFigures(sequence);
    const before = figures.get(day);
    figures.set(day, before ? addFigures(before, mine) : mine);
  }
  return figures;
}
