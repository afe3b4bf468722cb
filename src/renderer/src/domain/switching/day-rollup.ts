import { HATS } from '../model/hat';
import type { Hat } from '../model/hat';
import { personOf } from '../model/person';
import type { DayKey } from '../time/day-key';
import { sequenceFigures } from './day-figures';
import type { SequenceFigures } from './day-figures';
import { compareItems, countedSequence, itemOfEntry } from './sequence';
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

/**
 * One entry of a person's day as its row keeps it (a tuple: the rows are written in bulk and a tuple
 * costs less to store and read than an object): what the row's figures are computed from.
 */
export type DayEntryItem = [id: string, startMs: number, minutes: number, projectId: string, hat: Hat];

/** A stored row: one person's day. */
export interface PersonDaySwitching extends DaySwitching {
  personId: string;
  /**
   * every entry of the day, short ones included, in the day's order: a change to the day's entries
   * recomputes the row from these and the change, so no entry is read back (docs/decisions.md,
   * "Switching rows keep their entries")
   */
  entries: DayEntryItem[];
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

const itemOfTuple = ([id, startMs, minutes, projectId, hat]: DayEntryItem): SequenceItem => ({ startMs, minutes, projectId, hat, tieBreak: id });

function tupleOfEntry(entry: EntryLike): DayEntryItem {
  return [entry.id, Date.parse(entry.startedAt), entry.minutes, entry.projectId, entry.hat];
}

/** A person's day recomputed from all of its entries; null when none is left. */
export function personDayOf(day: DayKey, personId: string, entries: Iterable<DayEntryItem>): PersonDaySwitching | null {
  const paired: { entry: DayEntryItem; item: SequenceItem }[] = [];
  const hatMinutes = zeroHatMinutes();
  for (const entry of entries) {
    paired.push({ entry, item: itemOfTuple(entry) });
    hatMinutes[entry[4]] += entry[2];
  }
  if (paired.length === 0) return null;
  paired.sort((a, b) => compareItems(a.item, b.item));
  return {
    ...rowOf(
      day,
      paired.map(({ item }) => item),
      hatMinutes,
    ),
    personId,
    entries: paired.map(({ entry }) => entry),
  };
}

interface DayChanges {
  day: DayKey;
  personId: string;
  added: Map<string, DayEntryItem>;
  removed: Set<string>;
}

/** The people's days changed, and the rows to write: `puts`, and the [day, personId] keys of rows left with no entry. */
export interface SwitchingWrites {
  puts: PersonDaySwitching[];
  deletes: [DayKey, string][];
}

/**
 * Gathers entries added to and removed from many people's days (bulk loads, repair, incremental
 * writes) and turns them into rows, over the rows stored before (`over`). An entry is known by its id:
 * within one set of changes an added entry wins over a removed one of the same id (an edit arrives as
 * the old version removed and the new one added, in either order). It keeps a compact item per entry,
 * not the entry, so a decade of entries fits comfortably while loading.
 */
export class DaySwitchingBuilder {
  private readonly days = new Map<string, DayChanges>();

  private changesOf(entry: DayEntry): DayChanges {
    const personId = personOf(entry);
    const key = personDayKey(entry.day, personId);
    let day = this.days.get(key);
    if (!day) {
      day = { day: entry.day, personId, added: new Map(), removed: new Set() };
      this.days.set(key, day);
    }
    return day;
  }

  add(entry: DayEntry): void {
    this.changesOf(entry).added.set(entry.id, tupleOfEntry(entry));
  }

  remove(entry: DayEntry): void {
    this.changesOf(entry).removed.add(entry.id);
  }

  /** The people's days an entry was added to or removed from, in day order, then person. */
  personDays(): { day: DayKey; personId: string }[] {
    return this.sortedDays().map(([, { day, personId }]) => ({ day, personId }));
  }

  /** The changed days' rows over the rows stored before, by personDayKey (a day without one had no entry). */
  writesOver(stored: ReadonlyMap<string, PersonDaySwitching>): SwitchingWrites {
    const writes: SwitchingWrites = { puts: [], deletes: [] };
    for (const [key, { day, personId, added, removed }] of this.sortedDays()) {
      const entries = new Map((stored.get(key)?.entries ?? []).map((entry) => [entry[0], entry] as const));
      for (const id of removed) entries.delete(id);
      for (const [id, entry] of added) entries.set(id, entry);
      const row = personDayOf(day, personId, entries.values());
      if (row) writes.puts.push(row);
      else writes.deletes.push([day, personId]);
    }
    return writes;
  }

  /** Rows in day order, then person, from these changes alone: a rebuild, or a load into empty days. */
  rows(): PersonDaySwitching[] {
    return this.writesOver(new Map()).puts;
  }

  private sortedDays(): [string, DayChanges][] {
    return [...this.days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** Σ minutes over the three hats. */
export function totalHatMinutes(minutes: Record<Hat, number>): number {
  return HATS.reduce((sum, hat) => sum + minutes[hat], 0);
}
