import type { RollupAccumulator } from '../domain/rollup-accumulator';
import type { TimeEntry } from '../domain/model/time-entry';
import { DaySwitchingBuilder } from '../domain/switching/day-rollup';
import type { DaySwitching } from '../domain/switching/day-rollup';
import { daysBetween } from '../domain/time/day-key';
import type { DayKey } from '../domain/time/day-key';
import type { TandemDb } from './db';

// The daySwitching rollup is not a sum: a day whose entries change is recomputed from all of its
// entries. This plans that recomputation (reads only) for the days an accumulator touched.

/** Days re-read per query: bounds what an import spanning years holds in memory at once. */
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
  puts: DaySwitching[];
  deletes: DayKey[];
}

/**
 * Rows for `days` from their stored entries plus `pending` (entries of the same write not stored
 * yet), read by the 'day' index a chunk of days at a time. A dense chunk (an import touching most
 * days of a span) is read as one key range, which IndexedDB serves with a single getAll, several
 * times faster than a cursor jumping between many keys; the days in between are dropped.
 */
export async function switchingRowsByIndex(db: TandemDb, days: readonly DayKey[], pending: DaySwitchingBuilder): Promise<DaySwitching[]> {
  const wanted = new Set(days);
  const sorted = [...days].sort();
  for (let index = 0; index < sorted.length; index += READ_CHUNK_DAYS) {
    const chunk = sorted.slice(index, index + READ_CHUNK_DAYS);
    const first = chunk[0];
    const last = chunk.at(-1);
    if (!first || !last) continue;
    const dense = chunk.length > 8 && daysBetween(first, last) < chunk.length * 2;
    const entries = dense
      ? await db.timeEntries.where('day').between(first, last, true, true).toArray()
      : await db.timeEntries.where('day').anyOf(chunk).toArray();
    for (const entry of entries) if (wanted.has(entry.day)) pending.add(entry);
  }
  return pending.rows();
}

/** The same from one pass over every entry in primary-key order, `pageRows` at a time. */
export async function switchingRowsByScan(
  db: TandemDb,
  days: readonly DayKey[],
  pending: DaySwitchingBuilder,
  pageRows = SCAN_PAGE_ROWS,
): Promise<DaySwitching[]> {
  const wanted = new Set(days);
  const pageAfter = (lastId: string | undefined) =>
    (lastId === undefined ? db.timeEntries.toCollection() : db.timeEntries.where(':id').above(lastId)).limit(pageRows).toArray();
  let page = await pageAfter(undefined);
  for (;;) {
    // The next page is requested before this one is sorted into days, so the two overlap.
    const lastId = page.at(-1)?.id;
    const next = page.length < pageRows ? undefined : pageAfter(lastId);
    for (const entry of page) if (wanted.has(entry.day)) pending.add(entry);
    if (!next) break;
    page = await next;
  }
  return pending.rows();
}

/**
 * The switching rows of the days whose entries changed. A day without a row had no entries before
 * this write (a row exists exactly while its day has entries), so its row comes from the
 * accumulator's added entries alone; the other days are recomputed from their stored entries and
 * `pending`. An import of history into empty days therefore reads nothing back.
 */
export async function planDaySwitching(
  db: TandemDb,
  acc: RollupAccumulator,
  pending: readonly TimeEntry[],
): Promise<DaySwitchingWrites> {
  const days = acc.entryDays();
  if (days.length === 0) return { puts: [], deletes: [] };
  const existing = await db.daySwitching.bulkGet(days);
  const reread = days.filter((_, index) => existing[index] !== undefined);
  const rereadSet = new Set(reread);
  const builder = new DaySwitchingBuilder();
  for (const entry of pending) if (rereadSet.has(entry.day)) builder.add(entry);
  const rereadEntries = existing.reduce((sum, row) => sum + (row?.entryCount ?? 0), 0);
  const recomputed = await (rereadEntries > INDEX_READ_LIMIT ? switchingRowsByScan : switchingRowsByIndex)(db, reread, builder);
  const recomputedByDay = new Map(recomputed.map((row) => [row.day, row]));
  const added = new Map(acc.daySwitching().map((row) => [row.day, row]));
  const puts: DaySwitching[] = [];
  const deletes: DayKey[] = [];
  for (const day of days) {
    const row = rereadSet.has(day) ? recomputedByDay.get(day) : added.get(day);
    if (row) puts.push(row);
    else deletes.push(day);
  }
  return { puts, deletes };
}
