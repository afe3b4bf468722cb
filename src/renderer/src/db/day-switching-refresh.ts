import Dexie from 'dexie';
import type { PersonDay, RollupAccumulator } from '../domain/rollup-accumulator';
import { personOf } from '../domain/model/person';
import type { TimeEntry } from '../domain/model/time-entry';
import { DaySwitchingBuilder, personDayKey } from '../domain/switching/day-rollup';
import type { PersonDaySwitching } from '../domain/switching/day-rollup';
import { daysBetween } from '../domain/time/day-key';
import type { DayKey } from '../domain/time/day-key';
import type { TandemDb } from './db';

// The switchingDays rollup is not a sum: a person's day whose entries change is recomputed from all
// of that person's entries of the day. This plans that recomputation (reads only) for the people's
// days an accumulator touched. Entries are read by the 'day' index and sorted into people here: a day
// holds a few people's entries at most, so no person index is needed.

/**
 * Days per read request. The requests go out together; the index path is taken only up to
 * INDEX_READ_LIMIT entries, which bounds what they hold in memory at once.
 */
const READ_CHUNK_DAYS = 64;
/**
 * Above this many entries to re-read, one pass over the whole table in primary-key order is cheaper
 * than the 'day' index: IndexedDB serves an index read by fetching every record by its key, while a
 * key-order pass streams them (at the scale dataset, re-reading 200,000 entries by day took 8 s,
 * the pass 2 s).
 */
const INDEX_READ_LIMIT = 20_000;
const SCAN_PAGE_ROWS = 10_000;

export interface DaySwitchingWrites {
  puts: PersonDaySwitching[];
  /** [day, personId] keys */
  deletes: [DayKey, string][];
}

/** Whether a chunk of distinct days (sorted) covers at least half the days from its first to its last. */
const isDense = (chunk: readonly DayKey[], first: DayKey, last: DayKey) => chunk.length > 8 && daysBetween(first, last) < chunk.length * 2;

/** Whether an entry belongs to one of the wanted people's days (personDayKey). */
const isWanted = (wanted: ReadonlySet<string>, entry: TimeEntry) => wanted.has(personDayKey(entry.day, personOf(entry)));

/**
 * Rows for the people's `days` from their stored entries plus `pending` (entries of the same write not
 * stored yet), read by the 'day' index a chunk of days at a time. A dense chunk (an import touching most
 * days of a span) is read as one key range, which IndexedDB serves with a single getAll, several
 * times faster than a cursor jumping between many keys; the days in between are dropped.
 */
export async function switchingRowsByIndex(db: TandemDb, days: readonly PersonDay[], pending: DaySwitchingBuilder): Promise<PersonDaySwitching[]> {
  const wanted = new Set(days.map(({ day, personId }) => personDayKey(day, personId)));
  const sorted = [...new Set(days.map(({ day }) => day))].sort();
  // Every chunk is requested at once, so the database serves the next while the page sorts one into days.
  const reads: Promise<void>[] = [];
  for (let index = 0; index < sorted.length; index += READ_CHUNK_DAYS) {
    const chunk = sorted.slice(index, index + READ_CHUNK_DAYS);
    const first = chunk[0];
    const last = chunk.at(-1);
    if (!first || !last) continue;
    const entries = isDense(chunk, first, last)
      ? db.timeEntries.where('day').between(first, last, true, true).toArray()
      : db.timeEntries.where('day').anyOf(chunk).toArray();
    reads.push(
      entries.then((list) => {
        for (const entry of list) if (isWanted(wanted, entry)) pending.add(entry);
      }),
    );
  }
  await Promise.all(reads);
  return pending.rows();
}

