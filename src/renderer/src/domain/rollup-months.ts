import type { ProjectDay } from './rollup-figures';
import type { PersonDaySwitching } from './switching/day-rollup';
import type { DayKey, MonthKey } from './time/day-key';
import { monthKeyOf } from './time/day-key';

// The per-day rollups are stored a month to a row (docs/decisions.md, "Rollups are stored by month"):
// a project's days of one month in one projectMonths row, a person's switching days of one month in one
// switchingMonths row. IndexedDB's cost is per row written, and a bulk import spread over many days
// touched about one day row per entry; by month it writes a row per project or person per month touched.
// Readers still see days: the store (db/rollup-store.ts) unpacks the rows.

export interface ProjectMonth {
  projectId: string;
  month: MonthKey;
  /** the project's days of the month that hold anything, in day order */
  days: ProjectDay[];
}

export interface SwitchingMonth {
  month: MonthKey;
  personId: string;
  /** the person's days of the month with at least one entry, in day order */
  days: PersonDaySwitching[];
}

/** How one kind of month row is keyed and built from its days. */
export interface MonthShape<Day extends { day: DayKey }, Row extends { month: MonthKey; days: Day[] }, Key> {
  /** whose day it is: the project's, or the person's */
  ownerOf(day: Day): string;
  rowOf(owner: string, month: MonthKey, days: Day[]): Row;
  ownerOfRow(row: Row): string;
  /** the table's primary key of an owner's month */
  keyOf(owner: string, month: MonthKey): Key;
}

export const PROJECT_MONTHS: MonthShape<ProjectDay, ProjectMonth, [string, MonthKey]> = {
  ownerOf: (day) => day.projectId,
  rowOf: (projectId, month, days) => ({ projectId, month, days }),
  ownerOfRow: (row) => row.projectId,
  keyOf: (projectId, month) => [projectId, month],
};

export const SWITCHING_MONTHS: MonthShape<PersonDaySwitching, SwitchingMonth, [MonthKey, string]> = {
  ownerOf: (day) => day.personId,
  rowOf: (personId, month, days) => ({ month, personId, days }),
  ownerOfRow: (row) => row.personId,
  keyOf: (personId, month) => [month, personId],
};

/** What a change writes: whole month rows to put, and the keys of stored rows left with no day. */
export interface MonthWrites<Row, Key> {
  puts: Row[];
  deletes: Key[];
}

/** An owner's day, for removals. */
export interface OwnedDay {
  owner: string;
  day: DayKey;
}

const slotKey = (owner: string, month: MonthKey) => `${owner}\u0000${month}`;
const byDay = (a: { day: DayKey }, b: { day: DayKey }) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0);

interface Slot<Day> {
  owner: string;
  month: MonthKey;
  days: Map<DayKey, Day>;
  stored: boolean;
}

/**
 * The month rows left once `puts` replace their owner's days and `removed` days go, over `stored`: every
 * stored row of a month a change touches must be among them, or that month loses its other days. Only
 * the months a change touches are written.
 */
export function monthWritesOver<Day extends { day: DayKey }, Row extends { month: MonthKey; days: Day[] }, Key>(
  shape: MonthShape<Day, Row, Key>,
  stored: readonly Row[],
  puts: readonly Day[],
  removed: readonly OwnedDay[] = [],
): MonthWrites<Row, Key> {
  const storedSlots = new Map<string, Slot<Day>>();
  for (const row of stored) {
    const owner = shape.ownerOfRow(row);
    storedSlots.set(slotKey(owner, row.month), {
      owner,
      month: row.month,
      days: new Map(row.days.map((day) => [day.day, day])),
      stored: true,
    });
  }
  const touchedSlots = new Map<string, Slot<Day>>();
  const touched = (owner: string, month: MonthKey): Slot<Day> => {
    const key = slotKey(owner, month);
    let slot = touchedSlots.get(key);
    if (!slot) {
      slot = storedSlots.get(key) ?? { owner, month, days: new Map(), stored: false };
      touchedSlots.set(key, slot);
    }
    return slot;
  };
  for (const day of puts) touched(shape.ownerOf(day), monthKeyOf(day.day)).days.set(day.day, day);
  for (const { owner, day } of removed) touched(owner, monthKeyOf(day)).days.delete(day);

  const writes: MonthWrites<Row, Key> = { puts: [], deletes: [] };
  for (const slot of touchedSlots.values()) {
    if (slot.days.size > 0) writes.puts.push(shape.rowOf(slot.owner, slot.month, [...slot.days.values()].sort(byDay)));
    else if (slot.stored) writes.deletes.push(shape.keyOf(slot.owner, slot.month));
  }
  return writes;
}

/** Days packed into month rows (a rebuild's or a migration's: nothing stored before). */
export function monthRowsOf<Day extends { day: DayKey }, Row extends { month: MonthKey; days: Day[] }, Key>(
  shape: MonthShape<Day, Row, Key>,
  days: readonly Day[],
): Row[] {
  return monthWritesOver(shape, [], days).puts;
}

/** Every day of month rows by `keyOf`, for looking a stored day up while planning a change. */
export function daysByKey<Day extends { day: DayKey }>(rows: readonly { days: Day[] }[], keyOf: (day: Day) => string): Map<string, Day> {
  const days = new Map<string, Day>();
  for (const row of rows) for (const day of row.days) days.set(keyOf(day), day);
  return days;
}

/** The days of month rows from `from` to `to` (both included; open ends when absent), in the rows' order. */
export function daysOfMonths<Day extends { day: DayKey }>(rows: readonly { days: Day[] }[], from?: DayKey, to?: DayKey): Day[] {
  const days: Day[] = [];
  for (const row of rows) {
    for (const day of row.days)
      if ((from === undefined || day.day >= from) && (to === undefined || day.day <= to)) days.push(day);
  }
  return days;
}
