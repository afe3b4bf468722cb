import { HATS } from '../model/hat';
import type { Hat } from '../model/hat';
import type { DayKey } from '../time/day-key';
import { sequenceFigures } from './day-figures';
import type { SequenceFigures } from './day-figures';
import { countedSequence, itemOfEntry } from './sequence';
import type { EntryLike, SequenceItem } from './sequence';

// One row of the daySwitching rollup: the switching figures of one local day's time entries,
// recomputed from that day's entries whenever any of them changes (db/rollups.ts), so a range of
// days is read, never recomputed. Only days with at least one entry have a row.

export interface DaySwitching extends SequenceFigures {
  day: DayKey;
  /** every entry of the day, short ones included */
  entryCount: number;
  /** minutes logged per hat, every entry included */
  hatMinutes: Record<Hat, number>;
}

export type DayEntry = EntryLike & { day: DayKey };

export function zeroHatMinutes(): Record<Hat, number> {
  return { production: 0, account: 0, project: 0 };
}

/** The row for one day from all its entries (in any order); null when it has none. */
export function daySwitchingOf(day: DayKey, entries: readonly EntryLike[]): DaySwitching | null {
  if (entries.length === 0) return null;
  return rowOf(
    day,
    entries.map(itemOfEntry),
    entries.reduce((minutes, entry) => {
      minutes[entry.hat] += entry.minutes;
      return minutes;
    }, zeroHatMinutes()),
  );
}

function rowOf(day: DayKey, items: SequenceItem[], hatMinutes: Record<Hat, number>): DaySwitching {
  return { day, entryCount: items.length, hatMinutes, ...sequenceFigures(countedSequence(items)) };
}

/**
 * Builds rows for many days from entries arriving in any order (bulk loads, repair). It keeps a
 * compact item per entry, not the entry, so a decade of entries fits comfortably while loading.
 */
export class DaySwitchingBuilder {
  private readonly days = new Map<DayKey, { items: SequenceItem[]; hatMinutes: Record<Hat, number> }>();

  add(entry: DayEntry): void {
    let day = this.days.get(entry.day);
    if (!day) {
      day = { items: [], hatMinutes: zeroHatMinutes() };
      this.days.set(entry.day, day);
    }
    day.items.push(itemOfEntry(entry));
    day.hatMinutes[entry.hat] += entry.minutes;
  }

  /** Rows in day order. */
  rows(): DaySwitching[] {
    return [...this.days.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([day, { items, hatMinutes }]) => rowOf(day, items, hatMinutes));
  }
}

/** Σ minutes over the three hats. */
export function totalHatMinutes(minutes: Record<Hat, number>): number {
  return HATS.reduce((sum, hat) => sum + minutes[hat], 0);
}
