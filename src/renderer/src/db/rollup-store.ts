import Dexie from 'dexie';
import type { ProjectDay } from '../domain/rollup-figures';
import { PROJECT_MONTHS, SWITCHING_MONTHS, daysOfMonths } from '../domain/rollup-months';
import type { ProjectMonth, SwitchingMonth } from '../domain/rollup-months';
import type { PersonDaySwitching } from '../domain/switching/day-rollup';
import type { DayKey, MonthKey } from '../domain/time/day-key';
import { monthKeyOf } from '../domain/time/day-key';
import type { TandemDb } from './db';

// Reading the per-day rollups, which are stored a month to a row (domain/rollup-months.ts): every
// reader asks here for days and gets days; only db/rollups.ts and its planning touch the month rows.

const monthOrMin = (day: DayKey | undefined) => (day === undefined ? Dexie.minKey : monthKeyOf(day));
const monthOrMax = (day: DayKey | undefined) => (day === undefined ? Dexie.maxKey : monthKeyOf(day));

/** One project's days, optionally from `from` to `to` (both included), in day order (burn charts). */
export async function projectDays(db: TandemDb, projectId: string, from?: DayKey, to?: DayKey): Promise<ProjectDay[]> {
  const months = await db.projectMonths
    .where('[projectId+month]')
    .between([projectId, monthOrMin(from)], [projectId, monthOrMax(to)], true, true)
    .toArray();
  return daysOfMonths(months, from, to);
}

/** Days by day, then by whose they are (project or person): the order the per-day tables' keys gave. */
function byDayThenOwner<Day extends { day: DayKey }>(ownerOf: (day: Day) => string) {
  return (a: Day, b: Day) => {
    if (a.day !== b.day) return a.day < b.day ? -1 : 1;
    const [x, y] = [ownerOf(a), ownerOf(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** Every project's days from `from` to `to` (both included), by day, then project. */
export async function projectDaysBetween(db: TandemDb, from: DayKey, to: DayKey): Promise<ProjectDay[]> {
  const months = await db.projectMonths.where('month').between(monthKeyOf(from), monthKeyOf(to), true, true).toArray();
  return daysOfMonths(months, from, to).sort(byDayThenOwner(PROJECT_MONTHS.ownerOf));
}

/** Every person's switching days from `from` to `to` (both included), by day, then person. */
export async function switchingDaysBetween(db: TandemDb, from: DayKey, to: DayKey): Promise<PersonDaySwitching[]> {
  const months = await db.switchingMonths
    .where(':id')
    .between([monthKeyOf(from), Dexie.minKey], [monthKeyOf(to), Dexie.maxKey], true, true)
    .toArray();
  return daysOfMonths(months, from, to).sort(byDayThenOwner(SWITCHING_MONTHS.ownerOf));
}

/** A project's first and last stored month (for its first and last day), or undefined for each when it has none. */
export async function firstAndLastProjectMonths(
  db: TandemDb,
  projectId: string,
): Promise<[ProjectMonth | undefined, ProjectMonth | undefined]> {
  const range = db.projectMonths.where('[projectId+month]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]);
  return [await range.first(), await range.last()];
}

/** The stored month rows holding these [projectId, day] pairs' days. */
export async function storedProjectMonths(db: TandemDb, days: readonly [string, DayKey][]): Promise<ProjectMonth[]> {
  return readMonths(
    days,
    (projectId, first, last) =>
      db.projectMonths.where('[projectId+month]').between([projectId, first], [projectId, last], true, true).toArray(),
    (keys) => db.projectMonths.bulkGet(keys),
  );
}

/** The stored month rows holding these [personId, day] pairs' days. */
export async function storedSwitchingMonths(db: TandemDb, days: readonly [string, DayKey][]): Promise<SwitchingMonth[]> {
  return readMonths(
    days,
    (personId, first, last) =>
      db.switchingMonths
        .where(':id')
        .between([first, personId], [last, personId], true, true)
        .filter((row) => row.personId === personId)
        .toArray(),
    (keys) => db.switchingMonths.bulkGet(keys.map(([personId, month]) => [month, personId])),
  );
}

/** An owner with at least this many months to read gets one range read, not a keyed get each. */
const RANGE_READ_MIN_MONTHS = 4;

/**
 * Reads the month rows holding [owner, day] pairs' days: an owner with many months as one range from
 * its first to its last (one request), the others by key; the requests go out together.
 */
async function readMonths<Row>(
  days: readonly [string, DayKey][],
  range: (owner: string, first: MonthKey, last: MonthKey) => Promise<Row[]>,
  byKey: (keys: [string, MonthKey][]) => Promise<(Row | undefined)[]>,
): Promise<Row[]> {
  const monthsByOwner = new Map<string, Set<MonthKey>>();
  for (const [owner, day] of days) {
    const months = monthsByOwner.get(owner);
    if (months) months.add(monthKeyOf(day));
    else monthsByOwner.set(owner, new Set([monthKeyOf(day)]));
  }
  const reads: Promise<(Row | undefined)[]>[] = [];
  const keyed: [string, MonthKey][] = [];
  for (const [owner, monthSet] of monthsByOwner) {
    const months = [...monthSet].sort();
    const first = months[0];
    const last = months.at(-1);
    if (first && last && months.length >= RANGE_READ_MIN_MONTHS) reads.push(range(owner, first, last));
    else for (const month of months) keyed.push([owner, month]);
  }
  if (keyed.length > 0) reads.push(byKey(keyed));
  return (await Promise.all(reads)).flat().filter((row): row is Row => row !== undefined);
}
