import { HATS } from '../model/hat';
import type { Hat } from '../model/hat';
import { personOf } from '../model/person';
import type { DayKey } from '../time/day-key';
import { sequenceFigures } from './day-figures';
import type { SequenceFigures } from './day-figures';
import { countedSequence, itemOfEntry } from './sequence';
import type { EntryLike, SequenceItem } from './sequence';

// One row of the switchingDays rollup: the switching figures of one person's time entries on one
// local day, recomputed from them whenever any of them changes (db/rollups.ts), so a range of days is
// read, never recomputed. Only a person's days with at least one entry have a row. Switching is per
// person: two people's interleaved entries are not one person's context switches, so "everyone" is
// the people's rows of a day summed (people.ts), never one sequence of their entries.

/** A day's switching figures: one person's, or several people's summed. */
export interface DaySwitching extends SequenceFigures {
  day: DayKey;
  /** every entry of the day, short ones included */
  entryCount: number;
  /** minutes logged per hat, every entry included */
  hatMinutes: Record<Hat, number>;
  /**
   * summed rows only: where each later person's runs begin in projectRuns, so no client switch is
   * counted from one person's last run to the next person's first
   */
  personStarts?: number[];
}

/** A stored row: one person's day. */
export interface PersonDaySwitching extends DaySwitching {
  personId: string;
}

export type DayEntry = EntryLike & { day: DayKey; personId?: string | undefined };

export function zeroHatMinutes(): Record<Hat, number> {
  return { production: 0, account: 0, project: 0 };
}

/** The figures of one day's entries (in any order; one person's); null when it has none. */
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

/** The stored key of a person's day, as one string for maps and sets (day first: rows sort by day). */
export const personDayKey = (day: DayKey, personId: string) => `${day}\u0000${personId}`;

/**
 * Builds rows for many people's days from entries arriving in any order (bulk loads, repair). It
 * keeps a compact item per entry, not the entry, so a decade of entries fits comfortably while loading.
 */
export class DaySwitchingBuilder {
  private readonly days = new Map<string, { day: DayKey; personId: string; items: SequenceItem[]; hatMinutes: Record<Hat, number> }>();

  add(entry: DayEntry): void {
    const personId = personOf(entry);
    const key = personDayKey(entry.day, personId);
    let day = this.days.get(key);
    if (!day) {
      day = { day: entry.day, personId, items: [], hatMinutes: zeroHatMinutes() };
      this.days.set(key, day);
    }
    day.items.push(itemOfEntry(entry));
    day.hatMinutes[entry.hat] += entry.minutes;
  }

  /** Rows in day order, then person. */
  rows(): PersonDaySwitching[] {
    return [...this.days.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, { day, personId, items, hatMinutes }]) => ({ ...rowOf(day, items, hatMinutes), personId }));
  }
}

/** Σ minutes over the three hats. */
export function totalHatMinutes(minutes: Record<Hat, number>): number {
  return HATS.reduce((sum, hat) => sum + minutes[hat], 0);
}
