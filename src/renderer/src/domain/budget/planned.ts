import { amountMinorForMinutes } from '../units/money';
import type { DayKey } from '../time/day-key';
import type { PlannedBlock } from './types';

// Planned spend (docs/product.md, "Planned spend"): time blocks already on the calendar for the
// project, at its rate. Only blocks from today on count (earlier ones became time entries, or did
// not happen); today's blocks count whole because the domain knows the day, not the hour. Breaks
// are not work. Money rounds once per block, as logged time rounds once per entry.

export function isPlannedWork(block: PlannedBlock, today: DayKey): boolean {
  return block.day >= today && block.kind !== 'break';
}

export function blockMinutes(block: PlannedBlock): number {
  return block.endMinute - block.startMinute;
}

/** Minutes of the given blocks (callers pick the ones that count). */
export function plannedMinutes(blocks: readonly PlannedBlock[]): number {
  return blocks.filter((block) => block.kind !== 'break').reduce((sum, block) => sum + blockMinutes(block), 0);
}

/** The planned work from today on, in order, as (day, minutes, minor units at `rate`). */
export function plannedSpend(
  blocks: readonly PlannedBlock[],
  today: DayKey,
  rate: number,
): { day: DayKey; minutes: number; amountMinor: number }[] {
  return blocks
    .filter((block) => isPlannedWork(block, today))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.startMinute - b.startMinute))
    .map((block) => ({
      day: block.day,
      minutes: blockMinutes(block),
      amountMinor: amountMinorForMinutes(blockMinutes(block), rate),
    }));
}