/** The same from one pass over every entry in primary-key order, `pageRows` at a time. */
export async function switchingRowsByScan(
  db: TandemDb,
  days: readonly PersonDay[],
  pending: DaySwitchingBuilder,
  pageRows = SCAN_PAGE_ROWS,
): Promise<PersonDaySwitching[]> {
  const wanted = new Set(days.map(({ day, personId }) => personDayKey(day, personId)));
  const pageAfter = (lastId: string | undefined) =>
    (lastId === undefined ? db.timeEntries.toCollection() : db.timeEntries.where(':id').above(lastId)).limit(pageRows).toArray();
  let page = await pageAfter(undefined);
  for (;;) {
    // The next page is requested before this one is sorted into days, so the two overlap.
    const lastId = page.at(-1)?.id;
    const next = page.length < pageRows ? undefined : pageAfter(lastId);
    for (const entry of page) if (isWanted(wanted, entry)) pending.add(entry);
    if (!next) break;
    page = await next;
  }
  return pending.rows();
}

/**
 * The stored rows of the people's `days` (in day order), by personDayKey, a chunk of days at a time.
 * A dense chunk is read as one key range (a single getAll; other people's rows of those days come
 * along), a sparse one by key: a keyed get is one request per row, and a 5,000-row
 * import touching 2,200 days read them in 170–380 ms by key, 70–90 ms as a range.
 */
async function storedSwitchingRows(db: TandemDb, days: readonly PersonDay[]): Promise<Map<string, PersonDaySwitching>> {
  const keysByDay = new Map<DayKey, [DayKey, string][]>(); // in day order, as `days` are
  for (const { day, personId } of days) {
    const keys = keysByDay.get(day);
    if (keys) keys.push([day, personId]);
    else keysByDay.set(day, [[day, personId]]);
  }
  const distinctDays = [...keysByDay.keys()];
  const reads: Promise<(PersonDaySwitching | undefined)[]>[] = [];
  for (let index = 0; index < distinctDays.length; index += READ_CHUNK_DAYS) {
    const chunk = distinctDays.slice(index, index + READ_CHUNK_DAYS);
    const first = chunk[0];
    const last = chunk.at(-1);
    if (!first || !last) continue;
    reads.push(
      isDense(chunk, first, last)
        ? db.switchingDays.where(':id').between([first, Dexie.minKey], [last, Dexie.maxKey], true, true).toArray()
        : db.switchingDays.bulkGet(chunk.flatMap((day) => keysByDay.get(day) ?? [])),
    );
  }
  const rows = new Map<string, PersonDaySwitching>();
  for (const chunkRows of await Promise.all(reads)) {
    for (const row of chunkRows) if (row) rows.set(personDayKey(row.day, row.personId), row);
  }
  return rows;
}

/**
 * The switching rows of the people's days whose entries changed. A person's day without a row had no
 * entries of theirs before this write (a row exists exactly while it has entries), so its row comes
 * from the accumulator's added entries alone; the others are recomputed from their stored entries
 * and `pending`. An import of history into empty days therefore reads nothing back.
 */
export async function planDaySwitching(
  db: TandemDb,
  acc: RollupAccumulator,
  pending: readonly TimeEntry[],
): Promise<DaySwitchingWrites> {
  const days = acc.entryDays();
  if (days.length === 0) return { puts: [], deletes: [] };
  const existing = await storedSwitchingRows(db, days);
  const reread = days.filter(({ day, personId }) => existing.has(personDayKey(day, personId)));
  const rereadSet = new Set(reread.map(({ day, personId }) => personDayKey(day, personId)));
  const builder = new DaySwitchingBuilder();
  for (const entry of pending) if (isWanted(rereadSet, entry)) builder.add(entry);
  let rereadEntries = 0;
  for (const key of rereadSet) rereadEntries += existing.get(key)?.entryCount ?? 0;
  const recomputed = await (rereadEntries > INDEX_READ_LIMIT ? switchingRowsByScan : switchingRowsByIndex)(db, reread, builder);
  const recomputedByKey = new Map(recomputed.map((row) => [personDayKey(row.day, row.personId), row]));
  const added = new Map(acc.daySwitching().map((row) => [personDayKey(row.day, row.personId), row]));
  const puts: PersonDaySwitching[] = [];
  const deletes: [DayKey, string][] = [];
  for (const { day, personId } of days) {
    const key = personDayKey(day, personId);
    const row = rereadSet.has(key) ? recomputedByKey.get(key) : added.get(key);
    if (row) puts.push(row);
    else deletes.push([day, personId]);
  }
  return { puts, deletes };
}
